package dk.parat.checklist;

import java.util.List;
import java.util.Optional;

/**
 * A validated checklist with every item's patterns compiled, in the publication's order.
 *
 * @param source the file it was read from, as named
 * @param bundled whether that file is one parat holds, not one a user named
 */
public record CompiledChecklist(Checklist checklist, String source, boolean bundled, List<CompiledItem> items) {

  public String id() {
    return checklist.id();
  }

  public Optional<CompiledItem> item(String id) {
    return items.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  public List<CompiledItem> items(Chapter chapter) {
    return items.stream().filter(i -> i.chapter().id().equals(chapter.id())).toList();
  }
}
