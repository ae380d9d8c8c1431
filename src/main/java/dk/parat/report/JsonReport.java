package dk.parat.report;

import dk.parat.answers.Answer;
import dk.parat.answers.AppliedAnswer;
import dk.parat.checklist.Checklist;
import dk.parat.checklist.Item;
import dk.parat.gate.GateResult;
import dk.parat.plan.PlanContext;
import dk.parat.run.Run;
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
 * {@link #SCHEMA_VERSION} (1.1 added the consultant's {@code answer} on items). Keys are stable and in
 * a fixed order; scores have two decimals.
 */
public final class JsonReport implements ReportWriter {

  public static final ReportFormat FORMAT = new ReportFormat("json", "parat.json", true,
      o -> new JsonReport(o.lang()));

  public static final String SCHEMA_VERSION = "1.1";

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
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("tool", Json.object("name", "parat", "version", Version.get()));
    root.put("language", m.lang().code());
    root.put("plans", run.plans().stream().map(this::plan).toList());
    root.put("unreadable", run.unreadable().stream().map(u -> Json.object("path", u.path(), "message", u.message())).toList());
    root.put("summary", Json.object("plans", run.plans().size(), "unreadable", run.unreadable().size(),
        "gatePassed", run.gatePassed()));
    Json.write(root, out);
  }

  /** One plan as a JSON object; also one line of {@code portfolio.ndjson}. */
  public Map<String, Object> plan(Run.Scored scored) {
    var plan = scored.result().plan();
    PlanContext c = plan.context();
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("path", plan.path());
    p.put("format", plan.format().id());
    p.put("digest", plan.digest());
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("title", plan.displayTitle());
    context.put("municipality", c.municipality());
    context.put("technology", c.technology());
    context.put("phase", c.phase());
    context.put("maturity", c.maturity());
    context.put("scale", c.scale());
    context.put("audience", c.audience());
    context.put("language", c.language());
    p.put("context", context);
    p.put("checklists", scored.result().scores().stream()
        .map(s -> checklist(s, scored.gate(s.checklist().id()).orElse(null))).toList());
    return p;
  }

  private Map<String, Object> checklist(ChecklistScore s, GateResult gate) {
    Checklist c = s.checklist().checklist();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", c.id());
    out.put("version", c.version());
    out.put("title", c.title().in(m.lang()));
    out.put("score", Numbers.twoDecimals(s.overall()));
    out.put("band", Json.object("id", s.band().id(), "label", s.band().label().in(m.lang()),
        "meaning", s.band().meaning().in(m.lang())));
    out.put("scoreBand", s.scoreBand().id());
    out.put("overrides", s.overrides().stream().map(this::override).toList());
    out.put("firstBarrier", s.firstBarrier().map(b -> Json.object("chapter", b.chapter().id(),
        "score", Numbers.twoDecimals(b.score().getAsDouble()), "minScore", b.chapter().minScore())).orElse(null));
    out.put("chapters", s.chapters().stream().map(this::chapter).toList());
    out.put("items", s.items().stream().map(this::item).toList());
    out.put("counts", counts(s.items()));
    out.put("gate", gate == null ? null : Json.object("passed", gate.passed(), "failures", gate.failures(),
        "waived", gate.waived()));
    return out;
  }

  private Map<String, Object> override(FiredOverride o) {
    return Json.object("id", o.rule().id(), "cap", o.cap().id(), "items", o.items(), "lowered", o.lowered(),
        "reason", o.rule().reason().in(m.lang()));
  }

  private Map<String, Object> chapter(ChapterScore c) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", c.chapter().id());
    out.put("title", c.chapter().title().in(m.lang()));
    out.put("score", c.score().isPresent() ? Numbers.twoDecimals(c.score().getAsDouble()) : null);
    out.put("minScore", c.chapter().minScore());
    out.put("counts", counts(c.items()));
    return out;
  }

  private static Map<String, Object> counts(List<ItemResult> items) {
    Map<String, Object> counts = new LinkedHashMap<>();
    for (var status : dk.parat.checklist.Status.values()) {
      counts.put(status.id(), items.stream().filter(i -> i.status() == status).count());
    }
    counts.put("waived", items.stream().filter(ItemResult::waived).count());
    return counts;
  }

  private Map<String, Object> item(ItemResult r) {
    Item item = r.item().item();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", item.id());
    out.put("chapter", r.item().chapter().id());
    out.put("kind", item.kind().id());
    out.put("title", item.title().in(m.lang()));
    out.put("status", r.status().id());
    out.put("statusLabel", m.status(r.status()));
    out.put("score", r.applicable() ? r.score() : null);
    out.put("weight", r.weight());
    out.put("critical", item.isCritical());
    out.put("page", item.page());
    out.put("evidence", r.evidence().stream().map(this::evidence).toList());
    out.put("notCounted", r.notCounted().stream().map(this::evidence).toList());
    out.put("notApplicableReason", r.notApplicableReason() == null ? null : r.notApplicableReason().in(m.lang()));
    out.put("waiver", r.waiver() == null ? null : waiver(r.waiver(), r.waiverActive()));
    out.put("answer", r.answer() == null ? null : answer(r.answer()));
    out.put("advice", item.advice().in(m.lang()));
    out.put("questions", item.questions().in(m.lang()));
    return out;
  }

  private Map<String, Object> evidence(Evidence e) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("role", e.role().id());
    out.put("file", e.file());
    out.put("line", e.line());
    out.put("location", locations.label(e.location()));
    out.put("section", e.headingPath());
    out.put("quote", e.quote());
    out.put("signals", e.signals());
    out.put("pattern", e.pattern());
    return out;
  }

  private static Map<String, Object> waiver(Waiver w, boolean active) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("reason", w.reason());
    out.put("owner", w.owner());
    out.put("until", w.until() == null ? null : w.until().toString());
    out.put("ticket", w.ticket());
    out.put("active", active);
    out.put("declaredIn", w.declaredIn());
    return out;
  }

  private static Map<String, Object> answer(AppliedAnswer applied) {
    Answer a = applied.answer();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("status", a.status() == null ? null : a.status().id());
    out.put("foundStatus", applied.found().id());
    out.put("note", a.note());
    out.put("by", a.by());
    out.put("at", a.timestamp());
    out.put("planDigest", a.planDigest());
    out.put("stale", applied.stale());
    return out;
  }

}
