package dk.parat.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;

/**
 * JSON output shared by the JSON, SARIF and diff writers, whose objects are records (their keys
 * in the order of the components), pretty-printed with LF line ends.
 */
final class Json {

  private static final ObjectMapper MAPPER = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private Json() {}

  static void write(Object value, Writer out) throws IOException {
    MAPPER.writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))).writeValue(out, value);
    out.write('\n');
    out.flush();
  }
}
