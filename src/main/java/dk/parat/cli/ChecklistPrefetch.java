package dk.parat.cli;

import dk.parat.checklist.ChecklistException;
import dk.parat.checklist.ChecklistLoader;
import dk.parat.checklist.ChecklistSet;
import dk.parat.config.Settings;
import dk.parat.scoring.MatcherTable;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The checklists of a check, loaded on a thread of their own. A check that is started before its
 * command line is parsed ({@link #start}) begins with the checklists a check reads when nothing
 * names others: parsing the command line keeps one core busy for about a tenth of a second, and
 * loading the checklists and numbering their word matchers takes about as long on the other. A
 * check whose settings name other checklists loads those and leaves the started ones unused.
 */
public final class ChecklistPrefetch {

  private record Started(List<String> refs, CompletableFuture<ChecklistSet> checklists) {}

  private static volatile Started started;

  private ChecklistPrefetch() {}

  /** Starts loading the checklists a check reads by default; returns what a check of them will get. */
  public static CompletableFuture<ChecklistSet> start() {
    List<String> refs = Settings.CHECKLISTS.fallback();
    Started now = new Started(refs, load(refs));
    started = now;
    return now.checklists();
  }

  /** The checklists named: the started ones when they are those, else loading now. */
  static CompletableFuture<ChecklistSet> checklists(List<String> refs) {
    Started ready = started;
    started = null;
    return ready != null && ready.refs().equals(refs) ? ready.checklists() : load(refs);
  }

  private static CompletableFuture<ChecklistSet> load(List<String> refs) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        ChecklistSet set = ChecklistLoader.load(refs);
        // The scorer's table of word matchers is made here as well, while the main thread reads the
        // plans; and Lucene's tokenizer starts here (its classes' set-up reads the JVM's flags through
        // the management beans), so that the main thread finds it ready.
        MatcherTable.of(set);
        set.analyzer().tokens("parat");
        return set;
      } catch (ChecklistException e) {
        throw new CompletionException(e);
      }
    });
  }
}
