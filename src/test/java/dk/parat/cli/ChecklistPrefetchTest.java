package dk.parat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.parat.checklist.ChecklistException;
import dk.parat.checklist.ChecklistLoader;
import dk.parat.checklist.ChecklistSet;
import dk.parat.config.Settings;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** The default checklists started before a check's command line is parsed are used only by a check of them. */
class ChecklistPrefetchTest {

  private static final List<String> DEFAULT = Settings.CHECKLISTS.fallback();

  @Test
  void a_check_of_the_default_checklists_gets_the_started_ones_once() throws Exception {
    CompletableFuture<ChecklistSet> started = ChecklistPrefetch.start();
    assertThat(ChecklistPrefetch.checklists(DEFAULT)).isSameAs(started);
    assertThat(ChecklistPrefetch.checklists(DEFAULT)).isNotSameAs(started);
    assertThat(started.join().checklists()).isEqualTo(ChecklistLoader.load(DEFAULT).checklists());
  }

  @Test
  void a_check_of_other_checklists_loads_those() throws Exception {
    CompletableFuture<ChecklistSet> started = ChecklistPrefetch.start();
    List<String> lead = List.of("lead-implementering");
    CompletableFuture<ChecklistSet> got = ChecklistPrefetch.checklists(lead);
    assertThat(got).isNotSameAs(started);
    assertThat(got.join().checklists()).isEqualTo(ChecklistLoader.load(lead).checklists());
  }

  @Test
  void a_checklist_that_cannot_be_loaded_is_the_check_s_error() {
    ChecklistPrefetch.start();
    assertThatThrownBy(() -> ChecklistPrefetch.checklists(List.of("no-such-checklist")).join())
        .isInstanceOf(CompletionException.class).hasCauseInstanceOf(ChecklistException.class);
  }
}
