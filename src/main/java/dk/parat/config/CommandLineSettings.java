package dk.parat.config;

import java.util.HashMap;
import java.util.Map;

/** The settings given as options on the command line; those not given are absent. */
public final class CommandLineSettings {

  private final Map<SettingDefinition<?>, Object> given = new HashMap<>();

  /** Records an option's value; a null value is an option not given. */
  public <T> CommandLineSettings with(SettingDefinition<T> setting, T value) {
    if (value != null) {
      given.put(setting, value);
    }
    return this;
  }

  @SuppressWarnings("unchecked")
  <T> T get(SettingDefinition<T> setting) {
    return (T) given.get(setting);
  }
}
