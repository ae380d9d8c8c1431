package dk.parat.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dk.parat.answers.AnswersFile;
import dk.parat.checklist.ChecklistException;
import dk.parat.checklist.ChecklistLoader;
import dk.parat.checklist.ChecklistRepository;
import dk.parat.checklist.YamlSource;
import dk.parat.config.CommandLineSettings;
import dk.parat.config.ConfigException;
import dk.parat.config.ConfigLoader;
import dk.parat.config.EffectiveConfig;
import dk.parat.files.InputError;
import dk.parat.plan.PlanLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage-guided fuzzing (Jazzer) of everything that reads a file a user or a pull request
 * hands parat: the plan readers of every format, the checklist loader, the config loader and the
 * answers file. Each input must end in a result or in parat's own error for a bad file
 * ({@link InputError}, {@link ChecklistException}, {@link ConfigException}); anything else it
 * throws, or an input that takes longer than {@code .ci/fuzz} allows, is a finding. Formats that read alike share
 * a target, the first byte choosing the format, so that a run of a few minutes per target covers
 * them all.
 *
 * <p>In a normal build ({@code ./mvnw verify}) each target runs once on every seed (the
 * examples) and on every finding kept under {@code ReadersFuzzTestInputs/}; {@code .ci/fuzz}
 * fuzzes each target for a set time (README, Development).
 */
class ReadersFuzzTest {

  private static final PlanLoader PLANS = PlanLoader.standard();
  private static final List<String> TEXT_FORMATS = List.of("plan.md", "plan.txt", "plan.yaml");
  private static final YamlSource LEXICON = ChecklistRepository.bundled(ChecklistRepository.LEXICON).orElseThrow();
  private static final YamlSource CONCEPTS = ChecklistRepository.bundled(ChecklistRepository.CONCEPTS).orElseThrow();

  @MethodSource("textSeeds")
  @FuzzTest(maxDuration = "5m")
  void textPlans(byte[] input) {
    if (input.length > 0) {
      readPlan(TEXT_FORMATS.get((input[0] & 0xFF) % TEXT_FORMATS.size()), rest(input));
    }
  }

  @MethodSource("wordSeeds")
  @FuzzTest(maxDuration = "5m")
  void wordPlans(byte[] input) {
    readPlan("plan.docx", input);
  }

  @MethodSource("pdfSeeds")
  @FuzzTest(maxDuration = "5m")
  void pdfPlans(byte[] input) {
    readPlan("plan.pdf", input);
  }

  /** The files beside the plans: a checklist, a config file or an answers file, as the first byte says. */
  @MethodSource("settingsSeeds")
  @FuzzTest(maxDuration = "5m")
  void settingsFiles(byte[] input) {
    if (input.length == 0) {
      return;
    }
    String text = new String(rest(input), StandardCharsets.UTF_8);
    try {
      switch ((input[0] & 0xFF) % 3) {
        case 0 -> ChecklistLoader.compile(List.of(new YamlSource("fuzz.yaml", text)), LEXICON, CONCEPTS);
        case 1 -> EffectiveConfig.resolve(new CommandLineSettings(), Map.of(),
            ConfigLoader.parse(Path.of(".parat.yaml"), ".parat.yaml", text));
        default -> AnswersFile.parse("plan.md.parat.yaml", text);
      }
    } catch (ChecklistException | ConfigException | InputError expected) {
      // A bad file, said as parat says it.
    }
  }

  private static void readPlan(String name, byte[] content) {
    try {
      PLANS.read(name, content);
    } catch (InputError expected) {
      // A file that is no plan, said as parat says it.
    }
  }

  private static byte[] rest(byte[] input) {
    return Arrays.copyOfRange(input, 1, input.length);
  }

  static Stream<byte[]> textSeeds() {
    return Stream.of("examples", "src/test/resources/corpus/plans").flatMap(dir -> files(dir, ".md", ".txt", ".yaml"))
        .map(f -> selected(TEXT_FORMATS.indexOf("plan" + f.getFileName().toString().replaceAll(".*(\\.[a-z]+)$", "$1")),
            bytes(f)));
  }

  static Stream<byte[]> wordSeeds() {
    return files("examples", ".docx").map(ReadersFuzzTest::bytes);
  }

  static Stream<byte[]> pdfSeeds() {
    return files("examples", ".pdf").map(ReadersFuzzTest::bytes);
  }

  static Stream<byte[]> settingsSeeds() {
    Stream<byte[]> checklists = Stream.concat(files("checklists", ".yaml"), files("examples/checklists", ".yaml"))
        .filter(f -> !List.of(ChecklistRepository.LEXICON + ".yaml", ChecklistRepository.CONCEPTS + ".yaml")
            .contains(f.getFileName().toString()))
        .map(f -> selected(0, bytes(f)));
    Stream<byte[]> configs = Stream.of("checklists: [bedre-implementering, lead-implementering]\nfail_on: exposed\n"
        + "min_score: 60\nchapter_minimums: {\"3\": 50}\noutput: {format: [markdown, sarif], lang: da, output_dir: reports}\n"
        + "ignore: [\"drafts/**\"]\nwaivers:\n  - item: BI-4-P4\n    reason: Accepteret\n    owner: Mette Hansen\n"
        + "    until: 2026-06-30\n    ticket: DIGI-482\n").map(c -> selected(1, c.getBytes(StandardCharsets.UTF_8)));
    Stream<byte[]> answers = Stream.of("parat_answers: 1\nplan: plan.md\nlast: BI-1-I2\nanswers:\n  - item: BI-1-I1\n"
        + "    status: missing\n    note: Ingen analyse endnu\n    by: Mette Holm\n    at: 2025-03-04T10:15:00+01:00\n"
        + "    plan_digest: " + "0".repeat(64) + "\n").map(a -> selected(2, a.getBytes(StandardCharsets.UTF_8)));
    return Stream.of(checklists, configs, answers).flatMap(s -> s);
  }

  private static byte[] selected(int format, byte[] content) {
    byte[] input = new byte[content.length + 1];
    input[0] = (byte) format;
    System.arraycopy(content, 0, input, 1, content.length);
    return input;
  }

  /** The files with one of the endings in a folder, in path order; none when there is no such folder. */
  private static Stream<Path> files(String dir, String... endings) {
    if (!Files.isDirectory(Path.of(dir))) {
      return Stream.empty();
    }
    try (Stream<Path> walk = Files.list(Path.of(dir))) {
      return walk.filter(f -> Arrays.stream(endings).anyMatch(e -> f.getFileName().toString().endsWith(e))).sorted()
          .toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
