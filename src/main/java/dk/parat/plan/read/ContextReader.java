package dk.parat.plan.read;

import dk.parat.files.InputError;
import dk.parat.plan.PlanContext;
import dk.parat.text.Lines;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
      Map.entry("audience", "audience"), Map.entry("brugere", "audience"), Map.entry("målgruppe", "audience"),
      Map.entry("language", "language"), Map.entry("sprog", "language"), Map.entry("lang", "language"));

  /** The names under which a plan may hold its context as a map of its own. */
  public static final Set<String> CONTEXT_MAPS = Set.of("context", "meta", "metadata", "kontekst", "front_matter");

  /**
   * Keys plans carry as document metadata, which parat has no use for and passes over without a
   * word; any other key it does not read is reported, as it may be a misspelt context key.
   */
  private static final Set<String> METADATA = Set.of("author", "forfatter", "version", "date", "dato", "owner", "ejer",
      "ansvarlig", "status", "prepared_by", "udarbejdet_af", "udarbejdet af", "tags", "id", "waivers");

  /** The most of a bad value a message quotes. */
  private static final int SHOWN = 60;

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
    List<PlanContext.UnknownKey> unknown = new ArrayList<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String key = String.valueOf(e.getKey());
      Object value = e.getValue();
      String canonical = KEYS.get(key.toLowerCase(Locale.ROOT));
      if (canonical == null) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
          extra.put(key, value == null ? "" : String.valueOf(value));
        }
        if (!METADATA.contains(key.toLowerCase(Locale.ROOT))) {
          unknown.add(new PlanContext.UnknownKey(key, Lines.ofKey(text, key), nearest(key)));
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
        extra,
        unknown);
  }

  /** The context key {@code key} is one or two typing slips from, as "'målgruppe' (audience)"; null when none is. */
  private static String nearest(String key) {
    String typed = key.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = 3;
    for (String known : KEYS.keySet()) {
      int distance = distance(typed, known);
      if (distance < bestDistance || distance == bestDistance && best != null && known.compareTo(best) < 0) {
        best = known;
        bestDistance = distance;
      }
    }
    return best == null ? null : "'" + best + "'" + (best.equals(KEYS.get(best)) ? "" : " (" + KEYS.get(best) + ")");
  }

  /** Levenshtein distance: the fewest letters to add, remove or change to turn one word into the other. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static String checked(String path, String text, Map<String, String> values, String key, List<String> allowed)
      throws InputError {
    String value = values.get(key);
    if (value == null || value.isBlank()) {
      return null;
    }
    String canonical = PlanContext.canonical(allowed, value);
    if (canonical == null) {
      throw new InputError(path, Lines.of(text, value), key + " '" + shown(value) + "' is not one parat knows; write one of "
          + String.join(" | ", allowed) + " (or leave it out)");
    }
    return canonical;
  }

  /** A value as a message quotes it: a message is one line, whatever the file holds. */
  private static String shown(String value) {
    return value.length() <= SHOWN ? value : value.substring(0, SHOWN) + "…";
  }

  private static String language(String path, String text, String value) throws InputError {
    if (value == null || value.isBlank()) {
      return null;
    }
    var lang = dk.parat.text.Lang.parse(value);
    if (lang == null) {
      throw new InputError(path, Lines.of(text, value), "language '" + shown(value) + "' is not one parat speaks; write da or en");
    }
    return lang.code();
  }
}
