package dk.parat.plan;

import dk.parat.files.InputError;
import java.util.List;

/** Reads one file format into a {@link Plan}. New formats are new implementations. */
public interface PlanReader {

  /** The format it reads. */
  PlanFormat format();

  /** File name endings this reader takes, lower case, with the dot. */
  List<String> extensions();

  Plan read(String path, byte[] content) throws InputError;
}
