package dk.parat.portfolio;

import static dk.parat.checklist.Status.COVERED;
import static dk.parat.checklist.Status.EXPOSED;
import static dk.parat.checklist.Status.GUARDED;
import static dk.parat.checklist.Status.MISSING;
import static dk.parat.checklist.Status.NOT_APPLICABLE;
import static dk.parat.checklist.Status.PARTIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.parat.TestChecklists;
import dk.parat.checklist.Band;
import dk.parat.checklist.ChecklistSet;
import dk.parat.checklist.Status;
import dk.parat.report.CsvCells;
import dk.parat.run.Run;
import dk.parat.run.Sources;
import dk.parat.text.Lang;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The aggregates of a hand-made portfolio of five plans against the mini checklist (chapter 1:
 * MINI-I1; chapter 2: MINI-P1, MINI-I2; bands at 80, 50 and 0), every number worked out by hand.
 */
class PortfolioTest {

  private static ChecklistSet mini;
  private static Portfolio portfolio;

  @BeforeAll
  static void portfolio() throws Exception {
    mini = TestChecklists.mini();
    portfolio = new Portfolio(mini.checklists());
    portfolio.add(plan("p1.md", 30, "ikke-klar", 0, 40, MISSING, EXPOSED, PARTIAL));
    portfolio.add(plan("p2.md", 60, "delvist-klar", 50, 70, PARTIAL, GUARDED, MISSING));
    portfolio.add(plan("p3.md", 90, "klar", 100, 80, COVERED, GUARDED, PARTIAL));
    portfolio.add(plan("p4.md", 10, "ikke-klar", 0, Double.NaN, MISSING, NOT_APPLICABLE, NOT_APPLICABLE));
    portfolio.add(plan("p5.md", 60, "delvist-klar", 0, 100, MISSING, GUARDED, COVERED));
    portfolio.fail(new Run.Unreadable("p0.md", "p0.md: is empty; write the plan in it"));
  }

  private static PlanSummary plan(String path, double overall, String band, double chapter1, double chapter2,
      Status... statuses) {
    byte[] ordinals = new byte[statuses.length];
    for (int i = 0; i < statuses.length; i++) {
      ordinals[i] = (byte) statuses[i].ordinal();
    }
    var score = new PlanSummary.Score(overall, band, new double[] {chapter1, chapter2}, 0, 0, 0, null, List.of(),
        ordinals, null);
    return new PlanSummary(path, path, "Testby Kommune", null, null, ".", path.compareTo("p3") < 0 ? "Social" : null,
        "reports/" + path + ".html", null, 0, List.of(score));
  }

  @Test
  void percentile_rank_counts_the_plans_below_and_half_the_ties() {
    // 90 has four plans below: (4 + 0.5) / 5; the two 60s have two below and tie: (2 + 2 × 0.5) / 5.
    assertThat(portfolio.stats(0).percentileRanks()).containsExactly(30.0, 60.0, 90.0, 10.0, 60.0);
  }

  @Test
  void chapter_percentiles_interpolate_between_ranks_and_leave_out_plans_where_nothing_applies() {
    var chapters = portfolio.stats(0).chapters();
    // Chapter 1: 0 0 0 50 100. p90 lies 0.6 of the way from 50 (rank 3) to 100 (rank 4).
    assertThat(chapters.get(0).plans()).isEqualTo(5);
    assertThat(List.of(chapters.get(0).p10(), chapters.get(0).p25(), chapters.get(0).median(), chapters.get(0).p75(),
        chapters.get(0).p90())).containsExactly(0.0, 0.0, 0.0, 50.0, 80.0);
    // Chapter 2: 40 70 80 100 (p4 has no applicable item). p10 = 40 + 0.3 × 30, p25 = 40 + 0.75 × 30,
    // median = 70 + 0.5 × 10, p75 = 80 + 0.25 × 20, p90 = 80 + 0.7 × 20.
    assertThat(chapters.get(1).plans()).isEqualTo(4);
    assertThat(chapters.get(1).p10()).isCloseTo(49.0, within(1e-9));
    assertThat(chapters.get(1).p25()).isCloseTo(62.5, within(1e-9));
    assertThat(chapters.get(1).median()).isCloseTo(75.0, within(1e-9));
    assertThat(chapters.get(1).p75()).isCloseTo(85.0, within(1e-9));
    assertThat(chapters.get(1).p90()).isCloseTo(94.0, within(1e-9));
  }

  @Test
  void bands_ranking_frequent_gaps_and_chapters_by_band() {
    ChecklistStats stats = portfolio.stats(0);
    assertThat(stats.bands().entrySet().stream().collect(Collectors.toMap(e -> e.getKey().id(), Map.Entry::getValue)))
        .containsExactlyInAnyOrderEntriesOf(Map.of("klar", 1, "delvist-klar", 2, "ikke-klar", 2));
    assertThat(stats.bands().keySet().stream().map(Band::id)).containsExactly("klar", "delvist-klar", "ikke-klar");
    // Best first; the tie at 60 goes by path.
    assertThat(stats.ranking()).containsExactly(2, 1, 4, 0, 3);
    // MINI-I1 is missing in p1, p4, p5; MINI-P1 exposed in p1 and MINI-I2 missing in p2: a tie kept in checklist order.
    assertThat(stats.frequentGaps()).extracting(g -> g.item().id() + " " + g.missing() + "/" + g.exposed())
        .containsExactly("MINI-I1 3/0", "MINI-P1 0/1", "MINI-I2 1/0");
    // Chapter 1 (0 50 100 0 0): one klar, one delvist-klar, three ikke-klar; chapter 2 (40 70 80 – 100): 2, 1, 1, and one without.
    assertThat(stats.chapterBands()[0]).containsExactly(1, 1, 3, 0);
    assertThat(stats.chapterBands()[1]).containsExactly(2, 1, 1, 1);
  }

  @Test
  void the_csv_and_the_report_show_those_numbers() throws Exception {
    StringWriter csv = new StringWriter();
    PortfolioCsv.write(portfolio, csv, CsvCells.GUARDED, CsvDialect.RFC4180);
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv.toString())).getRecords();
    assertThat(rows).extracting(r -> r.get("path") + " " + r.get("mini.score") + " " + r.get("mini.percentile") + " "
        + r.get("mini.chapter_2") + " " + r.get("error")).containsExactly("p1.md 30.00 30.0 40.00 ",
        "p2.md 60.00 60.0 70.00 ", "p3.md 90.00 90.0 80.00 ", "p4.md 10.00 10.0  ", "p5.md 60.00 60.0 100.00 ",
        "p0.md    is empty; write the plan in it");

    StringWriter md = new StringWriter();
    new PortfolioMarkdown(Lang.EN).write(portfolio, Sources.none(), md);
    assertThat(md.toString())
        .contains("5 plans scored, 1 could not be read.")
        .contains("| Partly ready | 2 | 40% |")
        .contains("| 1 | `p3.md` | p3.md | Testby Kommune | 90 | Ready |")
        .contains("| **MINI-I1** ")
        .contains(" | 4 | 49 | 63 | 75 | 85 | 94 |")
        .contains("| MINI-P1 | 🟩 | 🟩 | 🟩 | 🟥 | ⬜ |")
        .contains("- `p0.md`: is empty; write the plan in it")
        .doesNotContain("delvist-klar").doesNotContain("p0.md: is");
  }

  @Test
  void the_danish_excel_dialect_has_a_byte_order_mark_semicolons_and_decimal_commas() throws Exception {
    StringWriter csv = new StringWriter();
    PortfolioCsv.write(portfolio, csv, CsvCells.GUARDED, CsvDialect.EXCEL_DA);
    assertThat(csv.toString()).startsWith("\uFEFFpath;title;municipality;").contains("\np1.md;p1.md;Testby Kommune;;;;0;30,00;")
        .doesNotContain("30.00").contains("\np0.md;;;");
  }

  @Test
  void the_dashboard_groups_by_folder_and_field_and_links_each_plan_to_its_report() {
    DashboardView view = new PortfolioHtml(new PortfolioOptions(Lang.EN, "forvaltning", CsvCells.GUARDED, CsvDialect.RFC4180,
        Sources.none()))
        .view(portfolio);
    DashboardView.Part part = view.checklists().get(0);
    assertThat(part.plans()).extracting(DashboardView.Row::link).containsExactly("reports/p3.md.html",
        "reports/p2.md.html", "reports/p5.md.html", "reports/p1.md.html", "reports/p4.md.html");
    assertThat(part.plans().get(0).cells()).extracting(DashboardView.Cell::text).containsExactly("100", "80");
    assertThat(part.plans().get(4).cells()).extracting(DashboardView.Cell::tone).last().isEqualTo("none");
    assertThat(part.groupings()).extracting(DashboardView.Grouping::heading)
        .containsExactly("Plans by folder", "Plans by forvaltning");
    // p1, p2 are in "Social"; p3, p4, p5 declare nothing. Medians: 45 and 60.
    assertThat(part.groupings().get(1).rows()).extracting(r -> r.name() + " " + r.plans() + " " + r.score().text())
        .containsExactly("(not declared) 3 60", "Social 2 45");
    assertThat(part.bands()).extracting(DashboardView.Bar::label).containsExactly("Ready", "Partly ready", "Not ready");
    assertThat(view.unreadable()).containsExactly(new DashboardView.Failure("p0.md", "is empty; write the plan in it"));
  }

  @Test
  void quantiles_and_ranks_of_nothing_and_of_one() {
    assertThat(Percentiles.quantile(new double[0], 0.5)).isNaN();
    assertThat(Percentiles.quantile(new double[] {42}, 0.9)).isEqualTo(42.0);
    assertThat(Percentiles.ranks(new double[] {42})).containsExactly(50.0);
  }
}
