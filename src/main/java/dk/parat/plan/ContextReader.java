package dk.parat.plan;

import dk.parat.text.Lines;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a plan's declared context from its front matter or metadata map. Keys may be English
 * or Danish ({@code phase}/{@code fase}); a value parat does not know is an error that names
 * the line, since a misspelt phase would silently change which items apply.
 */
final class ContextReader {

  private static final Map<String, String> KEYS = Map.ofEntries(
      Map.entry("title", "title"), Map.entry("titel", "title"), Map.entry("navn", "title"),
      Map.entry("municipality", "municipality"), Map.entry("kommune", "municipality"),
      Map.entry("technology", "technology"), Map.entry("teknologi", "technology"),
      Map.entry("phase", "phase"), Map.entry("fase", "phase"),
      Map.entry("maturity", "maturity"), Map.entry("modenhed", "maturity"),
      Map.entry("scale", "scale"), Map.entry("skala", "scale"), Map.entry("omfang", "scale"),
      Map.entry("audience", "audience"), Map.entry("brugere", "audience"),
      Map.entry("language", "language"), Map.entry("sprog", "language"), Map.entry("lang", "language"));

  private ContextReader() {}

  static boolean isContextKey(String key) {
    return KEYS.containsKey(key.toLowerCase(Locale.ROOT));
  }

  /** @param text the whole file, to find the line of a bad value */
  static PlanContext read(String path, Map<?, ?> map, String text) throws PlanReadException {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, String> extra = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String key = String.valueOf(e.getKey());
      Object value = e.getValue();
      String canonical = KEYS.get(key.toLowerCase(Locale.ROOT));
      if (canonical == null) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
          extra.put(key, value == null ? "" : String.valueOf(value));
        }
        continue;
      }
      if (value != null && !(value instanceof String || value instanceof Number)) {
        throw new PlanReadException(path, Lines.of(text, key), "'" + key + "' must be a single value, not a list or a map");
      }
      values.put(canonical, value == null ? null : String.valueOf(value).strip());
    }
    return new PlanContext(
        values.get("title"),
        values.get("municipality"),
        values.get("technology"),
        checked(path, text, values, "phase", PlanContext.PHASES),
        checked(path, text, values, "maturity", PlanContext.MATURITIES),
        checked(path, text, values, "scale", PlanContext.SCALES),
        checked(path, text, values, "audience", PlanContext.AUDIENCES),
        language(path, text, values.get("language")),
        extra);
  }

  private static String checked(String path, String text, Map<String, String> values, String key, List<String> allowed)
      throws PlanReadException {
    String value = values.get(key);
    if (value == null || value.isBlank()) {
      return null;
    }
    String canonical = PlanContext.canonical(allowed, value);
    if (canonical == null) {
      throw new PlanReadException(path, Lines.of(text, value), key + " '" + value + "' is not one parat knows; write one of "
          + String.join(" | ", allowed) + " (or leave it out)");
    }
    return canonical;
  }

  private static String language(String path, String text, String value) throws PlanReadException {
    if (value == null || value.isBlank()) {
      return null;
    }
    var lang = dk.parat.text.Lang.parse(value);
    if (lang == null) {
      throw new PlanReadException(path, Lines.of(text, value), "language '" + value + "' is not one parat speaks; write da or en");
    }
    return lang.code();
  }
}
