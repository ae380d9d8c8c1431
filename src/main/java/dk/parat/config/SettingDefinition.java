package dk.parat.config;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One setting as the table in {@link Settings} declares it: where a value may come from, in
 * order of precedence, and its default. A setting that a source cannot give has null there.
 *
 * @param key the setting's name in {@code parat config show}
 * @param fileKey where {@code .parat.yaml} holds it, dotted for a nested key ({@code output.format})
 * @param type the Java type of a value in {@code .parat.yaml}
 * @param fromFile turns the file's value, as parsed from YAML, into the setting's, with the file at
 *     hand (a folder is relative to the file, a waiver names its line); null for "not given"
 * @param option the command-line option that gives it
 * @param variable the {@code PARAT_*} environment variable that gives it
 * @param fromVariable parses the variable's value; throws IllegalArgumentException when it cannot
 * @param fallback the value when no source gives one
 * @param shown the value as {@code parat config show} prints it
 * @param expects what a value must be, for messages: "a number from 0 to 100"
 * @param accepts whether a value from any source is one the setting can take
 */
public record SettingDefinition<T>(String key, String fileKey, TypeReference<T> type, FileValue<T> fromFile,
    String option, String variable, Function<String, T> fromVariable, T fallback, Function<T, Object> shown,
    String expects, Predicate<T> accepts) {

  /**
   * Hashed by its key, which no two settings share. The record's own hash walks every component,
   * functions included, and setting it up cost a few milliseconds of every run's start.
   */
  @Override
  public int hashCode() {
    return key.hashCode();
  }

  /** A file value made into the setting's, knowing the file it came from. */
  @FunctionalInterface
  public interface FileValue<T> {
    T read(Object value, ConfigLoader.Loaded file) throws ConfigException;
  }

  /** A setting with this default, given by no source yet, that takes any value described by {@code expects}. */
  static <T> SettingDefinition<T> of(String key, TypeReference<T> type, T fallback, String expects) {
    return new SettingDefinition<>(key, null, type, null, null, null, null, fallback, v -> v, expects, v -> true);
  }

  /** Given by {@code .parat.yaml} under {@code fileKey}, as written. */
  SettingDefinition<T> file(String fileKey) {
    return file(fileKey, (value, file) -> file.convert(value, type, fileKey, expects));
  }

  SettingDefinition<T> file(String fileKey, FileValue<T> read) {
    return new SettingDefinition<>(key, fileKey, type, read, option, variable, fromVariable, fallback, shown, expects,
        accepts);
  }

  SettingDefinition<T> option(String name) {
    return new SettingDefinition<>(key, fileKey, type, fromFile, name, variable, fromVariable, fallback, shown, expects,
        accepts);
  }

  SettingDefinition<T> variable(String name, Function<String, T> parse) {
    return new SettingDefinition<>(key, fileKey, type, fromFile, option, name, parse, fallback, shown, expects, accepts);
  }

  SettingDefinition<T> shown(Function<T, Object> show) {
    return new SettingDefinition<>(key, fileKey, type, fromFile, option, variable, fromVariable, fallback, show, expects,
        accepts);
  }

  /** Takes only the values {@code check} accepts, from whichever source. */
  SettingDefinition<T> accepting(Predicate<T> check) {
    return new SettingDefinition<>(key, fileKey, type, fromFile, option, variable, fromVariable, fallback, shown, expects,
        check);
  }
}
