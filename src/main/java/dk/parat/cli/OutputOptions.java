package dk.parat.cli;

import dk.parat.report.CsvReport;
import dk.parat.report.MarkdownReport;
import dk.parat.report.ReportWriter;
import dk.parat.text.Lang;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine.Option;

/** Report format, language and destination. */
final class OutputOptions {

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "markdown",
      description = "Report format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = {"-l", "--lang"}, paramLabel = "da|en",
      description = "Report language. Default: the plan's declared language, else Danish.")
  String lang;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
  Path output;

  @Option(names = "--show-patterns",
      description = "Show beside each quote the checklist pattern that found it (for checklist authors).")
  boolean showPatterns;

  /** The formats parat writes. */
  enum Format { markdown, csv }

  Lang language(String planLanguage) {
    if (lang != null) {
      return Languages.parse(lang);
    }
    Lang declared = Lang.parse(planLanguage);
    return declared == null ? Lang.DA : declared;
  }

  ReportWriter writer(Lang language) {
    return switch (format) {
      case markdown -> new MarkdownReport(language, showPatterns);
      case csv -> new CsvReport(language);
    };
  }

  /** Writes to the output file (whole or not at all) or to standard output. */
  void write(Io io, WriterAction action) throws IOException {
    if (output == null) {
      action.write(io.out());
      io.out().flush();
      return;
    }
    Path target = io.workingDir().resolve(output);
    Path parent = target.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Path tmp = Files.createTempFile(parent, ".parat-", ".tmp");
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      action.write(w);
    }
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Something that writes a report. */
  @FunctionalInterface
  interface WriterAction {
    void write(Writer out) throws IOException;
  }
}
