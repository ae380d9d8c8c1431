package dk.parat.portfolio;

import java.util.List;

/**
 * The portfolio dashboard as a director reads it, every label in the report's language; the
 * template {@code html/dashboard.jte} lays it out.
 *
 * @param summary how many plans were scored and how many could not be read
 * @param checklists one part per checklist of the run
 * @param unreadable the plans that could not be read, each once, with why
 */
public record DashboardView(String title, String summary, List<Part> checklists, List<Failure> unreadable) {

  public DashboardView {
    checklists = List.copyOf(checklists);
    unreadable = List.copyOf(unreadable);
  }

  /**
   * The portfolio against one checklist.
   *
   * @param chapters the chapters' short names, the heat maps' columns
   * @param plans the plans × chapters heat map, best first; cut when the portfolio is large
   * @param plansNote says so when the heat map is cut, else null
   * @param groupings by folder, and by the front-matter field the user named
   */
  public record Part(String anchor, String title, List<Bar> bands, List<String> chapters, List<Row> plans,
      String plansNote, List<Grouping> groupings, List<Gap> gaps) {

    public Part {
      bands = List.copyOf(bands);
      chapters = List.copyOf(chapters);
      plans = List.copyOf(plans);
      groupings = List.copyOf(groupings);
      gaps = List.copyOf(gaps);
    }
  }

  /**
   * A bar of a chart.
   *
   * @param fraction the bar's length, 0–1
   * @param tone the colour class, by the band's place on the checklist's scale
   */
  public record Bar(String label, long count, String share, double fraction, String tone) {}

  /**
   * A row of a heat map: a plan, or a group of plans.
   *
   * @param link the plan's HTML report, or null for a group
   * @param plans how many plans the row stands for
   * @param score the overall score (a group's median)
   */
  public record Row(String name, String detail, String link, int plans, Cell score, String band, List<Cell> cells) {

    public Row {
      cells = List.copyOf(cells);
    }
  }

  /** A heat map's cell: the number shown and its colour class. */
  public record Cell(String text, String tone) {}

  /** Plans grouped by a folder or by a front-matter field, as a heat map of median scores. */
  public record Grouping(String heading, String column, List<Row> rows) {

    public Grouping {
      rows = List.copyOf(rows);
    }
  }

  /** An item often missing or exposed across the portfolio. */
  public record Gap(String id, String title, String chapter, int missing, int exposed, String share, double fraction) {}

  /** A plan that could not be read. */
  public record Failure(String path, String reason) {}
}
