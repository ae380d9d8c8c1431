package dk.parat.report;

import dk.parat.answers.Answer;
import dk.parat.answers.AppliedAnswer;
import dk.parat.checklist.Status;
import dk.parat.gate.GateResult;
import dk.parat.plan.Plan;
import dk.parat.plan.PlanContext;
import dk.parat.run.Run;
import dk.parat.run.Sources;
import dk.parat.scoring.ChapterScore;
import dk.parat.scoring.ChecklistScore;
import dk.parat.scoring.Evidence;
import dk.parat.scoring.FiredOverride;
import dk.parat.scoring.ItemResult;
import dk.parat.text.Lang;
import dk.parat.waiver.Waiver;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable report, schema {@code docs/schema/report.schema.json}, version
 * {@link #SCHEMA_VERSION} (1.1 added the consultant's {@code answer} on items, 1.2 the
 * {@code sources} of the run and of each plan, and each waiver's line). Its objects are
 * the records of {@link JsonReportModel}, so keys are stable and in a fixed order; scores have
 * two decimals.
 */
public final class JsonReport implements ReportWriter {

  public static final ReportFormat FORMAT = new ReportFormat("json", "parat.json", true,
      o -> new JsonReport(o.lang()));

  public static final String SCHEMA_VERSION = "1.2";

  private final Messages m;
  private final Locations locations;

  public JsonReport(Lang lang) {
    this.m = new Messages(lang);
    this.locations = new Locations(m);
  }

  @Override
  public ReportFormat format() {
    return FORMAT;
  }

  @Override
  public void write(Run run, Writer out) throws IOException {
    Json.write(new JsonReportModel.Report(SCHEMA_VERSION, new JsonReportModel.Tool("parat", Version.get()),
        m.lang().code(), sources(run.sources()), run.plans().stream().map(this::plan).toList(),
        run.unreadable().stream().map(u -> new JsonReportModel.Unreadable(u.path(), u.message())).toList(),
        new JsonReportModel.Summary(run.plans().size(), run.unreadable().size(), run.gatePassed())), out);
  }

  /** One plan as a JSON object; also one line of {@code portfolio.ndjson}. */
  public JsonReportModel.Plan plan(Run.Scored scored) {
    Plan plan = scored.result().plan();
    PlanContext c = plan.context();
    return new JsonReportModel.Plan(plan.path(), plan.format().id(), plan.digest(),
        new JsonReportModel.Context(plan.displayTitle(), c.municipality(), c.technology(), c.phase(), c.maturity(),
            c.scale(), c.audience(), c.language()),
        sources(scored),
        scored.result().scores().stream().map(s -> checklist(scored, s, scored.gate(s.checklist().id()).orElse(null)))
            .toList());
  }

  private JsonReportModel.Checklist checklist(Run.Scored scored, ChecklistScore s, GateResult gate) {
    var c = s.checklist().checklist();
    return new JsonReportModel.Checklist(c.id(), c.version(), c.title().in(m.lang()), Numbers.twoDecimals(s.overall()),
        new JsonReportModel.Band(s.band().id(), s.band().label().in(m.lang()), s.band().meaning().in(m.lang())),
        s.scoreBand().id(), s.overrides().stream().map(this::override).toList(),
        s.firstBarrier().map(b -> new JsonReportModel.Barrier(b.chapter().id(), Numbers.twoDecimals(b.score().getAsDouble()),
            b.chapter().minScore())).orElse(null),
        s.chapters().stream().map(this::chapter).toList(),
        s.items().stream().map(r -> item(r, scored.answer(r))).toList(),
        counts(s.items()),
        gate == null ? null : new JsonReportModel.Gate(gate.passed(), gate.failures(), gate.waived()));
  }

  /** The run's sources, also the properties of a SARIF run. */
  static JsonReportModel.Sources sources(Sources s) {
    return new JsonReportModel.Sources(s.strict(), s.config() == null ? null : new JsonReportModel.ConfigFile(s.config(),
        s.configSettings().stream().map(x -> new JsonReportModel.Setting(x.key(), x.line())).toList()), s.skippedConfig(),
        s.checklists().stream().map(c -> new JsonReportModel.ChecklistFile(c.id(), c.file(), c.namedBy())).toList(),
        s.answersOff(),
        s.waiversOff(), refs(s.skippedWaivers()));
  }

  /** One plan's sources, also in a SARIF run's properties. */
  static JsonReportModel.PlanSources sources(Run.Scored scored) {
    AnswersUse a = AnswersUse.of(scored);
    List<Waiver> attached = scored.result().scores().stream().flatMap(c -> c.items().stream()).map(ItemResult::waiver)
        .filter(java.util.Objects::nonNull).distinct().toList();
    return new JsonReportModel.PlanSources(a == null ? null
        : new JsonReportModel.Answers(a.file(), a.answers(), a.changingStatus(), a.by(), a.first(), a.last()),
        refs(attached), scored.skipped().answersFile(), refs(scored.skipped().waivers()));
  }

  private static List<JsonReportModel.WaiverRef> refs(List<Waiver> waivers) {
    return waivers.stream().map(w -> new JsonReportModel.WaiverRef(w.item(), w.declaredIn(), w.line())).toList();
  }

  private JsonReportModel.Override override(FiredOverride o) {
    return new JsonReportModel.Override(o.rule().id(), o.cap().id(), o.items(), o.lowered(), o.rule().reason().in(m.lang()));
  }

  private JsonReportModel.Chapter chapter(ChapterScore c) {
    return new JsonReportModel.Chapter(c.chapter().id(), c.chapter().title().in(m.lang()),
        c.score().isPresent() ? Numbers.twoDecimals(c.score().getAsDouble()) : null, c.chapter().minScore(),
        counts(c.items()));
  }

  /** How many items have each status, in the statuses' order, and how many gaps are waived. */
  private static Map<String, Long> counts(List<ItemResult> items) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Status status : Status.values()) {
      counts.put(status.id(), items.stream().filter(i -> i.status() == status).count());
    }
    counts.put("waived", items.stream().filter(ItemResult::waived).count());
    return counts;
  }

  /** @param answer the consultant's answer on the item, or null */
  private JsonReportModel.Item item(ItemResult r, AppliedAnswer answer) {
    var item = r.item().item();
    return new JsonReportModel.Item(item.id(), r.item().chapter().id(), item.kind().id(), item.title().in(m.lang()),
        r.status().id(), m.status(r.status()), r.applicable() ? r.score() : null, r.weight(), item.isCritical(),
        item.page(), r.evidence().stream().map(this::evidence).toList(), r.notCounted().stream().map(this::evidence).toList(),
        r.notApplicableReason() == null ? null : r.notApplicableReason().in(m.lang()),
        r.waiver() == null ? null : waiver(r.waiver(), r.waiverActive()),
        answer == null ? null : answer(answer),
        item.advice().in(m.lang()), item.questions().in(m.lang()));
  }

  private JsonReportModel.Evidence evidence(Evidence e) {
    return new JsonReportModel.Evidence(e.role().id(), e.file(), e.line(), locations.label(e.location()), e.headingPath(),
        e.quote(), e.signals(), e.pattern());
  }

  private static JsonReportModel.Waiver waiver(Waiver w, boolean active) {
    return new JsonReportModel.Waiver(w.reason(), w.owner(), w.until() == null ? null : w.until().toString(), w.ticket(),
        active, w.declaredIn(), w.line());
  }

  private static JsonReportModel.Answer answer(AppliedAnswer applied) {
    Answer a = applied.answer();
    return new JsonReportModel.Answer(a.status() == null ? null : a.status().id(), applied.found().id(), a.note(), a.by(),
        a.timestamp(), a.planDigest(), applied.stale());
  }
}
