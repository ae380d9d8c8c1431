package dk.parat.cli;

import dk.parat.files.AtomicFile;
import dk.parat.report.ReportFormat;
import dk.parat.report.PlanReportWriter;
import dk.parat.report.ReportFiles;
import dk.parat.report.ReportFormats;
import dk.parat.report.ReportOptions;
import dk.parat.report.ReportWriter;
import dk.parat.run.Run;
import dk.parat.text.Lang;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** Report formats, language and destinations. */
final class OutputOptions {

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT[,FORMAT...]", completionCandidates = FormatNames.class,
      description = "Report formats: ${COMPLETION-CANDIDATES}; several with commas. "
          + "Default: markdown, or output.format in .parat.yaml.")
  String format;

  @Option(names = {"-l", "--lang"}, paramLabel = "da|en", completionCandidates = Languages.Codes.class,
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

  @Option(names = "--detail",
      description = "The whole consultant's report (markdown, html): every item with its evidence, what was not "
          + "counted, questions and answers. Default: the short report, the first page and the gaps.")
  boolean detail;

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

  /** The format named on the command line or in the config, or a usage error that lists the formats. */
  static ReportFormat format(String name) {
    return ReportFormats.find(name).orElseThrow(() -> new UserError("--format '" + name
        + "' is not a format parat writes; use " + String.join(", ", ReportFormats.names())));
  }

  /** Whether a format has anything to say about a run that scored no plan. */
  static boolean reportsUnreadable(String name) {
    return ReportFormats.find(name).map(ReportFormat::reportsUnreadable).orElse(false);
  }

  private ReportWriter writer(String name, Lang language, Io io) {
    String summary = io.env("GITHUB_STEP_SUMMARY");
    return format(name).writer().apply(new ReportOptions(language, showPatterns, detail, summary == null ? null : Path.of(summary)));
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
      if (eq > 0 && ReportFormats.names().contains(o.substring(0, eq))) {
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
      Path target = named.containsKey(f) ? named.get(f) : single != null ? single
          : dir != null ? dir.resolve(writer.format().fileName()) : null;
      boolean intoFolder = !named.containsKey(f) && single == null && dir != null;
      if (intoFolder && writer instanceof PlanReportWriter plans) {
        writePerPlan(io, plans, dir, run);
      } else if (target == null) {
        writer.write(run, io.out());
        io.out().flush();
      } else {
        write(io, target, out -> writer.write(run, out));
      }
    }
  }

  /** Each plan's report under its own name in the folder, and an index when the run had several plans. */
  private void writePerPlan(Io io, PlanReportWriter writer, Path dir, Run run) throws IOException {
    List<String> names = ReportFiles.names(run.plans().stream().map(p -> p.result().plan().path()).toList(),
        writer.format().extension());
    for (int i = 0; i < names.size(); i++) {
      Run one = new Run(List.of(run.plans().get(i)), List.of());
      write(io, dir.resolve(names.get(i)), out -> writer.write(one, out));
    }
    if (run.plans().size() + run.unreadable().size() > 1) {
      write(io, dir.resolve("index" + writer.format().extension()), out -> writer.writeIndex(run, names, out));
    }
  }

  private void write(Io io, Path target, AtomicFile.Content body) throws IOException {
    AtomicFile.write(io.workingDir().resolve(target), body);
    if (!quiet) {
      io.err().println("parat: wrote " + target);
    }
  }

  /** The format names, for the help text and shell completion. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return ReportFormats.names().iterator();
    }
  }
}
