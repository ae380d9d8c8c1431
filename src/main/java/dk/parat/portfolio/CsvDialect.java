package dk.parat.portfolio;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;

/**
 * How a batch writes its CSV files: RFC 4180 for programs, or as Danish Excel opens a file with
 * a double click (a byte-order mark so that it reads UTF-8, semicolons, decimal commas).
 */
public enum CsvDialect {
  RFC4180("rfc4180"),
  EXCEL_DA("excel-da");

  private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");

  private final String id;

  CsvDialect(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(CsvDialect::id).toList();
  }

  /** The dialect with this id; the settings accept only the ids. */
  public static CsvDialect parse(String id) {
    return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no CSV dialect '" + id + "'"));
  }

  CSVFormat format() {
    return this == EXCEL_DA ? CSVFormat.RFC4180.builder().setDelimiter(';').get() : CSVFormat.RFC4180;
  }

  /** What a file begins with before its header. */
  void begin(Writer out) throws IOException {
    if (this == EXCEL_DA) {
      out.write('\uFEFF');
    }
  }

  /** A row's values as the dialect writes them: in Excel's Danish, every decimal number with a comma. */
  List<String> row(List<String> values) {
    return this == EXCEL_DA
        ? values.stream().map(v -> v != null && DECIMAL.matcher(v).matches() ? v.replace('.', ',') : v).toList()
        : values;
  }
}
