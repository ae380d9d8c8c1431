package dk.parat.report;

/**
 * How parat writes the cells of its CSV files. A spreadsheet reads a cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return as a formula, so plan
 * text such as a title {@code =HYPERLINK(...)} would run when a portfolio office opens the file.
 * {@link #GUARDED}, the default, follows OWASP's advice on CSV injection: such a cell gets a
 * leading single quote, which spreadsheets take as "this is text" and do not show. {@link #RAW}
 * ({@code --raw-csv}) leaves every cell as it is, for programs that read the file. Either way a
 * control character is shown as its code, never written.
 */
public enum CsvCells {
  GUARDED,
  RAW;

  private static final String FORMULA_STARTS = "=+-@\t\r";

  public String cell(String value) {
    if (this == GUARDED && !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
      return "'" + Printable.visible(value);
    }
    return Printable.visible(value);
  }

  public static CsvCells raw(boolean raw) {
    return raw ? RAW : GUARDED;
  }
}
