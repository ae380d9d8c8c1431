package dk.parat.plan;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a plan declares about itself (front matter, YAML metadata): the context that decides
 * which checklist items apply. Values are canonical: {@link #PHASES}, {@link #MATURITIES},
 * {@link #SCALES}, {@link #AUDIENCES}; anything else is kept as written in {@code extra}.
 *
 * @param unknownKeys keys parat does not read and knows of no use for: perhaps a misspelt context
 *     key, which would silently leave the plan scored in the default context, so users are told
 */
public record PlanContext(
    String title,
    String municipality,
    String technology,
    String phase,
    String maturity,
    String scale,
    String audience,
    String language,
    Map<String, String> extra,
    List<UnknownKey> unknownKeys) {

  /**
   * A key parat passed over.
   *
   * @param line its line in the plan, 0 when unknown
   * @param suggestion the context key it was perhaps meant to be, or null
   */
  public record UnknownKey(String key, int line, String suggestion) {

    /** What to tell the user, after the plan and line. */
    public String message() {
      return "'" + key + "' is no key parat reads, so it does not change which items apply; "
          + (suggestion != null ? "did you mean " + suggestion + "?"
          : "the context keys are title, municipality, technology, phase, maturity, scale, audience and language");
    }
  }

  public static final List<String> PHASES =
      List.of("idéudvikling", "konsekvensvurdering", "udvikling/anskaffelse", "implementering og drift");
  public static final List<String> MATURITIES = List.of("new", "proven-elsewhere", "upgrade");
  public static final List<String> SCALES = List.of("unit", "municipality", "cross-municipal");
  public static final List<String> AUDIENCES = List.of("citizen-facing", "back-office");

  /** Accepted spellings of each canonical value, compared after {@link #key(String)}. */
  private static final Map<String, String> ALIASES = aliases();

  public PlanContext {
    extra = extra == null ? Map.of() : Map.copyOf(extra);
    unknownKeys = unknownKeys == null ? List.of() : List.copyOf(unknownKeys);
  }

  public static PlanContext empty() {
    return new PlanContext(null, null, null, null, null, null, null, null, Map.of(), List.of());
  }

  /** The canonical value of a declared context value, or null when it is not one parat knows. */
  public static String canonical(List<String> allowed, String value) {
    if (value == null) {
      return null;
    }
    String canonical = ALIASES.get(key(value));
    return canonical != null && allowed.contains(canonical) ? canonical : null;
  }

  /** Lower case, no accents, no separators: "Idéudvikling", "ideudvikling" and "ide-udvikling" agree. */
  static String key(String value) {
    String plain = Normalizer.normalize(value.trim().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
    return plain.replace("aa", "a").replace("å", "a").replace("æ", "ae").replace("ø", "o")
        .replaceAll("[^a-z0-9]", "");
  }

  private static Map<String, String> aliases() {
    Map<String, String> a = new LinkedHashMap<>();
    for (List<String> values : List.of(PHASES, MATURITIES, SCALES, AUDIENCES)) {
      values.forEach(v -> a.put(key(v), v));
    }
    alias(a, "idéudvikling", "ideation", "idea development", "ideudvikling", "ide", "idefase");
    alias(a, "konsekvensvurdering", "impact assessment", "assessment", "konsekvensanalyse");
    alias(a, "udvikling/anskaffelse", "udvikling og anskaffelse", "udvikling", "anskaffelse", "udbud",
        "development/procurement", "development and procurement", "development", "procurement");
    alias(a, "implementering og drift", "implementering", "drift", "implementation and operation",
        "implementation", "operation", "rollout", "udrulning");
    alias(a, "new", "ny", "nyt", "ny teknologi", "novel");
    alias(a, "proven-elsewhere", "proven elsewhere", "afprøvet andetsteds", "afprøvet andre steder",
        "kendt andetsteds", "mature", "moden");
    alias(a, "upgrade", "opgradering", "opgraderet", "ny version", "upgraded");
    alias(a, "unit", "enhed", "én enhed", "en enhed", "afdeling", "team", "single unit");
    alias(a, "municipality", "kommune", "hele kommunen", "kommunal", "municipal", "whole municipality");
    alias(a, "cross-municipal", "tværkommunal", "tværkommunalt", "flere kommuner", "intermunicipal",
        "inter-municipal");
    alias(a, "citizen-facing", "borgerrettet", "borgervendt", "borgernær", "citizen facing", "front office");
    alias(a, "back-office", "back office", "intern", "internal", "administrativ", "backoffice");
    return Map.copyOf(a);
  }

  private static void alias(Map<String, String> aliases, String canonical, String... spellings) {
    for (String s : spellings) {
      aliases.put(key(s), canonical);
    }
  }
}
