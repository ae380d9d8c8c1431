package dk.parat.portfolio;

import dk.parat.text.Lang;

/**
 * How a batch presents its portfolio.
 *
 * @param groupBy a front-matter field the dashboard also groups plans by (forvaltning), or null
 */
public record PortfolioOptions(Lang lang, String groupBy, CsvDialect csvDialect) {}
