package dk.parat.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dk.parat.answers.Answer;
import dk.parat.answers.Answers;
import dk.parat.answers.AnswersFile;
import dk.parat.files.InputError;
import dk.parat.waiver.Waiver;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What changed since the base revision in the files besides a plan that change its verdicts or
 * its gate: the answers file beside it, the waivers it declares, and the config file the run
 * reads. A pull request that adds answers or waivers changes no score {@code parat diff} shows
 * (it compares parat's own verdicts), so these are reported as changes of their own.
 *
 * @param answers the answers file's change, or null when it did not change
 * @param waivers the plan's waivers added, changed or removed
 * @param config the config file's change, or null when it did not change (or lies outside git)
 */
public record SourceChanges(AnswersChange answers, List<WaiverChange> waivers, ConfigChange config) {

  /** How a file or an entry in it changed. */
  public enum Change {
    ADDED, CHANGED, REMOVED;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** @param answers the answers added, changed or removed, each as it is now (as it was, when removed) */
  public record AnswersChange(String file, Change change, List<AnswerChange> answers) {}

  public record AnswerChange(Change change, Answer answer) {}

  /** @param waiver the waiver as it is now, or as it was when removed */
  public record WaiverChange(Change change, Waiver waiver) {}

  /** @param keys the settings added, changed or removed, dotted for nested ones ({@code output.format}) */
  public record ConfigChange(String file, Change change, List<String> keys) {}

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  public SourceChanges {
    waivers = List.copyOf(waivers);
  }

  public boolean isEmpty() {
    return answers == null && waivers.isEmpty() && config == null;
  }

  /**
   * Compares the plan's sources now with the base.
   *
   * @param planFile the plan, to find its answers file beside it
   * @param planName the plan as the user named it
   * @param then the plan's waivers at the base, empty for a plan new since then
   * @param configFile the config file of the run (read or set aside), or null; {@code configName} as the user knows it
   */
  public static SourceChanges compare(Path planFile, String planName, String base, List<Waiver> now, List<Waiver> then,
      Path configFile, String configName) throws InputError {
    Path answersFile = AnswersFile.besidePlan(planFile);
    String answersName = AnswersFile.besidePlan(Path.of(planName)).toString();
    return new SourceChanges(answers(answersFile, answersName, base), waivers(now, then),
        configFile == null ? null : config(configFile, configName, base));
  }

  private static AnswersChange answers(Path file, String name, String base) throws InputError {
    Optional<Answers> now = AnswersFile.read(file, name);
    Optional<byte[]> old = GitRevision.read(file, base);
    Optional<Answers> then = old.isEmpty() ? Optional.empty() : readable(name, old.get());
    if (now.isEmpty() && old.isEmpty()) {
      return null;
    }
    if (old.isEmpty()) {
      return new AnswersChange(name, Change.ADDED, now.get().answers().stream().map(a -> new AnswerChange(Change.ADDED, a))
          .toList());
    }
    if (now.isEmpty()) {
      return new AnswersChange(name, Change.REMOVED, List.of());
    }
    List<AnswerChange> changes = new ArrayList<>();
    List<Answer> before = then.map(Answers::answers).orElse(List.of());
    for (Answer a : now.get().answers()) {
      Optional<Answer> was = before.stream().filter(b -> b.item().equals(a.item())).findFirst();
      if (was.isEmpty()) {
        changes.add(new AnswerChange(Change.ADDED, a));
      } else if (!same(was.get(), a)) {
        changes.add(new AnswerChange(Change.CHANGED, a));
      }
    }
    before.stream().filter(b -> now.get().of(b.item()).isEmpty()).forEach(b -> changes.add(new AnswerChange(Change.REMOVED, b)));
    // An answers file broken at the base changed, whatever it held then.
    return changes.isEmpty() && then.isPresent() ? null : new AnswersChange(name, Change.CHANGED, changes);
  }

  private static Optional<Answers> readable(String name, byte[] content) {
    try {
      return Optional.of(AnswersFile.parse(name, new String(content, StandardCharsets.UTF_8)));
    } catch (InputError e) {
      return Optional.empty();
    }
  }

  /** The same answer, wherever in the file it stands. */
  private static boolean same(Answer a, Answer b) {
    return a.status() == b.status() && Objects.equals(a.note(), b.note()) && a.by().equals(b.by()) && a.at().equals(b.at())
        && Objects.equals(a.planDigest(), b.planDigest());
  }

  private static List<WaiverChange> waivers(List<Waiver> now, List<Waiver> then) {
    List<WaiverChange> changes = new ArrayList<>();
    for (Waiver w : now) {
      Optional<Waiver> was = then.stream().filter(t -> t.item().equals(w.item())).findFirst();
      if (was.isEmpty()) {
        changes.add(new WaiverChange(Change.ADDED, w));
      } else if (!w.reason().equals(was.get().reason()) || !Objects.equals(w.owner(), was.get().owner())
          || !Objects.equals(w.until(), was.get().until()) || !Objects.equals(w.ticket(), was.get().ticket())) {
        changes.add(new WaiverChange(Change.CHANGED, w));
      }
    }
    then.stream().filter(t -> now.stream().noneMatch(w -> w.item().equals(t.item())))
        .forEach(t -> changes.add(new WaiverChange(Change.REMOVED, t)));
    return changes;
  }

  private static ConfigChange config(Path file, String name, String base) {
    Optional<byte[]> old;
    try {
      old = GitRevision.read(file, base);
    } catch (InputError e) {
      // A config outside the repository is not the pull request's to change.
      return null;
    }
    Map<String, Object> now = keys(read(file));
    if (old.isEmpty()) {
      return new ConfigChange(name, Change.ADDED, List.copyOf(new TreeSet<>(now.keySet())));
    }
    Map<String, Object> then = keys(new String(old.get(), StandardCharsets.UTF_8));
    TreeSet<String> changed = new TreeSet<>();
    now.forEach((k, v) -> {
      if (!Objects.equals(v, then.get(k))) {
        changed.add(k);
      }
    });
    then.keySet().stream().filter(k -> !now.containsKey(k)).forEach(changed::add);
    return changed.isEmpty() ? null : new ConfigChange(name, Change.CHANGED, List.copyOf(changed));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      return "";
    }
  }

  /** A config's settings by dotted key; a file that is no YAML mapping counts as one value under "". */
  private static Map<String, Object> keys(String text) {
    Map<String, Object> keys = new LinkedHashMap<>();
    Object parsed;
    try {
      parsed = text.isBlank() ? Map.of() : YAML.readValue(text, Object.class);
    } catch (JsonProcessingException e) {
      parsed = text;
    }
    if (!(parsed instanceof Map<?, ?> map)) {
      keys.put("", parsed);
      return keys;
    }
    map.forEach((k, v) -> {
      if (v instanceof Map<?, ?> nested) {
        nested.forEach((n, value) -> keys.put(k + "." + n, value));
      } else {
        keys.put(String.valueOf(k), v);
      }
    });
    return keys;
  }
}
