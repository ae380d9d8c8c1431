package dk.parat.report;

import dk.parat.answers.AppliedAnswer;
import dk.parat.checklist.Status;
import dk.parat.gate.GateResult;
import dk.parat.run.Run;
import dk.parat.scoring.ChecklistScore;
import dk.parat.scoring.Evidence;
import dk.parat.scoring.ItemResult;
import dk.parat.text.Lang;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * GitHub Actions workflow commands: first an annotation on each source besides parat's own
 * verdicts (a config file, a checklist file, an answers file, a waiver: what a pull request can
 * add to change a verdict or the gate, so that it shows on the pull request), then one annotation
 * per gap on its line, grouped per plan, the worst first (GitHub shows only the first few of a
 * step), and a Markdown job summary appended to {@code GITHUB_STEP_SUMMARY} when that is set.
 */
public final class GithubReport implements ReportWriter {

  public static final ReportFormat FORMAT = new ReportFormat("github", "parat-github.txt", true,
      o -> new GithubReport(o.lang(), o.stepSummary()));

  /** GitHub refuses job summaries over 1 MiB; stay well below. */
  static final int SUMMARY_LIMIT = 1000 * 1024;

  private final Messages m;
  private final Locations locations;
  private final Path stepSummary;

  /** @param stepSummary the file named by GITHUB_STEP_SUMMARY, or null */
  public GithubReport(Lang lang, Path stepSummary) {
    this.m = new Messages(lang);
    this.locations = new Locations(m);
    this.stepSummary = stepSummary;
  }



  @Override
  public ReportFormat format() {
    return FORMAT;
  }

  @Override
  public void write(Run run, Writer out) throws IOException {
    for (SourceNotes.Note n : sources(run)) {
      out.write(annotation(n));
    }
    for (Run.Scored scored : run.plans()) {
      String path = SarifReport.uri(scored.result().plan().path());
      for (ChecklistScore score : scored.result().scores()) {
        out.write("::group::" + data("parat " + path + " · " + score.checklist().id() + " · "
            + score.band().label().in(m.lang()) + " " + Numbers.score(score.overall()) + "/100") + "\n");
        List<ItemResult> gaps = new ArrayList<>(score.gapsByUrgency().stream().filter(i -> !i.waived()).toList());
        gaps.sort(Comparator.comparingInt(GithubReport::severity));
        for (ItemResult r : gaps) {
          out.write(annotation(path, r, scored));
        }
        out.write("::endgroup::\n");
      }
    }
    for (Run.Unreadable u : run.unreadable()) {
      out.write("::error file=" + property(SarifReport.uri(u.path())) + ",title=" + property("parat: unreadable plan")
          + "::" + data(u.message()) + "\n");
    }
    out.flush();
    if (stepSummary != null) {
      Files.writeString(stepSummary, summary(run), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    }
  }

  /** The run's sources, then each plan's. */
  private List<SourceNotes.Note> sources(Run run) {
    SourceNotes notes = new SourceNotes(m);
    List<SourceNotes.Note> all = new ArrayList<>(notes.ofRun(run.sources()));
    run.plans().forEach(p -> all.addAll(notes.ofPlan(run.sources(), p)));
    return all;
  }

  /** A source that changed a verdict or the gate is a warning on its file and line; others are notices. */
  private static String annotation(SourceNotes.Note n) {
    StringBuilder sb = new StringBuilder("::").append(n.changes() ? "warning" : "notice").append(' ');
    if (n.file() != null) {
      sb.append("file=").append(property(SarifReport.uri(n.file()))).append(',');
      if (n.line() > 0) {
        sb.append("line=").append(n.line()).append(',');
      }
    }
    return sb.append("title=").append(property("parat: " + n.kind().id())).append("::").append(data(n.text()))
        .append('\n').toString();
  }

  private static int severity(ItemResult r) {
    return switch (r.status()) {
      case EXPOSED -> r.item().item().isCritical() ? 0 : 1;
      case MISSING -> 2;
      default -> 3;
    };
  }

  private String annotation(String path, ItemResult r, Run.Scored scored) {
    Evidence first = r.evidence().isEmpty() ? null : r.evidence().get(0);
    AppliedAnswer answer = scored.answer(r);
    int line = first != null ? first.fileLine() : scored.result().plan().firstHeadingLine();
    String command = switch (r.status()) {
      case EXPOSED -> "error";
      case MISSING -> "warning";
      default -> "notice";
    };
    String title = r.item().id() + " " + r.status().id();
    String message = r.item().item().title().in(m.lang()) + " — " + m.status(r.status())
        + (first != null ? " (" + locations.label(first.location()) + "): “" + first.quote() + "”" : "")
        + (answer != null ? "\n" + AnswerText.plain(answer, m) : "") + "\n" + m.get("report.advice") + ": "
        + r.item().item().advice().in(m.lang());
    return "::" + command + " file=" + property(path) + ",line=" + line + ",title=" + property(title) + "::" + data(message) + "\n";
  }

  private String summary(Run run) {
    StringBuilder sb = new StringBuilder("## parat\n\n");
    // What besides parat's own verdicts shaped the gate comes first, where the size limit never cuts it.
    List<SourceNotes.Note> sources = sources(run);
    if (!sources.isEmpty()) {
      sb.append("### ").append(m.get("sources.title")).append("\n\n");
      sources.forEach(n -> sb.append("- ").append(SourceNotes.markdown(n)).append('\n'));
      sb.append('\n');
    }
    sb.append("| plan | checklist | band | score | gate | exposed | missing | partial |\n|---|---|---|---:|---|---:|---:|---:|\n");
    for (Run.Scored scored : run.plans()) {
      for (ChecklistScore s : scored.result().scores()) {
        GateResult gate = scored.gate(s.checklist().id()).orElse(null);
        sb.append("| ").append(Markdown.codeCell(scored.result().plan().path())).append(" | ").append(Markdown.cell(s.checklist().id()))
            .append(" | ").append(Markdown.cell(s.band().label().in(m.lang()))).append(" | ").append(Numbers.score(s.overall()))
            .append(" | ").append(gate == null ? "–" : gate.passed() ? "✅" : "❌").append(" | ")
            .append(s.count(Status.EXPOSED)).append(" | ").append(s.count(Status.MISSING)).append(" | ")
            .append(s.count(Status.PARTIAL) + s.count(Status.UNCLEAR)).append(" |\n");
        if (sb.length() > SUMMARY_LIMIT) {
          return sb.substring(0, SUMMARY_LIMIT) + "\n\n… (cut: GitHub's job summary limit)\n";
        }
      }
    }
    run.unreadable().forEach(u -> sb.append("\n- unreadable: ").append(Markdown.code(u.path())).append(": ")
        .append(Markdown.text(u.message())));
    return sb.append('\n').toString();
  }

  /**
   * Escapes the message of a workflow command as GitHub reads it, so that a line break in a file
   * name or a plan cannot end the command and start another; other control characters are shown
   * as their codes, since the log is read in a terminal-like view.
   */
  static String data(String s) {
    return Printable.visible(s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
  }

  /** Escapes a property value of a workflow command, where ':' and ',' are separators too. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
