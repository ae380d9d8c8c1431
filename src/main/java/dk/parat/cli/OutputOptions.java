package dk.parat.cli;

import dk.parat.files.AtomicFile;
import dk.parat.files.OutputError;
import dk.parat.files.OutputFile;
import dk.parat.report.CsvCells;
import dk.parat.report.HtmlReport;
import dk.parat.report.PlanReportWriter;
import dk.parat.report.ReportFiles;
import dk.parat.report.ReportFormat;
import dk.parat.report.ReportFormats;
import dk.parat.report.ReportOptions;
import dk.parat.report.ReportWriter;
import dk.parat.run.Run;
import dk.parat.text.Lang;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** Report formats, language and destinations. */
final class OutputOptions {

  /** The destination that means standard output: {@code -o -}. */
  static final String STDOUT = "-";

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT[,FORMAT...]", completionCandidates = FormatNames.class,
      description = "Report formats: ${COMPLETION-CANDIDATES}; several with commas. "
          + "Default: markdown, or output.format in .parat.yaml.")
  String format;

  @Option(names = {"-l", "--lang"}, paramLabel = "da|en", completionCandidates = Languages.Codes.class,
      description = "Report language. Default: the plan's declared language, else Danish.")
  String lang;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE|FORMAT=FILE",
      description = "Write the report to FILE instead of standard output (- is standard output); with several "
          + "formats, name each: -o sarif=parat.sarif -o junit=junit.xml. Repeatable.")
  List<String> outputs = new ArrayList<>();

  @Option(names = "--output-dir", paramLabel = "DIR",
      description = "Write every format into DIR: markdown and html a report per plan named after it "
          + "(plan.report.md) and an index; the others one file each (parat.sarif, parat-junit.xml ...).")
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

  @Option(names = "--raw-csv", description = RAW_CSV)
  boolean rawCsv;

  static final String RAW_CSV = "CSV cells as they are: without the leading quote that stops a spreadsheet from "
      + "running a cell that starts with =, +, -, @ as a formula. Only for programs that read the CSV.";

  /** The output settings given on the command line, null where none was given. */
  OutputChoices choices() {
    List<String> formats = format == null ? null
        : Arrays.stream(format.split(",")).map(String::strip).filter(f -> !f.isEmpty()).toList();
    return new OutputChoices(formats, lang, outputDir, rawCsv ? true : null, null);
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

  private ReportWriter writer(String name, Lang language, CsvCells csv, Io io) {
    String summary = io.env("GITHUB_STEP_SUMMARY");
    return format(name).writer().apply(new ReportOptions(language, showPatterns, detail,
        summary == null ? null : Path.of(summary), csv));
  }

  /**
   * Writes the run in every format to its destination: {@code -o FORMAT=FILE}, a single
   * {@code -o FILE}, the output folder, or standard output ({@code -o -}, or nothing named).
   * Every destination is checked before the first is written: no format over another, none
   * over an input, none into a folder.
   *
   * @param inputs the files the run reads (plans, answers, config, checklists), never written over
   */
  void writeAll(Io io, List<String> formats, Path dir, Lang language, CsvCells csv, Run run, Collection<Path> inputs)
      throws IOException {
    Map<String, String> named = new LinkedHashMap<>();
    String single = null;
    for (String o : outputs) {
      int eq = o.indexOf('=');
      if (eq > 0 && ReportFormats.names().contains(o.substring(0, eq))) {
        named.put(o.substring(0, eq), o.substring(eq + 1));
      } else if (single == null) {
        single = o;
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
    Map<String, OutputFile> files = new LinkedHashMap<>();
    List<String> toStdout = new ArrayList<>();
    List<Job> jobs = new ArrayList<>();
    for (String f : all) {
      ReportWriter writer = writer(f, language, csv, io);
      String given = named.containsKey(f) ? named.get(f) : single;
      boolean intoFolder = given == null && dir != null;
      if (writer instanceof HtmlReport && !intoFolder && run.plans().size() > 1) {
        throw new UserError("html writes a page per plan, and " + run.plans().size() + " plans cannot share one; "
            + "use --output-dir DIR for a report per plan and an index");
      }
      if (STDOUT.equals(given) || given == null && dir == null) {
        toStdout.add(f);
        jobs.add(new Job(null, out -> writer.write(run, out)));
      } else if (given != null) {
        jobs.add(new Job(destination(files, f, OutputFile.named(io.workingDir().resolve(given), given)),
            out -> writer.write(run, out)));
      } else if (writer instanceof PlanReportWriter plans) {
        perPlan(io, f, plans, dir, run, files, jobs);
      } else {
        Path inDir = dir.resolve(writer.format().fileName());
        jobs.add(new Job(destination(files, f, OutputFile.inFolder(io.workingDir().resolve(inDir), inDir.toString())),
            out -> writer.write(run, out)));
      }
    }
    if (toStdout.size() > 1) {
      throw new UserError("several formats (" + String.join(", ", toStdout) + ") cannot all go to standard output; "
          + "use --output-dir DIR or -o FORMAT=FILE");
    }
    checkDestinations(files, inputs);
    for (Job job : jobs) {
      if (job.file() == null) {
        job.content().write(io.out());
        io.out().flush();
      } else {
        job.file().write(job.content());
        if (!quiet) {
          io.err().println("parat: wrote " + job.file().shown());
        }
      }
    }
  }

  /** One file to write and what goes in it; no file for standard output. */
  private record Job(OutputFile file, AtomicFile.Content content) {}

  private static OutputFile destination(Map<String, OutputFile> files, String label, OutputFile file) {
    files.put(label, file);
    return file;
  }

  /** Into a folder, each plan's report under its own name, and an index when the run had several plans. */
  private static void perPlan(Io io, String format, PlanReportWriter writer, Path dir, Run run,
      Map<String, OutputFile> files, List<Job> jobs) throws OutputError {
    List<String> names = ReportFiles.names(run.plans().stream().map(p -> p.result().plan().path()).toList(),
        writer.format().extension());
    for (int i = 0; i < names.size(); i++) {
      Run one = new Run(List.of(run.plans().get(i)), List.of(), run.sources());
      Path inDir = dir.resolve(names.get(i));
      jobs.add(new Job(destination(files, format + " " + names.get(i),
          OutputFile.inFolder(io.workingDir().resolve(inDir), inDir.toString())), out -> writer.write(one, out)));
    }
    if (run.plans().size() + run.unreadable().size() > 1) {
      Path index = dir.resolve("index" + writer.format().extension());
      jobs.add(new Job(destination(files, format + " index", OutputFile.inFolder(io.workingDir().resolve(index),
          index.toString())), out -> writer.writeIndex(run, names, out)));
    }
  }

  /** Two formats into one file would keep only the last; a report over a plan would destroy it. */
  private static void checkDestinations(Map<String, OutputFile> files, Collection<Path> inputs) throws OutputError {
    List<Map.Entry<String, OutputFile>> entries = new ArrayList<>(files.entrySet());
    for (int i = 0; i < entries.size(); i++) {
      OutputFile file = entries.get(i).getValue();
      file.refuseInputs(inputs, "a file");
      for (int j = 0; j < i; j++) {
        if (file.collidesWith(entries.get(j).getValue())) {
          throw new OutputError(file.shown() + ": both " + entries.get(j).getKey() + " and " + entries.get(i).getKey()
              + " would be written to this file, and only the last would remain; give each format its own file");
        }
      }
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
