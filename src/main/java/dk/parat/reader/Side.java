package dk.parat.reader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One thing the reader looks for: the sentences that support an insight, guard against a
 * pitfall, or show its red flag.
 *
 * @param bias the model's weight before any run of letters is seen
 */
public record Side(String item, Kind kind, double bias) {

  /** The numbers of each item's sides in the list, in list order: the order the combiner weighs them. */
  public static Map<String, List<Integer>> byItem(List<Side> sides) {
    Map<String, List<Integer>> byItem = new LinkedHashMap<>();
    for (int s = 0; s < sides.size(); s++) {
      byItem.computeIfAbsent(sides.get(s).item(), i -> new ArrayList<>()).add(s);
    }
    return byItem;
  }

  /** What a sentence the side finds shows. */
  public enum Kind {
    SUPPORT("support"),
    GUARD("guard"),
    RED_FLAG("red-flag");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }

    static Kind parse(String id) {
      return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("'" + id + "' is not support, guard or red-flag"));
    }
  }
}
