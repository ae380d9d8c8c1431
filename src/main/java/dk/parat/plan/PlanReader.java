package dk.parat.plan;

import dk.parat.files.InputError;
import java.util.List;

/**
 * Reads one file format into a {@link Plan}. A new format is a {@link PlanFormat}, an
 * implementation in a subpackage of its own, and its line in META-INF/services/dk.parat.plan.PlanReader.
 */
public interface PlanReader {

  /** The format it reads. */
  PlanFormat format();

  /** File name endings this reader takes, lower case, with the dot. */
  default List<String> extensions() {
    return format().extensions();
  }

  Plan read(String path, byte[] content) throws InputError;
}
