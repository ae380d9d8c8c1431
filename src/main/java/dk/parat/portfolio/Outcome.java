package dk.parat.portfolio;

import dk.parat.run.Run;
import dk.parat.waiver.Waiver;
import java.util.List;

/** What became of one plan of a batch: scored and rendered, or not read. */
public sealed interface Outcome {

  /**
   * Scored, and already rendered by the thread that scored it, so that the writing thread only
   * copies text.
   *
   * @param gateFailed whether the plan failed the gate against any checklist
   * @param unknownWaivers waivers that name items none of the checklists has
   * @param json the plan's line of {@code portfolio.ndjson}, without the line break
   * @param itemRows the plan's rows of {@code items.csv}
   * @param html the plan's HTML report
   * @param warnings what the user should hear about the plan, which does not stop it being scored
   */
  record Scored(PlanSummary summary, boolean gateFailed, List<Waiver> unknownWaivers, String json, String itemRows,
      String html, List<String> warnings) implements Outcome {
    public Scored {
      unknownWaivers = List.copyOf(unknownWaivers);
      warnings = List.copyOf(warnings);
    }
  }

  /** Not scored: the file could not be read, or (when {@code bug} is set) parat failed on it. */
  record Failed(Run.Unreadable failure, boolean bug) implements Outcome {}
}
