package dk.parat.plan.read;

import dk.parat.files.InputError;
import dk.parat.plan.PlanContext;
import dk.parat.text.Lines;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a plan's declared context from its front matter or metadata map. Keys may be English
 * or Danish ({@code phase}/{@code fase}); a value parat does not know is an error that names
 * the line, since a misspelt phase would silently change which items apply.
 */
public final class ContextReader {

  private static final Map<String, String> KEYS = Map.ofEntries(
      Map.entry("title", "title"), Map.entry("titel", "title"), Map.entry("navn", "title"),
      Map.entry("municipality", "municipality"), Map.entry("kommune", "municipality"),
      Map.entry("technology", "technology"), Map.entry("teknologi", "technology"),
      Map.entry("phase", "phase"), Map.entry("fase", "phase"),
      Map.entry("maturity", "maturity"), Map.entry("modenhed", "maturity"),
      Map.entry("scale", "scale"), Map.entry("skala", "scale"), Map.entry("omfang", "scale"),
      Map.entry("audience", "audience"), Map.entry("brugere", "audience"),
      Map.entry("language", "language"), Map.entry("sprog", "language"), Map.entry("lang", "language"));

  /** What PDF writers put in the title when the author gave none: "Microsoft Word - plan.docx". */
  private static final Pattern GENERATED_TITLE = Pattern.compile("(?i)^(microsoft word - |untitled|uden titel).*");

  private ContextReader() {}

  /** The context key a front-matter name stands for ({@code kommune} is {@code municipality}), or null. */
  public static String canonicalKey(String key) {
    return KEYS.get(key.strip().toLowerCase(Locale.ROOT));
  }

  public static boolean isContextKey(String key) {
    return KEYS.containsKey(key.toLowerCase(Locale.ROOT));
  }

  /**
   * The context of a Word or PDF document from its properties: the title and author every
   * document has, and custom properties named like a context key. A custom property that
   * names the title is left out, since document-management systems fill such fields with
   * their own meaning ("Navn" of the case worker); the document's title is the title.
   */
  public static PlanContext fromProperties(String path, String title, String author, Map<String, String> custom)
      throws InputError {
    Map<String, String> map = new LinkedHashMap<>();
    if (title != null && !title.isBlank() && !GENERATED_TITLE.matcher(title.strip()).matches()) {
      map.put("title", title);
    }
    if (author != null && !author.isBlank()) {
      map.put("author", author);
    }
    custom.forEach((key, value) -> {
      String canonical = KEYS.get(key.strip().toLowerCase(Locale.ROOT));
      if (canonical != null && !canonical.equals("title")) {
        map.put(key.strip(), value);
      }
    });
    return read(path, map, "");
  }

  /** @param text the whole file, to find the line of a bad value */
  public static PlanContext read(String path, Map<?, ?> map, String text) throws InputError {
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
        throw new InputError(path, Lines.of(text, key), "'" + key + "' must be a single value, not a list or a map");
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
      throws InputError {
    String value = values.get(key);
    if (value == null || value.isBlank()) {
      return null;
    }
    String canonical = PlanContext.canonical(allowed, value);
    if (canonical == null) {
      throw new InputError(path, Lines.of(text, value), key + " '" + value + "' is not one parat knows; write one of "
          + String.join(" | ", allowed) + " (or leave it out)");
    }
    return canonical;
  }

  private static String language(String path, String text, String value) throws InputError {
    if (value == null || value.isBlank()) {
      return null;
    }
    var lang = dk.parat.text.Lang.parse(value);
    if (lang == null) {
      throw new InputError(path, Lines.of(text, value), "language '" + value + "' is not one parat speaks; write da or en");
    }
    return lang.code();
  }
}
