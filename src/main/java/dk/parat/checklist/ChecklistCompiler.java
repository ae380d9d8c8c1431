package dk.parat.checklist;

import dk.parat.checklist.ChecklistException.Problem;
import dk.parat.plan.PlanContext;
import dk.parat.text.Lang;
import dk.parat.text.Pattern;
import dk.parat.text.PatternCompiler;
import dk.parat.text.PatternSyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Validates a parsed checklist beyond what its YAML shape says (ids, translations, kinds,
 * references, contexts) and compiles its patterns. Collects every problem before failing, so
 * an author fixes a file in one round.
 */
final class ChecklistCompiler {

  private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]*");

  private final PatternCompiler patterns;
  private final YamlSource source;
  private final SourceLocator locator;
  private final List<Problem> problems = new ArrayList<>();

  ChecklistCompiler(PatternCompiler patterns, YamlSource source) {
    this.patterns = patterns;
    this.source = source;
    this.locator = new SourceLocator(source.text());
  }

  CompiledChecklist compile(Checklist c) throws ChecklistException {
    int top = 0;
    if (c.id() == null || !ID.matcher(c.id()).matches()) {
      problem(top, "'id' is missing or not lower-case letters, digits and dashes; write e.g. 'id: min-tjekliste'");
    }
    require(c.version(), top, "version");
    text(c.title(), top, "title");
    if (c.language() != null && Lang.parse(c.language()) == null) {
      problem(locator.find("language:", 0), "'language' must be 'da' or 'en'");
    }
    Map<String, Integer> bandOrder = bands(c);
    List<CompiledItem> items = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    Set<String> chapterIds = new HashSet<>();
    if (c.chapters().isEmpty()) {
      problem(top, "the checklist has no chapters; add 'chapters:' with at least one chapter and item");
    }
    for (Chapter chapter : c.chapters()) {
      int at = locator.idOffset(String.valueOf(chapter.id()), 0);
      if (chapter.id() == null || !chapterIds.add(chapter.id())) {
        problem(at, "chapter id '" + chapter.id() + "' is missing or used twice; give each chapter its own id");
      }
      text(chapter.title(), at, "chapter title");
      if (chapter.items().isEmpty()) {
        problem(at, "chapter '" + chapter.id() + "' has no items");
      }
      for (Item item : chapter.items()) {
        int n = seen.merge(String.valueOf(item.id()), 1, Integer::sum) - 1;
        CompiledItem compiled = item(c, chapter, item, locator.idOffset(String.valueOf(item.id()), n), n > 0);
        if (compiled != null) {
          items.add(compiled);
        }
      }
    }
    overrides(c, bandOrder, seen.keySet());
    for (String calibrated : c.calibration().items().keySet()) {
      if (!seen.containsKey(calibrated)) {
        problem(locator.find(calibrated + ":", 0), "calibration names item '" + calibrated
            + "', which this checklist does not have; run 'parat checklist calibrate' again");
      }
    }
    if (!problems.isEmpty()) {
      throw new ChecklistException(problems);
    }
    return new CompiledChecklist(c, source.name(), source.bundled(), List.copyOf(items));
  }

  private Map<String, Integer> bands(Checklist c) {
    Map<String, Integer> order = new HashMap<>();
    int at = locator.find("bands:", 0);
    if (c.bands().isEmpty()) {
      problem(at, "the checklist has no bands; add five 'bands:' from best to worst (see docs/checklist-format.md)");
    }
    double previous = Double.MAX_VALUE;
    for (Band band : c.bands()) {
      int bandAt = locator.idOffset(String.valueOf(band.id()), 0);
      if (band.id() == null || order.putIfAbsent(band.id(), order.size()) != null) {
        problem(bandAt, "band id '" + band.id() + "' is missing or used twice");
      }
      if (band.min() >= previous) {
        problem(bandAt, "band '" + band.id() + "' has min " + band.min()
            + ", not below the band before it; list bands from best to worst with falling minimums");
      }
      previous = band.min();
      text(band.label(), bandAt, "band label");
      text(band.meaning(), bandAt, "band meaning");
    }
    if (!c.bands().isEmpty() && c.bands().get(c.bands().size() - 1).min() > 0) {
      problem(at, "the last band must have 'min: 0' so that every score gets a band");
    }
    return order;
  }

  private void overrides(Checklist c, Map<String, Integer> bands, Set<String> itemIds) {
    Set<String> ids = new HashSet<>();
    for (OverrideRule rule : c.overrides()) {
      int at = locator.idOffset(String.valueOf(rule.id()), 0);
      if (rule.id() == null || !ids.add(rule.id())) {
        problem(at, "override id '" + rule.id() + "' is missing or used twice");
      }
      if (!bands.containsKey(rule.cap())) {
        problem(at, "override '" + rule.id() + "' caps at '" + rule.cap() + "', which is not a band id; use one of "
            + bands.keySet());
      }
      text(rule.reason(), at, "override reason");
      if (rule.when() == null || rule.when().status().isEmpty()) {
        problem(at, "override '" + rule.id() + "' needs 'when: {status: ...}'");
        continue;
      }
      for (String status : rule.when().status()) {
        if (Status.parse(status).isEmpty()) {
          problem(at, "override '" + rule.id() + "' names an unknown status '" + status + "'");
        }
      }
      for (String item : rule.when().items()) {
        if (!itemIds.contains(item)) {
          problem(at, "override '" + rule.id() + "' names item '" + item + "', which this checklist does not have");
        }
      }
    }
  }

  private CompiledItem item(Checklist c, Chapter chapter, Item item, int at, boolean duplicate) {
    int before = problems.size();
    if (item.id() == null) {
      problem(at, "an item in chapter '" + chapter.id() + "' has no id");
      return null;
    }
    if (duplicate) {
      problem(at, "item id '" + item.id() + "' is used twice; ids are fixed and unique within a checklist");
    }
    String label = "item " + item.id();
    if (item.kind() == null) {
      problem(at, label + " has no 'kind'; use insight, pitfall, question or principle");
      return null;
    }
    text(item.title(), at, label + " title");
    text(item.description(), at, label + " description");
    text(item.advice(), at, label + " advice");
    for (Lang lang : Lang.values()) {
      if (item.questions().in(lang).isEmpty()) {
        problem(at, label + " has no questions in '" + lang.code() + "'; add at least one question per language");
      }
    }
    if (item.page() == null || item.page() < 1) {
      problem(at, label + " has no 'page'; cite the printed page of the publication");
    }
    if (item.weight() != null && item.weight() <= 0) {
      problem(at, label + " has weight " + item.weight() + "; weights must be above 0 (use not_applicable to set an item aside)");
    }
    if (item.isCritical() && !item.kind().isPitfall()) {
      problem(at, label + " is marked critical, but only pitfalls can be critical");
    }
    item.weightWhen().forEach(rule -> condition(rule.when(), at, label));
    item.notApplicable().forEach(rule -> {
      condition(rule.when(), at, label);
      text(rule.reason(), at, label + " not_applicable reason");
    });
    EvidenceRules rules = item.evidence();
    List<Rule> topic = rules(rules.topic(), at, label);
    List<Rule> strong = rules(rules.strong(), at, label);
    List<Rule> guard = rules(rules.guard(), at, label);
    List<Rule> weakGuard = rules(rules.weakGuard(), at, label);
    List<Rule> exposure = rules(rules.exposure(), at, label);
    List<Rule> weakExposure = rules(rules.weakExposure(), at, label);
    List<Rule> cues = rules(rules.cues(), at, label);
    List<Pattern> sections = compile(rules.sections(), at, label);
    if (item.kind().isPitfall()) {
      if (guard.isEmpty() || exposure.isEmpty() && weakExposure.isEmpty()) {
        problem(at, label + " is a pitfall and needs 'evidence.guard' and 'evidence.exposure' (or 'weak_exposure') patterns");
      }
      if (!topic.isEmpty() || !strong.isEmpty()) {
        problem(at, label + " is a pitfall; move its 'topic' and 'strong' patterns to 'guard', 'weak_guard' or 'exposure'");
      }
    } else {
      if (topic.isEmpty() && strong.isEmpty()) {
        problem(at, label + " needs 'evidence.topic' or 'evidence.strong' patterns");
      }
      if (!guard.isEmpty() || !weakGuard.isEmpty() || !exposure.isEmpty() || !weakExposure.isEmpty()) {
        problem(at, label + " is a " + item.kind().id() + "; only pitfalls have 'guard', 'weak_guard', 'exposure' and 'weak_exposure'");
      }
    }
    if (!sections.isEmpty() && cues.isEmpty()) {
      problem(at, label + " has 'sections' but no 'cues'; a heading lends its topic only to sentences that match a cue");
    }
    for (String key : item.examples().keySet()) {
      Optional<Status> status = Status.parse(key);
      if (status.isEmpty() || status.get() == Status.NOT_APPLICABLE || !status.get().fits(item.kind())) {
        problem(locator.find(key + ":", at), label + ": examples are keyed by the statuses a " + item.kind().id()
            + " can get (" + (item.kind().isPitfall() ? "guarded, unclear, exposed" : "covered, partial, missing")
            + "), not '" + key + "'");
      }
    }
    ScoringDefaults scoring = c.scoring();
    int strength = rules.coveredStrength() != null ? rules.coveredStrength()
        : item.kind().isPitfall() ? scoring.guardedStrengthOrDefault() : scoring.coveredStrengthOrDefault();
    if (problems.size() > before) {
      return null;
    }
    Thresholds defaults = new Thresholds(strength, scoring.strongMentionsOrDefault(), scoring.redFlagsOrDefault(),
        scoring.headingCreditOrDefault());
    Calibration.ItemCalibration fitted = c.calibration().items().get(item.id());
    Thresholds thresholds = fitted == null ? defaults : defaults.with(fitted);
    return new CompiledItem(item, chapter, topic, strong, guard, weakGuard, exposure, weakExposure, sections, cues, thresholds);
  }

  /**
   * Patterns with their polarity: a leading '!' counts only where the plan negates what the pattern
   * finds; a leading '<' counts also where the plan speaks of the past.
   */
  private List<Rule> rules(TextList list, int at, String label) {
    List<Rule> compiled = new ArrayList<>();
    for (Lang lang : Lang.values()) {
      for (String source : list.in(lang)) {
        boolean negated = source != null && source.strip().startsWith("!");
        String body = negated ? source.strip().substring(1) : source;
        boolean aboutThePast = body != null && body.strip().startsWith("<");
        body = aboutThePast ? body.strip().substring(1) : body;
        try {
          compiled.add(new Rule(patterns.compile(body, lang), negated, aboutThePast));
        } catch (PatternSyntaxException e) {
          problem(locator.find(source == null ? "" : source, at), label + ": pattern " + e.getMessage());
        }
      }
    }
    return List.copyOf(compiled);
  }

  private List<Pattern> compile(TextList list, int at, String label) {
    List<Pattern> compiled = new ArrayList<>();
    for (Lang lang : Lang.values()) {
      for (String source : list.in(lang)) {
        try {
          compiled.add(patterns.compile(source, lang));
        } catch (PatternSyntaxException e) {
          problem(locator.find(source == null ? "" : source, at), label + ": pattern " + e.getMessage());
        }
      }
    }
    return List.copyOf(compiled);
  }

  private void condition(Condition when, int at, String label) {
    if (when == null) {
      problem(at, label + " has a rule without 'when'");
      return;
    }
    values(when.phase(), PlanContext.PHASES, "phase", at, label);
    values(when.maturity(), PlanContext.MATURITIES, "maturity", at, label);
    values(when.scale(), PlanContext.SCALES, "scale", at, label);
    values(when.audience(), PlanContext.AUDIENCES, "audience", at, label);
  }

  private void values(List<String> values, List<String> allowed, String key, int at, String label) {
    if (values == null) {
      return;
    }
    for (String v : values) {
      if (!allowed.contains(v)) {
        problem(locator.find(v, at), label + ": '" + v + "' is not a " + key + "; use one of " + allowed);
      }
    }
  }

  private void text(Text text, int at, String what) {
    if (text == null) {
      problem(at, what + " is missing; write it in Danish and English: {da: \"...\", en: \"...\"}");
      return;
    }
    if (text.da() == null || text.da().isBlank()) {
      problem(at, what + " has no Danish text ('da')");
    }
    if (text.en() == null || text.en().isBlank()) {
      problem(at, what + " has no English translation ('en')");
    }
  }

  private void require(String value, int at, String key) {
    if (value == null || value.isBlank()) {
      problem(at, "'" + key + "' is missing");
    }
  }

  private void problem(int offset, String message) {
    problems.add(new Problem(source.name(), locator.line(offset), locator.column(offset), message));
  }
}
