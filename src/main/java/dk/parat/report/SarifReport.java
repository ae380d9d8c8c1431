package dk.parat.report;

import dk.parat.answers.AppliedAnswer;
import dk.parat.checklist.Checklist;
import dk.parat.checklist.CompiledChecklist;
import dk.parat.checklist.CompiledItem;
import dk.parat.checklist.Item;
import dk.parat.run.Run;
import dk.parat.scoring.ChecklistScore;
import dk.parat.scoring.Evidence;
import dk.parat.scoring.ItemResult;
import dk.parat.text.Lang;
import dk.parat.waiver.Waiver;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: one run per checklist, every item a rule, one
 * result per gap located on the line of its evidence (or of the nearest heading, or line 1,
 * when the gap is an absence), fingerprinted by plan, item and section so that moving text
 * does not open a new alert. Waived gaps are suppressed with their justification.
 */
public final class SarifReport implements ReportWriter {

  public static final ReportFormat FORMAT = new ReportFormat("sarif", "parat.sarif", false,
      o -> new SarifReport(o.lang()));

  private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private final Messages m;
  private final Locations locations;

  public SarifReport(Lang lang) {
    this.m = new Messages(lang);
    this.locations = new Locations(m);
  }



  @Override
  public ReportFormat format() {
    return FORMAT;
  }

  @Override
  public void write(Run run, Writer out) throws IOException {
    Map<String, CompiledChecklist> checklists = new LinkedHashMap<>();
    run.plans().forEach(p -> p.result().scores().forEach(s -> checklists.putIfAbsent(s.checklist().id(), s.checklist())));
    SarifModel.RunProperties sources = new SarifModel.RunProperties(JsonReport.sources(run.sources()),
        run.plans().stream().map(p -> new SarifModel.PlanSources(uri(p.result().plan().path()), JsonReport.sources(p)))
            .toList());
    Json.writeXmlSafe(new SarifModel.Log(SCHEMA, "2.1.0", checklists.values().stream().map(c -> run(c, run, sources))
        .toList()), out);
  }

  private SarifModel.RunJson run(CompiledChecklist checklist, Run run, SarifModel.RunProperties sources) {
    List<SarifModel.Rule> rules = new ArrayList<>();
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    for (CompiledItem item : checklist.items()) {
      ruleIndex.put(item.id(), rules.size());
      rules.add(rule(checklist.checklist(), item));
    }
    List<SarifModel.Result> results = new ArrayList<>();
    for (Run.Scored scored : run.plans()) {
      for (ChecklistScore score : scored.result().scores()) {
        if (!score.checklist().id().equals(checklist.id())) {
          continue;
        }
        for (ItemResult r : score.items()) {
          if (r.status().isGap()) {
            results.add(result(scored, r, ruleIndex.get(r.item().id())));
          }
        }
      }
    }
    return new SarifModel.RunJson(
        new SarifModel.Tool(new SarifModel.Driver("parat", Version.get(), Version.get(), rules)),
        new SarifModel.AutomationDetails("parat/" + checklist.id() + "/"), "unicodeCodePoints", results, sources);
  }

  private SarifModel.Rule rule(Checklist checklist, CompiledItem compiled) {
    Item item = compiled.item();
    Lang lang = m.lang();
    StringBuilder help = new StringBuilder(item.description().in(lang)).append("\n\n")
        .append(m.get("report.advice")).append(": ").append(item.advice().in(lang)).append("\n\n")
        .append(m.get("report.questions")).append(":\n");
    StringBuilder markdown = new StringBuilder(Markdown.text(item.description().in(lang))).append("\n\n**")
        .append(m.get("report.advice")).append(":** ").append(Markdown.text(item.advice().in(lang))).append("\n\n**")
        .append(m.get("report.questions")).append(":**\n\n");
    for (String q : item.questions().in(lang)) {
      help.append("- ").append(q).append('\n');
      markdown.append("- ").append(Markdown.text(q)).append('\n');
    }
    String source = (checklist.publication() == null ? checklist.title().in(lang) : checklist.publication().title())
        + ", " + m.get("report.page") + " " + item.page();
    help.append('\n').append(m.get("report.read")).append(": ").append(source);
    markdown.append('\n').append(m.get("report.read")).append(": *").append(Markdown.text(source)).append('*');
    return new SarifModel.Rule(item.id(), pascal(item.title().en()), new SarifModel.Message(item.title().in(lang)),
        new SarifModel.Message(item.description().in(lang)), new SarifModel.Help(help.toString(), markdown.toString()),
        checklist.publication() == null ? null : checklist.publication().url(),
        new SarifModel.Configuration(item.kind().isPitfall() && item.isCritical() ? "error" : "warning"),
        new SarifModel.RuleProperties(List.of("parat", checklist.id(), item.kind().id()), compiled.chapter().id(),
            item.page()));
  }

  private SarifModel.Result result(Run.Scored scored, ItemResult r, int ruleIndex) {
    var plan = scored.result().plan();
    Evidence first = r.evidence().isEmpty() ? null : r.evidence().get(0);
    int line = first != null ? first.fileLine() : scored.result().plan().firstHeadingLine();
    List<String> section = first != null ? first.headingPath() : List.of();
    StringBuilder message = new StringBuilder(r.item().id()).append(' ').append(r.item().item().title().in(m.lang()))
        .append(": ").append(r.status().id()).append(" (").append(m.status(r.status())).append(")");
    if (first != null) {
      message.append(" — ").append(locations.label(first.location())).append(": “").append(first.quote()).append('”');
    }
    AppliedAnswer answer = scored.answer(r);
    if (answer != null) {
      message.append(". ").append(AnswerText.plain(answer, m));
    }
    message.append(". ").append(r.item().item().advice().in(m.lang()));
    String uri = uri(plan.path());
    Waiver w = r.waiver();
    return new SarifModel.Result(r.item().id(), ruleIndex, level(r), new SarifModel.Message(message.toString()),
        List.of(location(uri, line)),
        new SarifModel.PartialFingerprints(fingerprint(uri + "|" + r.item().id() + "|" + String.join(" › ", section))),
        new SarifModel.ResultProperties(r.status().id(), r.foundStatus().id(), r.weight(),
            answer == null ? null : answer.answer().by(), answer == null ? null : answer.answer().timestamp(),
            answer == null ? null : scored.answers().source(), answer == null ? null : answer.stale(),
            w == null ? null : w.declaredIn() + ":" + w.line()),
        w != null && r.waiverActive() ? List.of(new SarifModel.Suppression("external", "accepted",
            w.reason() + (w.owner() == null ? "" : " (" + w.owner() + ")"), location(uri(w.declaredIn()), w.line())))
            : null);
  }

  private static SarifModel.Location location(String uri, int line) {
    return new SarifModel.Location(new SarifModel.PhysicalLocation(new SarifModel.ArtifactLocation(uri),
        new SarifModel.Region(Math.max(line, 1))));
  }

  private static String level(ItemResult r) {
    return switch (r.status()) {
      case EXPOSED -> "error";
      case MISSING -> "warning";
      default -> "note";
    };
  }

  /** A path relative to the working folder, with forward slashes, as code scanning expects. */
  static String uri(String path) {
    Path p = Path.of(path);
    if (p.isAbsolute()) {
      Path cwd = Path.of("").toAbsolutePath();
      if (p.startsWith(cwd)) {
        p = cwd.relativize(p);
      }
    }
    return p.normalize().toString().replace('\\', '/');
  }

  private static String pascal(String title) {
    StringBuilder sb = new StringBuilder();
    for (String word : title.split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        sb.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return sb.toString();
  }

  private static String fingerprint(String key) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
