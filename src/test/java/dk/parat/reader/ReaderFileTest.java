package dk.parat.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.parat.checklist.ItemKind;
import dk.parat.files.InputError;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ReaderFileTest {

  private static ReaderModel model() {
    TreeMap<Integer, List<GramWeights.Weight>> grams = new TreeMap<>();
    grams.put(7, List.of(new GramWeights.Weight(0, 0.5f), new GramWeights.Weight(1, -1.25f)));
    grams.put(1_000_000, List.of(new GramWeights.Weight(1, 2f)));
    return new ReaderModel("mini", "a test corpus, training part (2 plans)",
        List.of(new Side("MINI-P1", Side.Kind.GUARD, -3.5), new Side("MINI-P1", Side.Kind.RED_FLAG, -2)),
        GramWeights.of(grams), Map.of(ItemKind.PITFALL,
            new Combiner(Map.of("bias", -1.0, "p0", 2.5, "item:MINI-P1", 0.25), Map.of("bias", -2.0, "rule2", 1.5))),
        new Cuts(0.95, 0.80, 0.65, 177, 0.75, 800));
  }

  @Test
  void a_reader_reads_back_as_it_was_written() throws Exception {
    ReaderModel model = model();

    ReaderModel read = ReaderFile.read("mini.reader", ReaderFile.write(model));

    assertThat(read).isEqualTo(model);
    assertThat(ReaderFile.write(read)).isEqualTo(ReaderFile.write(model))
        .contains("side MINI-P1 red-flag -2.000\n", "gram 7 0:0.5000 1:-1.250\n",
            "combiner pitfall middle bias=-1.000 item:MINI-P1=0.2500 p0=2.500\n", "sure-enough 0.9500\n",
            "contradict-from 0.8000\n", "doubt-red-flag 0.6500 177\n", "thin-credit 0.7500 800\n");
  }

  @Test
  void a_reader_written_before_its_cuts_were_calibrated_decides_as_readers_then_did() throws Exception {
    String older = ReaderFile.write(model()).replace("sure-enough 0.9500\n", "").replace("contradict-from 0.8000\n", "").replace("doubt-red-flag 0.6500 177\n", "")
        .replace("thin-credit 0.7500 800\n", "");

    assertThat(ReaderFile.read("old.reader", older).cuts()).isEqualTo(Cuts.sureEnoughOnly(ReaderModel.NEVER));
    assertThat(ReaderFile.write(ReaderFile.read("old.reader", older)))
        .contains("sure-enough never\n", "doubt-red-flag never\n", "thin-credit 0.5000 0\n");
  }

  @Test
  void a_reader_trained_with_one_bar_for_a_sentence_stands_against_the_rules_at_that_bar() throws Exception {
    String older = ReaderFile.write(model()).replace("contradict-from 0.8000\n", "");

    assertThat(ReaderFile.read("old.reader", older).cuts().contradictFrom()).isEqualTo(0.95);
  }

  @Test
  void a_damaged_cut_is_named_with_its_line() {
    String damaged = ReaderFile.write(model()).replace("thin-credit 0.7500 800", "thin-credit 0.7500");

    assertThatThrownBy(() -> ReaderFile.read("x.reader", damaged))
        .isInstanceOf(InputError.class).hasMessageContaining("'thin-credit P WORDS'");
  }

  @Test
  void the_sides_add_up_the_weights_of_the_runs_a_sentence_has() {
    ReaderModel model = model();
    CharGrams.Features features = new CharGrams.Features(new int[] {3, 7}, new double[] {1, 2});

    double[] scores = model.scores(features);

    assertThat(scores[0]).isCloseTo(-3.5 + 2 * 0.5, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(scores[1]).isCloseTo(-2 + 2 * -1.25, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(ReaderModel.probability(scores[0])).isCloseTo(1 / (1 + Math.exp(-(-3.5 + 2 * 0.5))),
        org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void a_file_of_another_kind_or_a_damaged_line_is_named_with_its_line() {
    assertThatThrownBy(() -> ReaderFile.read("x.reader", "side A support 1\n"))
        .isInstanceOf(InputError.class).hasMessageContaining("first line must be 'parat-reader 1'");
    String damaged = ReaderFile.write(model()).replace("gram 7 0:0.5000", "gram 7 9:0.5000");
    assertThatThrownBy(() -> ReaderFile.read("x.reader", damaged))
        .isInstanceOf(InputError.class).satisfies(e -> {
          assertThat(((InputError) e).line()).isEqualTo(damaged.lines().toList().indexOf(
              damaged.lines().filter(l -> l.startsWith("gram 7")).findFirst().orElseThrow()) + 1);
          assertThat(e.getMessage()).contains("side 9 is not among the 2 sides");
        });
  }

  /** A bucket outside the reader's range is the file's fault, named with its line, not an error inside parat. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"-1", "2097152", "99999999"})
  void a_bucket_out_of_range_is_named_with_its_line(String bucket) {
    String damaged = ReaderFile.write(model()).replace("gram 7 ", "gram " + bucket + " ");

    assertThatThrownBy(() -> ReaderFile.read("x.reader", damaged))
        .isInstanceOf(InputError.class).satisfies(e -> {
          assertThat(((InputError) e).line()).isEqualTo(damaged.lines().toList().indexOf(
              damaged.lines().filter(l -> l.startsWith("gram " + bucket + " ")).findFirst().orElseThrow()) + 1);
          assertThat(e.getMessage()).contains("bucket " + bucket + " is not between 0 and 2097151");
        });
  }

  /** A cut or mistyped line is told by the shape its kind of line has, not by the parser's own words. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "side MINI-P1 red-flag -2.000|side MINI-P1 red-flag|'side ITEM KIND BIAS'",
      "side MINI-P1 red-flag -2.000|side MINI-P1 red-flag minus|'side ITEM KIND BIAS'",
      "gram 7 0:0.5000 1:-1.250|gram 7 0.5000|'gram BUCKET SIDE:WEIGHT ...'",
      "combiner pitfall middle bias=-1.000|combiner pitfall middle bias|'combiner KIND LEVEL NAME=WEIGHT ...'",
      "sure-enough 0.9500|sure-enough|'sure-enough P' or 'sure-enough never'",
      "checklist mini|checklist|'checklist ID'"})
  void a_cut_line_is_told_by_the_shape_it_should_have(String line, String cut, String shape) {
    List<String> lines = new java.util.ArrayList<>(ReaderFile.write(model()).lines().toList());
    int at = lines.indexOf(lines.stream().filter(l -> l.startsWith(line)).findFirst().orElseThrow()) + 1;
    lines.set(at - 1, cut);
    String damaged = String.join("\n", lines) + "\n";

    assertThatThrownBy(() -> ReaderFile.read("x.reader", damaged))
        .isInstanceOf(InputError.class).satisfies(e -> {
          assertThat(((InputError) e).line()).isEqualTo(at);
          assertThat(e.getMessage()).contains(shape).contains("'" + cut + "'")
              .doesNotContain("Index").doesNotContain("For input string").doesNotContain("begin ");
        });
  }
}
