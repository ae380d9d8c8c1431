package dk.parat.portfolio;

import dk.parat.report.CsvCells;
import dk.parat.run.Sources;
import dk.parat.text.Lang;

/**
 * How a batch presents its portfolio.
 *
 * @param groupBy a front-matter field the dashboard also groups plans by (forvaltning), or null
 * @param cells how CSV cells are written: guarded against formulas, or as they are
 * @param csvDialect for programs, or for Danish Excel
 * @param sources what besides parat's own verdicts shapes the batch, which the reports and the rows name
 */
public record PortfolioOptions(Lang lang, String groupBy, CsvCells cells, CsvDialect csvDialect, Sources sources) {}
