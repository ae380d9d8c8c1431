package dk.parat.cli;

import dk.parat.report.CsvReport;
import dk.parat.report.GithubReport;
import dk.parat.report.JsonReport;
import dk.parat.report.JunitReport;
import dk.parat.report.MarkdownReport;
import dk.parat.report.OutputFile;
import dk.parat.report.ReportWriter;
import dk.parat.report.SarifReport;
import dk.parat.run.Run;
import dk.parat.text.Lang;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** Report formats, language and destinations. */
final class OutputOptions {

  static final List<String> FORMATS = List.of("markdown", "csv", "json", "sarif", "junit", "github");

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT[,FORMAT...]",
      description = "Report formats: markdown, csv, json, sarif, junit, github; several with commas. "
          + "Default: markdown, or output.format in .parat.yaml.")
  String format;

  @Option(names = {"-l", "--lang"}, paramLabel = "da|en",
      description = "Report language. Default: the plan's declared language, else Danish.")
  String lang;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE|FORMAT=FILE",
      description = "Write the report to FILE instead of standard output; with several formats, name each: "
          + "-o sarif=parat.sarif -o junit=junit.xml. Repeatable.")
  List<String> outputs = new ArrayList<>();

  @Option(names = "--output-dir", paramLabel = "DIR",
      description = "Write every format into DIR under its own name (parat.md, parat.sarif, parat-junit.xml ...).")
  Path outputDir;

  @Option(names = "--show-patterns",
      description = "Show beside each quote the checklist pattern that found it (for checklist authors).")
  boolean showPatterns;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing but the report and errors.")
  boolean quiet;

  @Option(names = "--no-color", description = "No colour. parat's reports hold none; accepted for scripts that pass it to every tool.")
  boolean noColor;

  List<String> formats() {
    return format == null ? null : Arrays.stream(format.split(",")).map(String::strip).filter(f -> !f.isEmpty()).toList();
  }

  static Lang language(String chosen, String planLanguage) {
    if (chosen != null) {
      return Languages.parse(chosen);
    }
    Lang declared = Lang.parse(planLanguage);
    return declared == null ? Lang.DA : declared;
  }

  ReportWriter writer(String format, Lang language, Io io) {
    return switch (format) {
      case "markdown", "md" -> new MarkdownReport(language, showPatterns);
      case "csv" -> new CsvReport(language);
      case "json" -> new JsonReport(language);
      case "sarif" -> new SarifReport(language);
      case "junit" -> new JunitReport(language);
      case "github" -> new GithubReport(language, io.env("GITHUB_STEP_SUMMARY") == null ? null
          : Path.of(io.env("GITHUB_STEP_SUMMARY")));
      default -> throw new UserError("--format '" + format + "' is not a format parat writes; use "
          + String.join(", ", FORMATS));
    };
  }

  /**
   * Writes the run in every format to its destination: {@code -o FORMAT=FILE}, a single
   * {@code -o FILE}, the output folder, or standard output.
   */
  void writeAll(Io io, List<String> formats, Path dir, Lang language, Run run) throws IOException {
    Map<String, Path> named = new LinkedHashMap<>();
    Path single = null;
    for (String o : outputs) {
      int eq = o.indexOf('=');
      if (eq > 0 && FORMATS.contains(o.substring(0, eq))) {
        named.put(o.substring(0, eq), Path.of(o.substring(eq + 1)));
      } else if (single == null) {
        single = Path.of(o);
      } else {
        throw new UserError("-o is given twice without a format; write -o FORMAT=FILE for each format");
      }
    }
    List<String> all = new ArrayList<>(formats);
    named.keySet().stream().filter(f -> !all.contains(f)).forEach(all::add);
    if (single != null && all.size() > 1) {
      throw new UserError("-o " + single + " names one file for " + all.size() + " formats; write -o FORMAT=FILE "
          + "for each, or use --output-dir");
    }
    long toStdout = all.stream().filter(f -> !named.containsKey(f)).count();
    if (single == null && dir == null && toStdout > 1) {
      throw new UserError("several formats (" + String.join(", ", all) + ") cannot all go to standard output; "
          + "use --output-dir DIR or -o FORMAT=FILE");
    }
    for (String f : all) {
      ReportWriter writer = writer(f, language, io);
      Path target = named.containsKey(f) ? named.get(f) : single != null ? single : dir != null ? dir.resolve(writer.fileName()) : null;
      if (target == null) {
        writer.write(run, io.out());
        io.out().flush();
      } else {
        Path file = io.workingDir().resolve(target);
        writeFile(file, out -> writer.write(run, out));
        if (!quiet) {
          io.err().println("parat: wrote " + target);
        }
      }
    }
  }

  /** Writes a whole file or nothing: a reader never sees half a report. */
  static void writeFile(Path target, WriterAction action) throws IOException {
    try (OutputFile file = OutputFile.create(target)) {
      action.write(file.writer());
      file.commit();
    }
  }

  /** Something that writes a report. */
  @FunctionalInterface
  interface WriterAction {
    void write(Writer out) throws IOException;
  }
}
