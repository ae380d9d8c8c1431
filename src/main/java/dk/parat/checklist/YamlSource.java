package dk.parat.checklist;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dk.parat.files.YamlErrors;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A checklist or lexicon file's name and text, read strictly: unknown keys and duplicate keys
 * are errors with the file, line and column.
 *
 * @param bundled whether the file is one parat holds, not one named by a user (whose name may be
 *     the same path)
 */
public record YamlSource(String name, String text, boolean bundled) {

  /** A file a user named. */
  public YamlSource(String name, String text) {
    this(name, text, false);
  }

  private static final ObjectMapper MAPPER = new ObjectMapper(YAMLFactory.builder().build())
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  public <T> T read(Class<T> type) throws ChecklistException {
    if (text.isBlank()) {
      throw new ChecklistException(List.of(new ChecklistException.Problem(name, 0, 0,
          "the file is empty; a checklist needs at least id, version, title, bands and chapters")));
    }
    try {
      T value = MAPPER.readValue(text, type);
      if (value == null) {
        throw new ChecklistException(List.of(new ChecklistException.Problem(name, 1, 1, "the file holds no YAML mapping")));
      }
      return value;
    } catch (UnrecognizedPropertyException e) {
      // Records are read through a buffer, so Jackson places the error at the end of the mapping;
      // the key itself stands on the last line before that which names it.
      SourceLocator locator = new SourceLocator(text);
      int at = locator.lastKeyBefore(e.getPropertyName(), e.getLocation() == null ? text.length()
          : locator.offsetOfLine(e.getLocation().getLineNr() + 1));
      return fail(locator.line(at), locator.column(at), explain(e));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      return fail(at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), explain(e));
    }
  }

  private <T> T fail(int line, int column, String message) throws ChecklistException {
    throw new ChecklistException(List.of(new ChecklistException.Problem(name, Math.max(line, 0), Math.max(column, 0), message)));
  }

  private static String explain(JsonProcessingException e) {
    if (YamlErrors.isSyntax(e)) {
      return YamlErrors.describe(e);
    }
    if (e instanceof UnrecognizedPropertyException u) {
      String known = new TreeSet<>(u.getKnownPropertyIds().stream().map(Object::toString).toList())
          .stream().collect(Collectors.joining(", "));
      return "unknown key '" + u.getPropertyName() + "'; the keys allowed here are: " + known
          + " (see docs/checklist-format.md)";
    }
    if (e instanceof ValueInstantiationException v && v.getCause() != null) {
      return v.getCause().getMessage();
    }
    Throwable cause = e.getCause();
    if (cause instanceof IllegalArgumentException iae) {
      return iae.getMessage();
    }
    return e.getOriginalMessage().replaceAll("\\s*\\(for [^)]*\\)", "").replaceAll("`dk\\.parat\\.[\\w.$]+`", "this entry").strip()
        + "; check the YAML syntax and indentation";
  }
}
