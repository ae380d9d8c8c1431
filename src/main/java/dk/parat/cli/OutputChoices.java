package dk.parat.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * The output settings a command was given on its command line, each null where it was not, so
 * that the environment or the config file decides.
 */
record OutputChoices(List<String> formats, String lang, Path outputDir, Boolean rawCsv, String csvDialect) {

  /** A command with no output options of its own. */
  static final OutputChoices NONE = new OutputChoices(null, null, null, null, null);
}
