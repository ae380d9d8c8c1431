package dk.parat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.parat.Cli;
import dk.parat.TestChecklists;
import dk.parat.checklist.ChecklistLoader;
import dk.parat.checklist.ItemKind;
import dk.parat.reader.CharGrams;
import dk.parat.reader.Combiner;
import dk.parat.reader.Cuts;
import dk.parat.reader.GramWeights;
import dk.parat.reader.ReaderFile;
import dk.parat.reader.ReaderModel;
import dk.parat.reader.Side;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consultant's own checklist is read with the reader that {@code parat checklist train --write}
 * left beside it, {@code readers/ID.reader}; a reader file that is broken or trained for another
 * checklist is a usage error naming the file and line, not a stack trace.
 */
class ReaderBesideChecklistTest {

  /** A plan whose one sentence guards MINI-P1 in words no rule of the mini checklist knows. */
  private static final String PLAN = "# Plan\n\nVi ruller løsningen etapevis ud.\n";

  @TempDir
  Path dir;
  private Path checklist;
  private Path plan;

  @BeforeEach
  void files() throws Exception {
    checklist = dir.resolve("mini.yaml");
    Files.writeString(checklist, TestChecklists.miniText());
    plan = dir.resolve("plan.md");
    Files.writeString(plan, PLAN);
  }

  /** A reader made by hand, sure of any sentence with "etapevis" as a guard of MINI-P1. */
  private static String reader(String checklist) {
    return reader(checklist, "MINI-P1", "etapevis", ReaderModel.NEVER);
  }

  /**
   * A reader made by hand for one pitfall of a checklist, sure of any sentence with the word as
   * its guard, and letting one sentence decide from {@code sureEnough}.
   */
  private static String reader(String checklist, String item, String word, double sureEnough) {
    TreeMap<Integer, List<GramWeights.Weight>> grams = new TreeMap<>();
    for (int bucket : CharGrams.of(word).buckets()) {
      grams.put(bucket, List.of(new GramWeights.Weight(0, 40f)));
    }
    List<Side> sides = List.of(new Side(item, Side.Kind.GUARD, -10), new Side(item, Side.Kind.RED_FLAG, -10));
    Combiner pitfalls = new Combiner(Map.of("bias", 10.0), Map.of("bias", -10.0, "p0", 20.0));
    return ReaderFile.write(new ReaderModel(checklist, "by hand", sides, GramWeights.of(grams),
        Map.of(ItemKind.PITFALL, pitfalls), Cuts.sureEnoughOnly(sureEnough)));
  }

  /** The line, counted from 1, of the first line of the text that starts with these words. */
  private static int line(String text, String start) {
    List<String> lines = text.lines().toList();
    return lines.indexOf(lines.stream().filter(l -> l.startsWith(start)).findFirst().orElseThrow()) + 1;
  }

  private Path writeReader(String text) throws Exception {
    Path file = dir.resolve("readers/mini.reader");
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  private Cli.Result check() {
    return Cli.run("check", "--checklist", checklist.toString(), "--format", "csv", plan.toString());
  }

  @Test
  void the_reader_beside_a_checklist_file_reads_its_plans() throws Exception {
    assertThat(check().out()).as("without a reader").contains(",MINI-P1,pitfall,unclear,");

    writeReader(reader("mini"));
    Cli.Result r = check();

    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains(",MINI-P1,pitfall,guarded,").contains("Vi ruller løsningen etapevis ud.");
  }

  /**
   * The error a check gives with this text as the reader beside the checklist, once it is known to
   * be a usage error that names the file and the line that starts with {@code at}, without a stack trace.
   */
  private String refusal(String readerText, String at) throws Exception {
    Path file = writeReader(readerText);
    Cli.Result r = check();
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains(file + ":" + line(readerText, at) + ":").doesNotContain("\tat ");
    return r.err();
  }

  @Test
  void a_broken_reader_file_is_a_usage_error_naming_its_file_and_line() throws Exception {
    refusal(reader("mini").replace("side MINI-P1 guard", "side MINI-P1 lookout"), "side MINI-P1 lookout");
  }

  @Test
  void a_reader_trained_for_another_checklist_is_refused_with_what_to_do() throws Exception {
    assertThat(refusal(reader("other-list").replaceFirst("\n", "\n# trained elsewhere\n"), "checklist "))
        .contains("'other-list'").contains("parat checklist train " + checklist + " --corpus DIR --write");
  }

  /**
   * A copy of a shipped checklist kept where parat holds its own and named by that path
   * ({@code checklists/ID.yaml}, as in parat's own repository) is a file a user named, whose
   * reader beside it counts; only the checklist named by its id is the shipped one.
   */
  @Test
  void a_file_named_like_a_shipped_checklist_is_still_the_users_file() throws Exception {
    assertThat(ChecklistLoader.load(List.of("checklists/bedre-implementering.yaml")).checklists().get(0).bundled())
        .isFalse();
    assertThat(ChecklistLoader.load(List.of("bedre-implementering")).checklists().get(0).bundled()).isTrue();
  }
}
