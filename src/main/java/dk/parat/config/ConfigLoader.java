package dk.parat.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import dk.parat.text.Lines;

/** Finds and reads {@code .parat.yaml}: the one named, or the nearest in the plan's folder or above. */
public final class ConfigLoader {

  public static final List<String> NAMES = List.of(".parat.yaml", ".parat.yml");

  private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private ConfigLoader() {}

  /** The nearest config file in {@code start}'s folder or a folder above it. */
  public static Optional<Path> find(Path start) {
    Path dir = start.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      dir = dir.getParent();
    }
    for (; dir != null; dir = dir.getParent()) {
      for (String name : NAMES) {
        Path candidate = dir.resolve(name);
        if (Files.isRegularFile(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /** The file's text and its parsed form. */
  public record Loaded(Path path, String text, ConfigFile config) {}

  public static Loaded read(Path path) throws ConfigException {
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException(path + ": cannot be read (" + e.getClass().getSimpleName()
          + "); check the path given to --config");
    }
    if (text.isBlank()) {
      return new Loaded(path, text, ConfigFile.empty());
    }
    try {
      ConfigFile config = MAPPER.readValue(text, ConfigFile.class);
      return new Loaded(path, text, config == null ? ConfigFile.empty() : config);
    } catch (UnrecognizedPropertyException e) {
      throw new ConfigException(path + ":" + Lines.ofKey(text, e.getPropertyName()) + ": unknown key '" + e.getPropertyName() + "'; a config may hold "
          + "checklists, fail_on, min_score, min_chapter_score, chapter_minimums, waivers, output, ignore");
    } catch (JsonProcessingException e) {
      throw new ConfigException(path + ":" + line(e) + ": " + e.getOriginalMessage().lines().findFirst().orElse("")
          + "; check the YAML");
    }
  }

  private static int line(JsonProcessingException e) {
    return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
  }
}
