package dk.parat.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings of a run after precedence: command line over {@code PARAT_*} environment over
 * the config file over the default, as the table in {@link Settings} declares them. Each
 * setting says where it came from, for {@code parat config show}.
 *
 * @param configFile the config file read, or null when there was none
 * @param configName the config file as the user knows it, or null
 * @param skippedConfig a config file found beside the plans and not read ({@code --strict}), or null
 */
public record EffectiveConfig(Map<SettingDefinition<?>, Setting<?>> settings, Path configFile, String configName,
    Path skippedConfig) {

  public EffectiveConfig {
    settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
  }

  @SuppressWarnings("unchecked")
  public <T> Setting<T> get(SettingDefinition<T> setting) {
    return (Setting<T>) settings.get(setting);
  }

  public <T> T value(SettingDefinition<T> setting) {
    return get(setting).value();
  }

  /** @param file the config file, or null when there is none */
  public static EffectiveConfig resolve(CommandLineSettings cli, Map<String, String> env, ConfigLoader.Loaded file)
      throws ConfigException {
    Map<SettingDefinition<?>, Setting<?>> settings = new LinkedHashMap<>();
    for (SettingDefinition<?> setting : Settings.all()) {
      settings.put(setting, pick(setting, cli, env, file));
    }
    return new EffectiveConfig(settings, file == null ? null : file.path(), file == null ? null : file.name(), null);
  }

  /** These settings, noting a config file found beside the plans that was not read. */
  public EffectiveConfig skipping(Path found) {
    return new EffectiveConfig(settings, configFile, configName, found);
  }

  /** The settings the config file gave, with their lines: what a change to the file changes. */
  public List<FileSetting> fromFile() {
    if (configFile == null) {
      return List.of();
    }
    String prefix = configName + ":";
    List<FileSetting> given = new ArrayList<>();
    settings.forEach((definition, setting) -> {
      if (setting.source().startsWith(prefix)) {
        given.add(new FileSetting(definition.key(), Integer.parseInt(setting.source().substring(prefix.length()))));
      }
    });
    return given;
  }

  /** A setting a config file gave, and its line there. */
  public record FileSetting(String key, int line) {}

  /** The value of the first source that gives one, in order of precedence. */
  private static <T> Setting<T> pick(SettingDefinition<T> setting, CommandLineSettings cli, Map<String, String> env,
      ConfigLoader.Loaded file) throws ConfigException {
    T given = cli.get(setting);
    if (given != null) {
      return accepted(setting, new Setting<>(given, setting.option()), setting.option() + " " + given);
    }
    String variable = setting.variable() == null ? null : env.get(setting.variable());
    if (variable != null && !variable.isBlank()) {
      String where = setting.variable() + "=" + variable.strip();
      try {
        return accepted(setting, new Setting<>(setting.fromVariable().apply(variable.strip()), setting.variable()), where);
      } catch (IllegalArgumentException e) {
        throw new ConfigException(where + ": '" + variable.strip() + "' is not " + setting.expects());
      }
    }
    Object written = file == null || setting.fileKey() == null ? null : file.value(setting.fileKey());
    T fromFile = written == null ? null : setting.fromFile().read(written, file);
    if (fromFile != null) {
      if (!setting.accepts().test(fromFile)) {
        throw file.notAccepted(setting.fileKey(), written, setting.expects());
      }
      return new Setting<>(fromFile, file.name() + ":" + file.line(setting.fileKey()));
    }
    return new Setting<>(setting.fallback(), "default");
  }

  private static <T> Setting<T> accepted(SettingDefinition<T> definition, Setting<T> setting, String where)
      throws ConfigException {
    if (!definition.accepts().test(setting.value())) {
      throw new ConfigException(where + ": " + definition.key() + " must be " + definition.expects());
    }
    return setting;
  }

  /** Every setting as {@code key: value  # source} lines, for {@code parat config show}. */
  public List<String> describe() {
    List<String> lines = new ArrayList<>();
    lines.add("# config file: " + (configFile != null ? configFile : skippedConfig != null
        ? "none read (--strict sets aside " + skippedConfig + ", found beside the plans)" : "none found"));
    settings.forEach((definition, setting) -> lines.add(String.format("%-18s %-40s # %s", definition.key() + ":",
        shown(definition, setting), setting.source())));
    return lines;
  }

  @SuppressWarnings("unchecked")
  private static <T> Object shown(SettingDefinition<T> definition, Setting<?> setting) {
    return setting.value() == null ? "~" : definition.shown().apply((T) setting.value());
  }
}
