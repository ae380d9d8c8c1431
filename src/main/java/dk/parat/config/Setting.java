package dk.parat.config;

/** An effective setting and where its value came from ("--fail-on", "PARAT_FAIL_ON", ".parat.yaml:3", "default"). */
public record Setting<T>(T value, String source) {

  public boolean isSet() {
    return value != null;
  }
}
