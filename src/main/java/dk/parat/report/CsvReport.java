package dk.parat.report;

import dk.parat.answers.AppliedAnswer;
import dk.parat.run.Run;
import dk.parat.run.Sources;
import dk.parat.scoring.ChecklistScore;
import dk.parat.scoring.Evidence;
import dk.parat.scoring.ItemResult;
import dk.parat.text.Lang;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One row per (plan, checklist item), RFC 4180, UTF-8. Status words are the semantics' ids in
 * every language; {@code status_label} carries the translation. {@code status} is the verdict that
 * counts, {@code parat_status} parat's own; the {@code answer_*} columns say who changed or
 * confirmed it in an interview. The last four name the files beside parat's own that shaped the
 * row: the answers file of its answer, the file and line of its waiver, the checklist's file
 * ({@code bundled} for parat's own) and the config file of the run.
 */
public final class CsvReport implements ReportWriter {

  public static final ReportFormat FORMAT = new ReportFormat("csv", "parat.csv", false,
      o -> new CsvReport(o.lang(), o.csv()));

  public static final List<String> COLUMNS = List.of("plan", "checklist", "chapter", "item", "kind", "status",
      "status_label", "score", "weight", "critical", "title", "page", "evidence", "advice", "waiver", "parat_status",
      "answer_by", "answer_at", "answer_note", "answer_stale", "answers_file", "waiver_source", "checklist_source",
      "config_file");

  private final Messages m;
  private final Locations locations;
  private final CsvCells cells;

  public CsvReport(Lang lang, CsvCells cells) {
    this.m = new Messages(lang);
    this.locations = new Locations(m);
    this.cells = cells;
  }

  @Override
  public ReportFormat format() {
    return FORMAT;
  }

  @Override
  public void write(Run run, Writer out) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();
    CSVPrinter printer = new CSVPrinter(out, format);
    for (Run.Scored scored : run.plans()) {
      for (ChecklistScore score : scored.result().scores()) {
        for (ItemResult r : score.items()) {
          printer.printRecord(row(run.sources(), scored, score, r));
        }
      }
    }
    printer.flush();
  }

  /** The row for one item, shared with the batch item table. */
  public List<String> row(Sources sources, Run.Scored scored, ChecklistScore score, ItemResult r) {
    var item = r.item().item();
    AppliedAnswer answer = scored.answer(r);
    return Stream.of(
        scored.result().plan().path(),
        score.checklist().id(),
        r.item().chapter().id(),
        item.id(),
        item.kind().id(),
        r.status().id(),
        m.status(r.status()),
        r.applicable() ? Numbers.decimal(r.score()) : "",
        Numbers.decimal(r.weight()),
        Boolean.toString(item.isCritical()),
        item.title().in(m.lang()),
        String.valueOf(item.page()),
        r.evidence().stream().map(this::evidence).collect(Collectors.joining("\n")),
        item.advice().in(m.lang()),
        waiver(r),
        r.foundStatus().id(),
        answer == null ? "" : answer.answer().by(),
        answer == null ? "" : answer.answer().timestamp(),
        answer == null || answer.answer().note() == null ? "" : answer.answer().note(),
        answer == null ? "" : Boolean.toString(answer.stale()),
        answer == null ? "" : scored.answers().source(),
        r.waiver() == null ? "" : r.waiver().declaredIn() + ":" + r.waiver().line(),
        sources.checklists().stream().filter(c -> c.id().equals(score.checklist().id())).map(Sources.ChecklistFile::file)
            .findFirst().orElse("bundled"),
        sources.config() == null ? "" : sources.config()).map(cells::cell).toList();
  }

  private static String waiver(ItemResult r) {
    if (r.waiver() == null) {
      return "";
    }
    return (r.waiverActive() ? "waived: " : "expired " + r.waiver().until() + ": ") + r.waiver().reason();
  }

  private String evidence(Evidence e) {
    return locations.compact(e.location()) + ": " + e.quote();
  }
}
