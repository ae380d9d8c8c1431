package dk.parat.report;

import java.util.List;

/**
 * A plan's consultant report as the people who read it see it, every word already in the
 * report's language: what the Markdown and the HTML report both show, so that they say the same.
 * Plan text is held as written; each format escapes it.
 *
 * @param path the plan's file as the user named it
 * @param facts what the plan declares about itself, as label and value
 * @param sources what besides parat's own verdicts shaped them (config, checklist files, answers,
 *     waivers, what was set aside), each with its file and line; empty when nothing did
 * @param checklists one part per checklist the plan was scored against
 * @param detail whether the per-item detail is shown (the short report leaves it out)
 */
public record ReportView(String title, String path, List<Fact> facts, List<SourceNotes.Note> sources,
    List<ChecklistView> checklists, boolean detail) {

  public ReportView {
    facts = List.copyOf(facts);
    sources = List.copyOf(sources);
    checklists = List.copyOf(checklists);
  }

  /** A label and its value. */
  public record Fact(String label, String value) {}

  /**
   * The plan against one checklist.
   *
   * @param anchor a fragment id unique in the report
   * @param headingSuffix added to the checklist's section headings when a plan has several
   *     checklists, so that no two headings are the same
   * @param bandId the band's id, for styling only
   * @param bandNotes the override rules that capped the band or also applied
   * @param gate whether the plan met the gate's requirements and why not, or null without a gate
   * @param gaps the items missing or exposed, most urgent first: each with its best quote and advice
   * @param lesserGaps the items partial or unclear, in the same order: a list that points to the detail
   */
  public record ChecklistView(String anchor, String title, String source, String headingSuffix, String bandId,
      String bandLabel, String bandMeaning, long score, String verdict, List<String> bandNotes, String gate,
      String firstBarrier, List<ChapterView> chapters, List<ItemView> gaps, List<ItemView> lesserGaps) {

    public ChecklistView {
      bandNotes = List.copyOf(bandNotes);
      chapters = List.copyOf(chapters);
      gaps = List.copyOf(gaps);
      lesserGaps = List.copyOf(lesserGaps);
    }
  }

  /**
   * A chapter's score and items.
   *
   * @param score 0–100, or null when no item applies
   * @param scoreText the score as shown ("–" when no item applies)
   */
  public record ChapterView(String id, String title, Integer score, String scoreText, String heading, long good,
      long middle, long bad, long notApplicable, List<ItemView> items) {

    public ChapterView {
      items = List.copyOf(items);
    }
  }

  /**
   * One item's verdict with what it rests on.
   *
   * @param anchor a fragment id unique in the report
   * @param tone the status's place on the scale, for colour: good, middle, bad, worst, none
   * @param statusId the status's id, for machines and styling only
   * @param chapter the id of the item's chapter
   * @param meta kind, status, page and weight in one line
   * @param gapMeta status, chapter and source page in one line, as the list of gaps shows it
   * @param place chapter and source page, for a report that shows the status apart
   * @param answer the consultant's answer in one line, or null
   * @param notApplicable why the item is set aside, or null
   * @param waiver the accepted risk, or null
   * @param evidenceHeading what the evidence shows: support, or red flags for an exposed pitfall
   * @param notCountedHeading what the mentions not counted are
   * @param best the one quote the list of gaps shows, or null
   */
  public record ItemView(String anchor, String id, String title, String tone, String statusId, String statusLabel,
      boolean critical, String chapter, String meta, String gapMeta, String place, String description, String answer, String notApplicable,
      String waiver, String evidenceHeading, List<Quote> evidence, String notCountedHeading, List<Quote> notCounted,
      List<String> questions, String advice, boolean gap, Quote best) {

    public ItemView {
      evidence = List.copyOf(evidence);
      notCounted = List.copyOf(notCounted);
      questions = List.copyOf(questions);
    }

    /** The status's mark, so that a chart does not say it by colour alone. */
    public String symbol() {
      return switch (tone) {
        case "good" -> "✔";
        case "middle" -> "◐";
        case "none" -> "–";
        default -> "✘";
      };
    }
  }

  /**
   * A span of the plan a verdict rests on.
   *
   * @param where line, paragraph or page, with the section's own heading
   * @param pattern the checklist pattern that found it, shown only for checklist authors (else null)
   */
  public record Quote(String where, String text, String pattern) {}
}
