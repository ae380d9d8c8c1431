package dk.parat.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dk.parat.files.InputError;
import dk.parat.files.InputFile;
import dk.parat.files.YamlErrors;
import dk.parat.text.Lines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds and reads {@code .parat.yaml}: the one named, or the nearest in the plan's folder or
 * above. The keys it may hold are those of {@link Settings}.
 */
public final class ConfigLoader {

  public static final List<String> NAMES = List.of(".parat.yaml", ".parat.yml");
  /** Far more than any config holds, waivers included. */
  static final long MAX_BYTES = 1024 * 1024;

  private ConfigLoader() {}

  /**
   * Made only when a config file is read: most runs have none, and Jackson's databind takes a tenth
   * of a second to start.
   */
  private static final class Mapper {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  }

  /** The nearest config file in {@code start}'s folder or a folder above it. */
  public static Optional<Path> find(Path start) {
    Path dir = start.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      dir = dir.getParent();
    }
    for (; dir != null; dir = dir.getParent()) {
      for (String name : NAMES) {
        Path candidate = dir.resolve(name);
        // A pipe or a device there is found, and refused when read, rather than silently passed over.
        if (Files.exists(candidate) && !Files.isDirectory(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The file's text and its keys as parsed from YAML.
   *
   * @param name the file as the user knows it, for messages, reports and the waivers it declares
   */
  public record Loaded(Path path, String name, String text, Map<?, ?> keys) {

    /** The value at a dotted key ({@code output.format}), or null when the file does not set it. */
    Object value(String dottedKey) {
      Object at = keys;
      for (String key : dottedKey.split("\\.")) {
        if (!(at instanceof Map<?, ?> map)) {
          return null;
        }
        at = map.get(key);
      }
      return at;
    }

    /**
     * A value as the setting's type, or an error that names its line and says what the value
     * should have been ({@code expects}: "a number from 0 to 100").
     */
    <T> T convert(Object value, TypeReference<T> type, String dottedKey, String expects) throws ConfigException {
      try {
        return Mapper.YAML.convertValue(value, type);
      } catch (IllegalArgumentException e) {
        throw notAccepted(dottedKey, value, expects);
      }
    }

    /** "{@code .parat.yaml:2: min_score is 'abc', which is not a number from 0 to 100}" */
    ConfigException notAccepted(String dottedKey, Object value, String expects) {
      return new ConfigException(name + ":" + line(dottedKey) + ": " + dottedKey + " is " + shown(value) + ", which is not "
          + expects);
    }

    private static String shown(Object value) {
      if (value instanceof Map<?, ?>) {
        return "a mapping";
      }
      if (value instanceof List<?>) {
        return "a list";
      }
      return value instanceof String ? "'" + value + "'" : String.valueOf(value);
    }

    int line(String dottedKey) {
      return Lines.ofKey(text, dottedKey.substring(dottedKey.lastIndexOf('.') + 1));
    }
  }

  public static Loaded read(Path path) throws ConfigException {
    return read(path, path.toString());
  }

  /** @param name the file as the user knows it */
  public static Loaded read(Path path, String name) throws ConfigException {
    String text;
    try {
      text = InputFile.readText(path, path.toString(), MAX_BYTES, "config files");
    } catch (InputError e) {
      throw new ConfigException(e.getMessage());
    } catch (IOException e) {
      throw new ConfigException(name + ": cannot be read (" + e.getClass().getSimpleName()
          + "); check the path given to --config");
    }
    return parse(path, name, text);
  }

  /** A config file's text, read as from {@code path}. */
  public static Loaded parse(Path path, String name, String text) throws ConfigException {
    Object parsed;
    try {
      parsed = text.isBlank() ? null : Mapper.YAML.readValue(text, Object.class);
    } catch (JsonProcessingException e) {
      throw new ConfigException(name + ":" + (e.getLocation() == null ? 0 : e.getLocation().getLineNr()) + ": "
          + YamlErrors.describe(e));
    }
    if (parsed != null && !(parsed instanceof Map<?, ?>)) {
      throw new ConfigException(name + ":1: a config file is a mapping of keys to values; it may hold "
          + String.join(", ", topKeys()));
    }
    Loaded loaded = new Loaded(path, name, text, parsed == null ? Map.of() : (Map<?, ?>) parsed);
    checkKeys(loaded);
    return loaded;
  }

  /** A key no setting has is a typo that would silently change nothing. */
  private static void checkKeys(Loaded file) throws ConfigException {
    for (Object key : file.keys().keySet()) {
      String name = String.valueOf(key);
      if (!topKeys().contains(name)) {
        throw new ConfigException(file.name() + ":" + Lines.ofKey(file.text(), name) + ": unknown key '" + name
            + "'; a config may hold " + String.join(", ", topKeys()));
      }
      if (file.keys().get(key) instanceof Map<?, ?> nested && isGroup(name)) {
        for (Object inner : nested.keySet()) {
          if (!fileKeys().contains(name + "." + inner)) {
            throw new ConfigException(file.name() + ":" + Lines.ofKey(file.text(), String.valueOf(inner)) + ": unknown key '"
                + name + "." + inner + "'; " + name + " may hold " + String.join(", ", groupKeys(name)));
          }
        }
      }
    }
  }

  private static Set<String> fileKeys() {
    Set<String> keys = new LinkedHashSet<>();
    Settings.all().stream().filter(s -> s.fileKey() != null).forEach(s -> keys.add(s.fileKey()));
    return keys;
  }

  private static Set<String> topKeys() {
    Set<String> keys = new LinkedHashSet<>();
    fileKeys().forEach(k -> keys.add(k.split("\\.")[0]));
    return keys;
  }

  private static boolean isGroup(String top) {
    return fileKeys().stream().anyMatch(k -> k.startsWith(top + "."));
  }

  private static List<String> groupKeys(String group) {
    return fileKeys().stream().filter(k -> k.startsWith(group + ".")).map(k -> k.substring(group.length() + 1)).toList();
  }
}
