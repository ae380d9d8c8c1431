package dk.parat.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON output shared by the JSON, SARIF and diff writers: objects keep the order their keys
 * were put in (Map.of would not, from one JVM to the next), pretty-printed with LF line ends.
 */
final class Json {

  private static final ObjectMapper MAPPER = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private Json() {}

  /** An object with its keys in the order given: {@code object("id", id, "level", level)}. */
  static Map<String, Object> object(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  static void write(Object value, Writer out) throws IOException {
    MAPPER.writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))).writeValue(out, value);
    out.write('\n');
    out.flush();
  }
}
