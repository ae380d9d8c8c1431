package dk.parat.config;

/** A config file or environment value that cannot be used; the message names where and what to do. */
public final class ConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }
}
