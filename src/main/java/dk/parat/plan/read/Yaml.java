package dk.parat.plan.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dk.parat.files.InputError;
import dk.parat.files.YamlErrors;
import java.util.Map;

/** Parses the YAML of plans (front matter, YAML plans) with errors that name the line. */
public final class Yaml {

  /** A key given twice would silently keep the last value: refused, as in checklists and config. */
  public static final YAMLFactory FACTORY = YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  private Yaml() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** @param firstLine the file line on which {@code yaml} begins */
  public static Map<?, ?> map(String path, String yaml, int firstLine) throws InputError {
    try {
      Object value = MAPPER.readValue(yaml, Object.class);
      if (value == null) {
        return Map.of();
      }
      if (!(value instanceof Map<?, ?> map)) {
        throw new InputError(path, firstLine, "the YAML here must be a mapping of keys to values (key: value)");
      }
      return map;
    } catch (JsonProcessingException e) {
      throw error(path, e, firstLine);
    }
  }

  public static InputError error(String path, JsonProcessingException e, int firstLine) {
    JsonLocation at = e.getLocation();
    int line = at == null ? firstLine : firstLine + at.getLineNr() - 1;
    return new InputError(path, line, "the YAML cannot be read: " + YamlErrors.describe(e));
  }
}
