package dk.parat.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.Writer;

/**
 * JSON output shared by the JSON, SARIF and diff writers, whose objects are records (their keys
 * in the order of the components), pretty-printed with LF line ends. Every control character is
 * written as a {@code \\u} escape (JSON itself asks this only below U+0020), so that a report
 * shown in a terminal cannot act on it; the text it stands for is unchanged.
 */
final class Json {

  private static final ObjectMapper MAPPER = mapper();
  /**
   * For SARIF, whose viewers and converters often go through XML: the characters XML 1.0 cannot
   * hold are left out of every string, as in the JUnit report.
   */
  private static final ObjectMapper XML_SAFE = mapper().registerModule(new SimpleModule()
      .addSerializer(String.class, new StdSerializer<String>(String.class) {
        @Override
        public void serialize(String value, JsonGenerator gen, SerializerProvider provider) throws IOException {
          gen.writeString(Printable.xml(value));
        }
      }));

  private Json() {}

  static void write(Object value, Writer out) throws IOException {
    write(MAPPER, value, out);
  }

  static void writeXmlSafe(Object value, Writer out) throws IOException {
    write(XML_SAFE, value, out);
  }

  private static void write(ObjectMapper mapper, Object value, Writer out) throws IOException {
    mapper.writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))).writeValue(out, value);
    out.write('\n');
    out.flush();
  }

  private static ObjectMapper mapper() {
    ObjectMapper mapper = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    mapper.getFactory().setCharacterEscapes(new ControlsAsCodes());
    return mapper;
  }

  /** Escapes as JSON does, and besides every character {@link Printable} shows as its code. */
  private static final class ControlsAsCodes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    ControlsAsCodes() {
      ascii[0x7F] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ch <= Character.MAX_VALUE && Printable.shown((char) ch) ? new SerializedString(String.format("\\u%04x", ch))
          : null;
    }
  }
}
