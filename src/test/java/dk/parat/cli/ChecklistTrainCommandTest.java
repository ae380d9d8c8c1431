package dk.parat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.parat.Cli;
import dk.parat.reader.ReaderFile;
import dk.parat.reader.ReaderModel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parat checklist train}: a trained reader written beside the checklist as data. */
class ChecklistTrainCommandTest {

  @Test
  void a_reader_trained_on_a_corpus_is_written_beside_the_checklist_and_reads_back(@TempDir Path dir) throws Exception {
    Path checklist = dir.resolve("bedre-implementering.yaml");
    Files.copy(Path.of("checklists/bedre-implementering.yaml"), checklist);

    Cli.Result r = Cli.run("checklist", "train", "--write", "--corpus", ChecklistCalibrateCommandTest.corpus(dir).toString(), checklist.toString());

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("parat: fold 5 of 5").contains("parat: training on all 16 plans");
    assertThat(r.out()).contains("trained a reader for bedre-implementering on ").contains("training part (16 plans): 44 sides");
    Path written = dir.resolve("readers/bedre-implementering.reader");
    ReaderModel model = ReaderFile.read(written.toString(), Files.readString(written));
    assertThat(model.checklist()).isEqualTo("bedre-implementering");
    assertThat(model.sides()).hasSize(44);
    assertThat(model.combiners()).hasSize(2);
    assertThat(model.trainedOn()).endsWith("training part (16 plans)");
    assertThat(r.out()).contains("wrote " + written);
  }

  @Test
  void a_corpus_without_a_training_part_is_refused(@TempDir Path dir) throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.createDirectories(corpus.resolve("labels"));

    Cli.Result r = Cli.run("checklist", "train", "--corpus", corpus.toString(), "checklists/bedre-implementering.yaml");

    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("has no plans in its training part");
  }
}
