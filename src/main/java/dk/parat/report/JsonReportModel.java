package dk.parat.report;

import java.util.List;
import java.util.Map;

/**
 * The objects of the JSON report, as docs/schema/report.schema.json describes them. Jackson
 * writes a record's components in their order here, nulls included, so the order of keys in
 * the output is fixed by these declarations.
 */
public final class JsonReportModel {

  private JsonReportModel() {}

  public record Report(String schemaVersion, Tool tool, String language, Sources sources, List<Plan> plans,
      List<Unreadable> unreadable, Summary summary) {}

  /**
   * What besides parat's own verdicts and bundled checklists shaped the run (1.2).
   *
   * @param answersOff the option that set answers files aside, or null
   * @param waiversOff the option that set waivers aside, or null
   */
  public record Sources(boolean strict, ConfigFile config, String skippedConfig, List<ChecklistFile> checklists,
      String answersOff, String waiversOff, List<WaiverRef> skippedWaivers) {}

  public record ConfigFile(String file, List<Setting> settings) {}

  public record Setting(String key, int line) {}

  public record ChecklistFile(String id, String file, String namedBy) {}

  public record WaiverRef(String item, String file, int line) {}

  /**
   * One plan's own sources (1.2): its answers file as it counted, the waivers on its items, and
   * what of them the run set aside.
   */
  public record PlanSources(Answers answers, List<WaiverRef> waivers, String skippedAnswers, List<WaiverRef> skippedWaivers) {}

  public record Answers(String file, int answers, int changingStatus, List<String> by, String first, String last) {}

  public record Tool(String name, String version) {}

  public record Unreadable(String path, String message) {}

  public record Summary(int plans, int unreadable, boolean gatePassed) {}

  /** One plan; also one line of {@code portfolio.ndjson}. */
  public record Plan(String path, String format, String digest, Context context, PlanSources sources,
      List<Checklist> checklists) {}

  public record Context(String title, String municipality, String technology, String phase, String maturity, String scale,
      String audience, String language) {}

  public record Checklist(String id, String version, String title, double score, Band band, String scoreBand,
      List<Override> overrides, Barrier firstBarrier, List<Chapter> chapters, List<Item> items, Map<String, Long> counts,
      Gate gate) {}

  public record Band(String id, String label, String meaning) {}

  public record Override(String id, String cap, List<String> items, boolean lowered, String reason) {}

  public record Barrier(String chapter, double score, Double minScore) {}

  public record Chapter(String id, String title, Double score, Double minScore, Map<String, Long> counts) {}

  public record Gate(boolean passed, List<String> failures, int waived) {}

  /** @param score null for an item set aside */
  public record Item(String id, String chapter, String kind, String title, String status, String statusLabel, Double score,
      double weight, boolean critical, int page, List<Evidence> evidence, List<Evidence> notCounted,
      String notApplicableReason, Waiver waiver, Answer answer, String advice, List<String> questions) {}

  public record Evidence(String role, String file, int line, String location, List<String> section, String quote,
      List<String> signals, String pattern) {}

  public record Waiver(String reason, String owner, String until, String ticket, boolean active, String declaredIn,
      int line) {}

  public record Answer(String status, String foundStatus, String note, String by, String at, String planDigest,
      boolean stale) {}
}
