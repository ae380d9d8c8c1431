package dk.parat.report;

import dk.parat.text.Lang;
import java.nio.file.Path;

/**
 * What a run tells its report writers beyond the results.
 *
 * @param showPatterns whether quotes name the checklist pattern that found them, for checklist authors
 * @param detail whether the consultant's report shows every item, not only the first page and the gaps
 * @param stepSummary the file named by {@code GITHUB_STEP_SUMMARY}, or null
 * @param csv how CSV cells are written
 */
public record ReportOptions(Lang lang, boolean showPatterns, boolean detail, Path stepSummary, CsvCells csv) {}
