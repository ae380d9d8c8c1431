package dk.parat.portfolio;

import dk.parat.plan.PlanLoader;
import dk.parat.report.Messages;
import dk.parat.text.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Files that stand among plans but are none, which a batch passes over when it walks a folder or
 * a glob (a file named outright is always read):
 * <ul>
 *   <li>answers files of {@code parat interview}: {@code <plan>.parat.yaml} (or {@code .parat.yml});
 *   <li>parat's own YAML: a checklist (its top level has {@code id} and {@code chapters} or
 *       {@code extends}, which every checklist has and no plan does), the lexicon ({@code context}
 *       and {@code concreteness}) and the concepts (only {@code concepts});
 *   <li>parat's own Markdown reports and their index, which begin with the report's title in
 *       either language ("# Parathedsrapport", "# Readiness report").
 * </ul>
 * The YAML kinds are told by the keys at the top level, read from the start of the file.
 */
final class NotAPlan {

  /** Far more than the top of any checklist takes before its first long list. */
  private static final int HEAD_BYTES = 64 * 1024;
  /** Enough for a report's first line, its title. */
  private static final int HEAD_LINE = 512;
  private static final Pattern TOP_KEY = Pattern.compile("(?m)^([A-Za-z_][\\w-]*)[ \\t]*:");

  private NotAPlan() {}

  /** What the file is when it is no plan ("an answers file", "a checklist"), or empty for a plan. */
  static Optional<String> kind(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(PlanLoader.ANSWERS_SUFFIX) || name.endsWith(".parat.yml")) {
      return Optional.of("an answers file of parat interview");
    }
    if (name.endsWith(".md")) {
      return firstLine(file).filter(NotAPlan::isReportTitle).map(line -> "a report of parat's");
    }
    if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
      return Optional.empty();
    }
    Set<String> keys = topKeys(file);
    if (keys.contains("id") && (keys.contains("chapters") || keys.contains("extends"))
        || keys.contains("context") && keys.contains("concreteness") || keys.equals(Set.of("concepts"))) {
      return Optional.of("a parat checklist");
    }
    return Optional.empty();
  }

  private static boolean isReportTitle(String line) {
    return Arrays.stream(Lang.values()).map(l -> "# " + new Messages(l).get("report.title")).anyMatch(line::startsWith);
  }

  private static Optional<String> firstLine(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return new String(in.readNBytes(HEAD_LINE), StandardCharsets.UTF_8).lines().findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The keys at the top level of a YAML file's start; none when it cannot be read (the reader says why later). */
  private static Set<String> topKeys(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      String head = new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8);
      Matcher m = TOP_KEY.matcher(head);
      return m.results().map(r -> r.group(1)).collect(Collectors.toSet());
    } catch (IOException e) {
      return Set.of();
    }
  }
}
