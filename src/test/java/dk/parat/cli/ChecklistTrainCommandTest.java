package dk.parat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.parat.Cli;
import dk.parat.agreement.Corpus;
import dk.parat.agreement.LabelledPlan;
import dk.parat.agreement.LabelledSentence;
import dk.parat.agreement.ReaderTraining;
import dk.parat.checklist.ChecklistLoader;
import dk.parat.checklist.ChecklistSet;
import dk.parat.scoring.ConceptSpotter;
import dk.parat.reader.BestSentences;
import dk.parat.reader.ReaderFile;
import dk.parat.reader.ReaderModel;
import dk.parat.reader.Side;
import dk.parat.reader.WordScores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
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
    assertThat(r.err()).contains("parat: fold 2 of 2").contains("parat: training on all 16 plans")
        .as("how sure one sentence must be, set from the folds' readings")
        .containsPattern("one sentence decides a pitfall from p 0\\.80: cross-validated pitfall κ -?\\d\\.\\d{3}")
        .containsPattern("one sentence decides a pitfall from no probability: cross-validated pitfall κ -?\\d\\.\\d{3}");
    assertThat(r.out()).contains("trained a reader for bedre-implementering on ")
        .contains("training part (16 plans) and 0 written sentences: 44 sides")
        .containsPattern("cross-validated by writer on the training part .*: insight κ -?\\d\\.\\d\\d, pitfall κ -?\\d\\.\\d\\d, "
            + "macro κ -?\\d\\.\\d\\d, red flags P/R \\d\\.\\d\\d / \\d\\.\\d\\d, false credit on its \\d+ thin plans \\d+\\.\\d %");
    Path written = dir.resolve("readers/bedre-implementering.reader");
    ReaderModel model = ReaderFile.read(written.toString(), Files.readString(written));
    assertThat(model.checklist()).isEqualTo("bedre-implementering");
    assertThat(model.sides()).hasSize(44);
    assertThat(model.combiners()).hasSize(2);
    Matcher kept = Pattern.compile("kept: one sentence decides a pitfall from "
        + "(no probability|p (0\\.\\d\\d))").matcher(r.err());
    assertThat(kept.find()).as(r.err()).isTrue();
    assertThat(Files.readString(written)).as("the step kept is the one written")
        .contains("\nsure-enough " + (kept.group(2) == null ? "never" : kept.group(2) + "00") + "\n");
    Matcher against = Pattern.compile("kept: one sentence stands against the rules' verdict on a pitfall from "
        + "(no probability|p (0\\.\\d\\d))").matcher(r.err());
    assertThat(against.find()).as(r.err()).isTrue();
    assertThat(Files.readString(written)).as("the bar kept for standing against the rules is the one written")
        .contains("\ncontradict-from " + (against.group(2) == null ? "never" : against.group(2) + "00") + "\n");
    assertThat(model.cuts().contradictFrom()).as("standing against the rules takes no more than deciding alone")
        .isLessThanOrEqualTo(model.cuts().sureEnough());
    Matcher doubt = Pattern.compile("kept: a red flag the rules found is doubted from (no probability|p (0\\.\\d\\d)) "
        + "on plans of (\\d+) words or more").matcher(r.err());
    assertThat(doubt.find()).as(r.err()).isTrue();
    assertThat(Files.readString(written)).as("the doubt kept is the one written")
        .contains("\ndoubt-red-flag " + (doubt.group(2) == null ? "never" : doubt.group(2) + "00 " + doubt.group(3)) + "\n");
    Matcher thin = Pattern.compile("kept: a thin plan's mention is credited from p (0\\.\\d\\d)").matcher(r.err());
    assertThat(thin.find()).as(r.err()).isTrue();
    assertThat(r.err()).containsPattern("a thin plan's mention is credited from p 0\\.90: cross-validated insight κ "
        + "-?\\d\\.\\d{3}, false credit on thin plans \\d+\\.\\d %");
    Matcher keptLine = Pattern.compile("a thin plan's mention is credited from p " + Pattern.quote(thin.group(1))
        + ": .*").matcher(r.err());
    assertThat(keptLine.find()).as(r.err()).isTrue();
    assertThat(keptLine.group().contains("(over the target)") && !thin.group(1).equals("0.90"))
        .as("a cut over the thin plans' false-credit target is kept only when no cut meets it: " + keptLine.group()).isFalse();
    assertThat(Files.readString(written)).as("the thin-plan cut kept is the one written")
        .contains("\nthin-credit " + thin.group(1) + "00 800\n");
    assertThat(model.trainedOn()).endsWith("training part (16 plans) and 0 written sentences");
    assertThat(r.out()).contains("wrote " + written);
  }

  @Test
  void written_sentences_teach_the_side_they_are_listed_under(@TempDir Path dir) throws Exception {
    Path corpus = ChecklistCalibrateCommandTest.corpus(dir);
    Path sentences = Files.writeString(dir.resolve("written.yaml"), """
        BI-4-P2:
          red_flags:
            - "Zorblax-modulet tændes for hele forvaltningen på én gang."
            - "Alle teams får zorblaxen samme dag."
            - "Zorblax rulles ud overalt fra dag ét."
          near_misses:
            - "Vi overvejer en gradvis udrulning."
        """);
    ChecklistSet checklists = ChecklistLoader.load(List.of("bedre-implementering"));
    // A few plans are enough to show what the written sentences add; these are all by one writer.
    List<LabelledPlan> plans = Corpus.read(corpus).subList(0, 4);
    String flag = "Zorblaxen sættes i drift hos alle på én gang.";

    ReaderTraining.Trained without = new ReaderTraining(checklists).train(plans, List.of(), "t", line -> {});
    ReaderTraining.Trained with = new ReaderTraining(checklists).train(plans, LabelledSentence.read(sentences), "t",
        line -> {});

    assertThat(redFlag(checklists, with.model(), flag)).isGreaterThan(redFlag(checklists, without.model(), flag) + 0.1);
    assertThat(with.crossValidated().size()).as("one writer: nothing to cross-validate by").isZero();
  }

  /**
   * A sentence written to show one item may show another as well ("practice with a superuser
   * beside you" is hands-on meaning and support alike), so it is no counter-example for the other
   * item's sides; a near miss earns nothing anywhere and is one for every side.
   */
  @Test
  void a_sentence_written_for_one_item_teaches_only_that_items_sides(@TempDir Path dir) throws Exception {
    String redFlags = """
        BI-4-P2:
          red_flags:
            - "Zorblax-modulet tændes for hele forvaltningen på én gang."
            - "Alle teams får zorblaxen samme dag."
        """;
    String otherItem = """
        BI-4-I3:
          support:
            - "Zorblaxen får en superbruger i hvert team."
            - "Til zorblaxen er der support i de første uger."
        """;
    String otherNearMiss = """
        BI-4-I3:
          near_misses:
            - "Zorblaxen skal nok få noget support."
            - "Support til zorblaxen følger."
        """;
    ChecklistSet checklists = ChecklistLoader.load(List.of("bedre-implementering"));
    List<LabelledPlan> plans = Corpus.read(ChecklistCalibrateCommandTest.corpus(dir)).subList(0, 4);
    String flag = "Zorblaxen sættes i drift hos alle på én gang.";

    double alone = redFlag(checklists, trained(checklists, plans, dir, "a.yaml", redFlags), flag);
    double besideOther = redFlag(checklists, trained(checklists, plans, dir, "b.yaml", redFlags + otherItem), flag);
    double besideNearMiss = redFlag(checklists, trained(checklists, plans, dir, "c.yaml", redFlags + otherNearMiss), flag);

    assertThat(besideOther).as("another item's sentences leave this side as it was").isEqualTo(alone);
    assertThat(besideNearMiss).as("another item's near misses teach this side too").isLessThan(alone);
  }

  private static ReaderModel trained(ChecklistSet checklists, List<LabelledPlan> plans, Path dir, String name,
      String sentences) throws Exception {
    Path file = Files.writeString(dir.resolve(name), sentences);
    return new ReaderTraining(checklists).train(plans, LabelledSentence.read(file), "t", line -> {}).model();
  }

  /** The sides are fitted side by side on the machine's cores; the reader must not depend on which finishes first. */
  @Test
  void training_twice_on_the_same_plans_writes_the_same_reader(@TempDir Path dir) throws Exception {
    ChecklistSet checklists = ChecklistLoader.load(List.of("bedre-implementering"));
    List<LabelledPlan> plans = Corpus.read(ChecklistCalibrateCommandTest.corpus(dir)).subList(0, 4);

    String first = ReaderFile.write(new ReaderTraining(checklists).train(plans, List.of(), "t", line -> {}).model());
    String second = ReaderFile.write(new ReaderTraining(checklists).train(plans, List.of(), "t", line -> {}).model());

    assertThat(second).isEqualTo(first);
  }

  private static double redFlag(ChecklistSet checklists, ReaderModel model, String sentence) {
    int side = IntStream.range(0, model.sides().size())
        .filter(s -> model.sides().get(s).item().equals("BI-4-P2") && model.sides().get(s).kind() == Side.Kind.RED_FLAG)
        .findFirst().orElseThrow();
    int[] concepts = ConceptSpotter.of(checklists).features(checklists.analyzer().tokens(sentence));
    return BestSentences.of(new WordScores(model), List.of(sentence), List.of(concepts)).best()[side];
  }

  @Test
  void sentence_files_in_a_folder_are_counted_and_an_unknown_item_names_its_file(@TempDir Path dir) throws Exception {
    Path corpus = ChecklistCalibrateCommandTest.corpus(dir);
    Path folder = Files.createDirectories(dir.resolve("sentences"));
    Files.writeString(folder.resolve("a.yaml"), "BI-1-I1:\n  support: [\"Vi tilpasser planen til vores egne distrikter.\"]\n");
    Files.writeString(folder.resolve("b.yaml"), "BI-9-P9:\n  guards: [\"Noget.\"]\n");

    Cli.Result r = Cli.run("checklist", "train", "--corpus", corpus.toString(), "--sentences", folder.toString(),
        "checklists/bedre-implementering.yaml");

    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("b.yaml: BI-9-P9 is not an item of bedre-implementering");
  }

  @Test
  void a_sentence_file_with_an_unknown_list_names_the_file_and_the_lists_it_takes(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("s.yaml"), "BI-1-P1:\n  redflags: [\"Noget.\"]\n");

    Cli.Result r = Cli.run("checklist", "train", "--corpus", ChecklistCalibrateCommandTest.corpus(dir).toString(),
        "--sentences", file.toString(), "checklists/bedre-implementering.yaml");

    assertThat(r.exit()).isNotZero();
    assertThat(r.err()).contains("s.yaml").contains("BI-1-P1 has a list 'redflags'")
        .contains("support, guards, red_flags, near_misses").doesNotContain("Exception");
  }

  @Test
  void a_sentence_file_that_is_not_valid_yaml_names_its_line_without_the_parsers_trace(@TempDir Path dir)
      throws Exception {
    Path file = Files.writeString(dir.resolve("s.yaml"), "BI-1-P1:\n  guards: [\"Noget.\"\n");

    Cli.Result r = Cli.run("checklist", "train", "--corpus", ChecklistCalibrateCommandTest.corpus(dir).toString(),
        "--sentences", file.toString(), "checklists/bedre-implementering.yaml");

    assertThat(r.exit()).isNotZero();
    assertThat(r.err()).containsPattern("s\\.yaml:[23]: is not valid YAML").doesNotContain("in 'reader'")
        .doesNotContain("Source:");
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
