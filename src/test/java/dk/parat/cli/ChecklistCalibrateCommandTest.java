package dk.parat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.parat.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parat checklist calibrate}: fitted thresholds written into the checklist file as data. */
class ChecklistCalibrateCommandTest {

  /** The first corpus's plans (16, all training), as a corpus of their own: enough to fit, quick to score. */
  static Path corpus(Path dir) throws Exception {
    Path corpus = dir.resolve("corpus");
    for (String folder : new String[] {"plans", "labels"}) {
      Files.createDirectories(corpus.resolve(folder));
      try (Stream<Path> files = Files.list(Path.of("src/test/resources/corpus", folder))) {
        for (Path f : files.filter(f -> f.getFileName().toString().matches("[AC]\\d\\d_.*")).toList()) {
          Files.copy(f, corpus.resolve(folder).resolve(f.getFileName()));
        }
      }
    }
    return corpus;
  }

  /** A calibrated value that the next fit keeps must stay in the file, not fall back to the default. */
  @Test
  void writing_again_keeps_the_calibrated_values_the_fit_keeps(@TempDir Path dir) throws Exception {
    Path checklist = dir.resolve("bedre-implementering.yaml");
    Files.copy(Path.of("checklists/bedre-implementering.yaml"), checklist);
    assertThat(Files.readString(checklist)).contains("    BI-2-I2: {covered_strength: 3}");

    String corpus = corpus(dir).toString();
    Cli.Result dry = Cli.run("checklist", "calibrate", "--corpus", corpus, checklist.toString());
    assertThat(dry.exit()).as(dry.err()).isZero();
    assertThat(dry.out()).containsPattern("BI-2-I2 +kept +strength 3 ");

    Cli.Result written = Cli.run("checklist", "calibrate", "--write", "--corpus", corpus, checklist.toString());
    assertThat(written.exit()).as(written.err()).isZero();
    String after = Files.readString(checklist);
    assertThat(after).contains("    BI-2-I2: {covered_strength: 3}").containsOnlyOnce("calibration:");
    assertThat(Cli.run("checklist", "validate", checklist.toString()).exit()).isZero();
  }
}
