package dk.parat.plan.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dk.parat.files.InputError;
import dk.parat.files.YamlErrors;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the YAML of plans (front matter, YAML plans) with errors that name the line. Values are
 * read from the parser's tokens, not through Jackson's databind: starting databind took about
 * 180 ms of CPU, more than reading and scoring a plan's front matter needs altogether.
 */
public final class Yaml {

  /** A key given twice would silently keep the last value: refused, as in checklists and config. */
  public static final YAMLFactory FACTORY = YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private Yaml() {}

  /** @param firstLine the file line on which {@code yaml} begins */
  public static Map<?, ?> map(String path, String yaml, int firstLine) throws InputError {
    try (JsonParser parser = FACTORY.createParser(yaml)) {
      Object value = parser.nextToken() == null ? null : value(parser);
      if (value == null) {
        return Map.of();
      }
      if (!(value instanceof Map<?, ?> map)) {
        throw new InputError(path, firstLine, "the YAML here must be a mapping of keys to values (key: value)");
      }
      return map;
    } catch (JsonProcessingException e) {
      throw error(path, e, firstLine);
    } catch (IOException e) {
      throw new InputError(path, firstLine, "the YAML cannot be read (" + e.getMessage() + ")");
    }
  }

  /**
   * The value that starts at the parser's current token, as databind reads YAML into plain Java:
   * a mapping as a {@link LinkedHashMap}, a sequence as an {@link ArrayList}, a scalar as a String,
   * an Integer, Long or BigInteger, a Double, a Boolean, null, or what the parser embeds (the bytes
   * of {@code !!binary}). Leaves the parser on the value's last token.
   */
  public static Object value(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        Map<String, Object> map = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          parser.nextToken();
          map.put(key, value(parser));
        }
        return map;
      case START_ARRAY:
        List<Object> list = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          list.add(value(parser));
        }
        return list;
      case VALUE_STRING:
        return parser.getText();
      case VALUE_NUMBER_INT:
        return parser.getNumberValue();
      case VALUE_NUMBER_FLOAT:
        return parser.getDoubleValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      case VALUE_EMBEDDED_OBJECT:
        return parser.getEmbeddedObject();
      default:
        throw new IllegalStateException("a YAML value cannot start with " + token);
    }
  }

  public static InputError error(String path, JsonProcessingException e, int firstLine) {
    JsonLocation at = e.getLocation();
    int line = at == null ? firstLine : firstLine + at.getLineNr() - 1;
    return new InputError(path, line, "the YAML cannot be read: " + YamlErrors.describe(e));
  }
}
