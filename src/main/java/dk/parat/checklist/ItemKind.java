package dk.parat.checklist;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a checklist item asks of a plan. Only a pitfall can be guarded against or walked into. */
public enum ItemKind {
  INSIGHT,
  PITFALL,
  QUESTION,
  PRINCIPLE;

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static ItemKind parse(String value) {
    for (ItemKind kind : values()) {
      if (kind.id().equals(value)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown kind '" + value + "'; use one of "
        + Arrays.stream(values()).map(ItemKind::id).collect(Collectors.joining(", ")));
  }

  public boolean isPitfall() {
    return this == PITFALL;
  }
}
