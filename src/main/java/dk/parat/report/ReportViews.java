package dk.parat.report;

import dk.parat.answers.AppliedAnswer;
import dk.parat.checklist.Checklist;
import dk.parat.checklist.Item;
import dk.parat.checklist.Publication;
import dk.parat.checklist.Status;
import dk.parat.gate.GateFailure;
import dk.parat.gate.GateResult;
import dk.parat.plan.PlanContext;
import dk.parat.report.ReportView.ChapterView;
import dk.parat.report.ReportView.ChecklistView;
import dk.parat.report.ReportView.Fact;
import dk.parat.report.ReportView.ItemView;
import dk.parat.report.ReportView.Quote;
import dk.parat.run.Run;
import dk.parat.run.Sources;
import dk.parat.scoring.ChapterScore;
import dk.parat.scoring.ChecklistScore;
import dk.parat.scoring.Evidence;
import dk.parat.scoring.FiredOverride;
import dk.parat.scoring.ItemResult;
import dk.parat.text.Lang;
import dk.parat.waiver.Waiver;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds a plan's {@link ReportView} in one language: every label and number as the reader sees it. */
public final class ReportViews {

  /** The gaps that score nothing, which the first page shows in full. */
  private static final Set<Status> UNCOUNTED = Set.of(Status.MISSING, Status.EXPOSED);

  private final Messages m;
  private final Locations locations;
  private final boolean showPatterns;

  /** @param showPatterns whether each quote names the checklist pattern that found it, for checklist authors */
  public ReportViews(Messages m, boolean showPatterns) {
    this.m = m;
    this.locations = new Locations(m);
    this.showPatterns = showPatterns;
  }

  /** @param sources the run's, named in the report beside the plan's own */
  public ReportView of(Sources sources, Run.Scored scored, boolean detail) {
    var result = scored.result();
    PlanContext c = result.plan().context();
    List<Fact> facts = new ArrayList<>();
    fact(facts, "report.context.municipality", c.municipality());
    fact(facts, "report.context.technology", c.technology());
    fact(facts, "report.context.phase", c.phase() == null ? null
        : m.get("context.phase." + PlanContext.PHASES.indexOf(c.phase())));
    fact(facts, "report.context.maturity", contextValue("maturity", c.maturity()));
    fact(facts, "report.context.scale", contextValue("scale", c.scale()));
    fact(facts, "report.context.audience", contextValue("audience", c.audience()));
    boolean several = result.scores().size() > 1;
    List<ChecklistView> checklists = result.scores().stream()
        .map(s -> checklist(scored, s, several)).toList();
    SourceNotes notes = new SourceNotes(m);
    List<SourceNotes.Note> named = new ArrayList<>(notes.ofRun(sources));
    named.addAll(notes.ofPlan(sources, scored));
    return new ReportView(result.plan().displayTitle(), result.plan().path(), facts, named, checklists, detail);
  }

  private void fact(List<Fact> facts, String key, String value) {
    facts.add(new Fact(m.get(key), value == null ? m.get("report.context.undeclared") : value));
  }

  private String contextValue(String kind, String value) {
    return value == null ? null : m.get("context." + kind + "." + value);
  }

  private ChecklistView checklist(Run.Scored scored, ChecklistScore s, boolean several) {
    Checklist checklist = s.checklist().checklist();
    Lang lang = m.lang();
    String title = checklist.title().in(lang);
    List<String> notes = new ArrayList<>();
    for (FiredOverride o : s.overrides()) {
      String rule = o.rule().reason().in(lang);
      String items = String.join(", ", o.items());
      notes.add(o.lowered() ? m.get("report.band.capped", s.scoreBand().label().in(lang), rule, items)
          : m.get("report.band.fired", rule, items));
    }
    String firstBarrier = s.firstBarrier().map(b -> m.get("report.firstBarrier.text", b.chapter().id(),
        b.chapter().title().in(lang), Numbers.score(b.score()), Numbers.decimal(b.chapter().minScore(), lang)))
        .orElse(m.get("report.firstBarrier.none"));
    List<ChapterView> chapters = new ArrayList<>();
    for (ChapterScore chapter : s.chapters()) {
      chapters.add(chapter(scored, s, chapter));
    }
    List<ItemView> gaps = s.gapsByUrgency().stream().filter(r -> UNCOUNTED.contains(r.status()))
        .map(r -> item(scored, s, r)).toList();
    List<ItemView> lesser = s.gapsByUrgency().stream().filter(r -> !UNCOUNTED.contains(r.status()))
        .map(r -> item(scored, s, r)).toList();
    String band = s.band().label().in(lang);
    long score = Math.round(s.overall());
    return new ChecklistView(s.checklist().id(), title, source(checklist), several ? " · " + title : "", s.band().id(),
        band, s.band().meaning().in(lang), score, m.get("report.verdict.value", band, score), notes,
        gate(scored.gate(s.checklist().id()).orElse(null)), firstBarrier, chapters, gaps, lesser);
  }

  private String source(Checklist checklist) {
    Publication p = checklist.publication();
    String title = checklist.title().in(m.lang());
    if (p != null) {
      title = p.title() + (p.publisher() == null ? "" : ", " + p.publisher()) + (p.year() == null ? "" : " " + p.year());
    }
    return m.get("report.checklist.source", title, checklist.version());
  }

  private String gate(GateResult gate) {
    if (gate == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder(m.get(gate.passed() ? "report.gate.passed" : "report.gate.failed"));
    if (!gate.reasons().isEmpty()) {
      sb.append(": ").append(gate.reasons().stream().map(this::failure).collect(Collectors.joining("; ")));
    }
    if (gate.waived() > 0) {
      sb.append(" (").append(m.get("report.gate.waived", gate.waived())).append(')');
    }
    return sb.toString();
  }

  private String failure(GateFailure f) {
    if (f instanceof GateFailure.ItemStatus s) {
      return m.get("gate.status", s.item(), Status.parse(s.status()).map(m::status).orElse(s.status()));
    }
    if (f instanceof GateFailure.OverallBelow o) {
      return m.get("gate.overall", o.score(), Numbers.decimal(o.minimum(), m.lang()));
    }
    if (f instanceof GateFailure.ExpiredWaiver w) {
      return m.get("gate.expired", w.item(), Status.parse(w.status()).map(m::status).orElse(w.status()), w.declaredIn(),
          w.line(), w.until());
    }
    GateFailure.ChapterBelow c = (GateFailure.ChapterBelow) f;
    return m.get("gate.chapter", c.chapter(), c.score(), Numbers.decimal(c.minimum(), m.lang()));
  }

  private ChapterView chapter(Run.Scored scored, ChecklistScore s, ChapterScore c) {
    String title = c.chapter().title().in(m.lang());
    String scoreText = Numbers.score(c.score());
    return new ChapterView(c.chapter().id(), title,
        c.score().isPresent() ? (int) Math.round(c.score().getAsDouble()) : null, scoreText,
        m.get("report.items.chapter", c.chapter().id(), title, scoreText),
        c.count(Status.COVERED) + c.count(Status.GUARDED), c.count(Status.PARTIAL) + c.count(Status.UNCLEAR),
        c.count(Status.MISSING) + c.count(Status.EXPOSED), c.count(Status.NOT_APPLICABLE),
        c.items().stream().map(r -> item(scored, s, r)).toList());
  }

  private ItemView item(Run.Scored scored, ChecklistScore s, ItemResult r) {
    Item item = r.item().item();
    Lang lang = m.lang();
    AppliedAnswer answer = scored.answer(r);
    String status = m.status(r.status());
    String statusText = capitalised(status) + (item.isCritical() ? " · " + m.get("report.critical") : "");
    String meta = m.get("report.item.meta", statusText, m.kind(item.kind()), item.page(),
        Numbers.decimal(r.weight(), lang));
    String place = m.get("report.gap.place", r.item().chapter().id(), item.page());
    // Evidence parat found stays in view when the consultant set the item aside: the team may look again.
    boolean showEvidence = r.status() != Status.NOT_APPLICABLE || (answer != null && !r.evidence().isEmpty());
    List<Quote> evidence = showEvidence ? r.evidence().stream().map(this::quote).toList() : List.of();
    List<Quote> notCounted = showEvidence ? r.notCounted().stream().map(this::notCounted).toList() : List.of();
    boolean exposed = r.status() == Status.EXPOSED;
    return new ItemView(s.checklist().id() + "-" + item.id(), item.id(), item.title().in(lang), tone(r.status()),
        r.status().id(), capitalised(status), item.isCritical(), r.item().chapter().id(), meta, statusText + " · " + place, place, item.description().in(lang),
        answer == null ? null : AnswerText.plain(answer, m),
        r.notApplicableReason() == null ? null : r.notApplicableReason().in(lang),
        r.waiver() == null ? null : waiver(r),
        m.get(exposed ? "report.redFlags" : "report.evidence"), evidence,
        m.get(exposed ? "report.weakGuards" : "report.notCounted"), notCounted,
        r.status().isGap() ? item.questions().in(lang) : List.of(), item.advice().in(lang), r.status().isGap(),
        evidence.isEmpty() ? null : evidence.get(0));
  }

  private static String tone(Status status) {
    return switch (status) {
      case COVERED, GUARDED -> "good";
      case PARTIAL, UNCLEAR -> "middle";
      case MISSING -> "bad";
      case EXPOSED -> "worst";
      case NOT_APPLICABLE -> "none";
    };
  }

  private String capitalised(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  private Quote quote(Evidence e) {
    String where = locations.label(e.location());
    if (!e.headingPath().isEmpty()) {
      where = m.get("report.quote.where", where, e.headingPath().get(e.headingPath().size() - 1));
    }
    return new Quote(where, e.quote().replaceAll("\\s+", " ").strip(), showPatterns ? e.pattern() : null);
  }

  /** A mention found and not counted, with why beside its place: the reasons differ from one mention to the next. */
  private Quote notCounted(Evidence e) {
    Quote q = quote(e);
    return new Quote(m.get("report.quote.why", q.where(), m.notCounted(e.role())), q.text(), q.pattern());
  }

  private String waiver(ItemResult r) {
    Waiver w = r.waiver();
    StringBuilder sb = new StringBuilder(r.waiverActive() ? m.get("report.waiver") : m.get("report.waiver.expired", w.until()));
    sb.append(": ").append(w.reason());
    if (w.owner() != null) {
      sb.append(" · ").append(m.get("report.waiver.by")).append(' ').append(w.owner());
    }
    if (w.until() != null) {
      sb.append(" · ").append(m.get("report.waiver.until")).append(' ').append(w.until());
    }
    if (w.ticket() != null) {
      sb.append(" · ").append(m.get("report.waiver.ticket")).append(' ').append(w.ticket());
    }
    return sb.toString();
  }
}
