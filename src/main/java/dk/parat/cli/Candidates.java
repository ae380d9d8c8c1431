package dk.parat.cli;

import java.util.Iterator;
import java.util.List;

/** Values an option takes, for its help text and shell completion; picocli makes one from its class. */
abstract class Candidates implements Iterable<String> {

  private final List<String> values;

  Candidates(List<String> values) {
    this.values = List.copyOf(values);
  }

  @Override
  public Iterator<String> iterator() {
    return values.iterator();
  }
}
