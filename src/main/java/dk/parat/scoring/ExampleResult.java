package dk.parat.scoring;

import dk.parat.checklist.CompiledChecklist;
import dk.parat.checklist.CompiledItem;
import dk.parat.checklist.Status;

/** One example sentence of a checklist item, the status it should get and the status it got. */
public record ExampleResult(CompiledChecklist checklist, CompiledItem item, Status expected, String example,
    ItemResult actual) {

  public boolean passed() {
    return actual.status() == expected;
  }
}
