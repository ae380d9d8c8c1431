package dk.parat.waiver;

import dk.parat.files.InputError;
import dk.parat.text.Lines;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a {@code waivers:} list from a plan's front matter or a config file, refusing incomplete ones. */
public final class WaiverReader {

  private static final Set<String> KEYS = Set.of("item", "reason", "owner", "until", "ticket");

  private WaiverReader() {}

  /**
   * @param value the parsed YAML value of the {@code waivers} key
   * @param text the file's text, to name the line of a bad waiver
   */
  public static List<Waiver> read(String file, Object value, String text) throws InputError {
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      throw new InputError(file, Lines.of(text, "waivers"), "'waivers' must be a list of "
          + "{item, reason, owner, until, ticket}");
    }
    List<Waiver> waivers = new ArrayList<>();
    for (Object entry : list) {
      if (!(entry instanceof Map<?, ?> map)) {
        throw new InputError(file, Lines.of(text, "waivers"), "each waiver must be a map with item and reason");
      }
      String item = string(map.get("item"));
      int line = Lines.of(text, item == null ? "waivers" : item);
      for (Object key : map.keySet()) {
        if (!KEYS.contains(String.valueOf(key))) {
          throw new InputError(file, line, "a waiver has an unknown key '" + key + "'; use " + KEYS);
        }
      }
      if (item == null || item.isBlank()) {
        throw new InputError(file, line, "a waiver has no 'item'; name the checklist item it accepts, e.g. BI-4-P2");
      }
      String reason = string(map.get("reason"));
      if (reason == null || reason.isBlank()) {
        throw new InputError(file, line, "the waiver for " + item + " has no 'reason'; "
            + "say why the gap is accepted (a waiver without a reason is not accepted)");
      }
      waivers.add(new Waiver(item, reason, string(map.get("owner")), date(file, line, item, map.get("until")),
          string(map.get("ticket")), file, line));
    }
    return List.copyOf(waivers);
  }

  private static LocalDate date(String file, int line, String item, Object value) throws InputError {
    String s = string(value);
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      throw new InputError(file, line, "the waiver for " + item + " has until '" + s
          + "', which is not a date; write it as YYYY-MM-DD");
    }
  }

  private static String string(Object value) {
    return value == null ? null : String.valueOf(value);
  }
}
