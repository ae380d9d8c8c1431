package dk.parat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.parat.Cli;
import dk.parat.checklist.ChecklistException;
import dk.parat.checklist.ChecklistLoader;
import dk.parat.checklist.ChecklistSet;
import dk.parat.config.Settings;
import dk.parat.files.InputError;
import dk.parat.plan.Plan;
import dk.parat.plan.PlanLoader;
import dk.parat.scoring.Scorer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The work started before a check's command line is parsed is used only by a check it fits: the
 * same checklists, the same plan file under the same name.
 */
class CheckPrefetchTest {

  private static final List<String> DEFAULT = Settings.CHECKLISTS.fallback();
  private static final String EXAMPLE = "examples/skaermbesoeg-hjemmeplejen.md";
  private static final PlanLoader LOADER = PlanLoader.standard();

  @Test
  void a_check_of_the_default_checklists_gets_the_started_ones_once() throws Exception {
    CheckPrefetch.start(List.of(), Path.of(""));
    CheckPrefetch started = CheckPrefetch.take();
    CompletableFuture<ChecklistSet> got = started.checklists(DEFAULT);
    assertThat(started.checklists(DEFAULT)).isSameAs(got);
    assertThat(CheckPrefetch.take().checklists(DEFAULT)).isNotSameAs(got);
    assertThat(got.join().checklists()).isEqualTo(ChecklistLoader.load(DEFAULT).checklists());
  }

  @Test
  void a_check_of_other_checklists_loads_those() throws Exception {
    CheckPrefetch.start(List.of(), Path.of(""));
    CheckPrefetch started = CheckPrefetch.take();
    List<String> lead = List.of("lead-implementering");
    CompletableFuture<ChecklistSet> got = started.checklists(lead);
    assertThat(got).isNotSameAs(started.checklists(DEFAULT));
    assertThat(got.join().checklists()).isEqualTo(ChecklistLoader.load(lead).checklists());
  }

  @Test
  void a_checklist_that_cannot_be_loaded_is_the_check_s_error() {
    CheckPrefetch.start(List.of(), Path.of(""));
    assertThatThrownBy(() -> CheckPrefetch.take().checklists(List.of("no-such-checklist")).join())
        .isInstanceOf(CompletionException.class).hasCauseInstanceOf(ChecklistException.class);
  }

  @Test
  void a_plan_named_on_the_command_line_is_read_and_scored_early_for_the_default_checklists() throws Exception {
    CheckPrefetch.start(List.of("--format", "json", EXAMPLE), Path.of(""));
    CheckPrefetch started = CheckPrefetch.take();
    ChecklistSet set = started.checklists(DEFAULT).join();
    Plan plan = started.read(LOADER, Path.of(EXAMPLE), EXAMPLE);

    assertThat(started.read(LOADER, Path.of(EXAMPLE), EXAMPLE)).isSameAs(plan);
    assertThat(plan).isEqualTo(LOADER.load(Path.of(EXAMPLE), EXAMPLE));
    assertThat(started.scored(plan, set)).contains(new Scorer(set).score(plan));
    ChecklistSet other = ChecklistLoader.load(List.of("lead-implementering"));
    assertThat(started.scored(plan, other)).isEmpty();
    assertThat(started.scored(LOADER.load(Path.of(EXAMPLE), EXAMPLE), set)).isEmpty();
  }

  @Test
  void an_early_reading_serves_only_the_same_file_under_the_same_name(@TempDir Path dir) throws Exception {
    Path copy = Files.copy(Path.of(EXAMPLE), dir.resolve("plan.md"));
    CheckPrefetch.start(List.of("plan.md"), dir);
    CheckPrefetch started = CheckPrefetch.take();

    Plan elsewhere = started.read(LOADER, Path.of(EXAMPLE), "plan.md");
    assertThat(elsewhere.path()).isEqualTo("plan.md");
    assertThat(started.read(LOADER, copy, "plan.md")).isNotSameAs(elsewhere);
    assertThat(started.read(LOADER, copy, "copy.md").path()).isEqualTo("copy.md");
  }

  @Test
  void a_plan_that_cannot_be_read_early_gives_the_error_reading_it_now_gives(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("empty.md"), new byte[0]);
    CheckPrefetch.start(List.of("empty.md"), dir);
    CheckPrefetch started = CheckPrefetch.take();

    String now = messageOf(() -> LOADER.load(dir.resolve("empty.md"), "empty.md"));
    assertThat(messageOf(() -> started.read(LOADER, dir.resolve("empty.md"), "empty.md"))).isEqualTo(now).isNotEmpty();
  }

  @Test
  void only_the_first_words_that_name_plan_files_are_read_early(@TempDir Path dir) throws Exception {
    List<String> words = new ArrayList<>(List.of("-o", "missing.md", "notes.docx.bak", "answers.parat.yaml"));
    for (int i = 0; i <= CheckPrefetch.MAX_PLANS; i++) {
      Files.copy(Path.of(EXAMPLE), dir.resolve("p" + i + ".md"));
      words.add("p" + i + ".md");
    }
    CheckPrefetch.start(words, dir);
    CheckPrefetch started = CheckPrefetch.take();
    ChecklistSet set = started.checklists(DEFAULT).join();

    for (int i = 0; i <= CheckPrefetch.MAX_PLANS; i++) {
      Plan plan = started.read(LOADER, dir.resolve("p" + i + ".md"), "p" + i + ".md");
      assertThat(started.scored(plan, set).isPresent()).as("p" + i).isEqualTo(i < CheckPrefetch.MAX_PLANS);
    }
  }

  /** What the user gets is the same with the early work as without it, whatever checklists the check names. */
  @Test
  void a_check_reports_alike_with_and_without_the_early_work() {
    for (List<String> options : List.<List<String>>of(List.of(), List.of("--all"), List.of("--checklist", "lead-implementering"))) {
      List<String> args = new ArrayList<>(List.of("check", "--format", "json"));
      args.addAll(options);
      args.add(EXAMPLE);
      Cli.Result without = Cli.run(args.toArray(String[]::new));
      CheckPrefetch.start(args.subList(1, args.size()), Path.of(""));
      Cli.Result with = Cli.run(args.toArray(String[]::new));
      assertThat(with).as(String.join(" ", options)).isEqualTo(without);
    }
  }

  private interface Reading {
    Plan read() throws InputError;
  }

  private static String messageOf(Reading reading) {
    try {
      reading.read();
      return "";
    } catch (InputError e) {
      return e.getMessage();
    }
  }
}
