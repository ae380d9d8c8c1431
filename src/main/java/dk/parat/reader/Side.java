package dk.parat.reader;

import java.util.Arrays;

/**
 * One thing the reader looks for: the sentences that support an insight, guard against a
 * pitfall, or show its red flag.
 *
 * @param bias the model's weight before any run of letters is seen
 */
public record Side(String item, Kind kind, double bias) {

  /** What a sentence the side finds shows. */
  public enum Kind {
    SUPPORT("support"),
    GUARD("guard"),
    RED_FLAG("red-flag");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }

    static Kind parse(String id) {
      return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("'" + id + "' is not support, guard or red-flag"));
    }
  }
}
