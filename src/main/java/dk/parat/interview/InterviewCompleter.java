package dk.parat.interview;

import dk.parat.checklist.Chapter;
import dk.parat.checklist.Status;
import dk.parat.text.Lang;
import java.util.List;
import java.util.function.IntSupplier;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion: first the commands and the statuses that fit the item on screen, then item
 * ids after {@code :goto} and chapters after {@code :chapter}, each with its title.
 */
final class InterviewCompleter implements Completer {

  private final Walk walk;
  private final IntSupplier position;
  private final Lang lang;

  /** @param position the item on screen, read at each Tab since the interview moves on */
  InterviewCompleter(Walk walk, IntSupplier position, Lang lang) {
    this.walk = walk;
    this.position = position;
    this.lang = lang;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    int at = Math.min(position.getAsInt(), walk.size() - 1);
    if (line.wordIndex() == 0) {
      Command.WORDS.forEach(w -> candidates.add(new Candidate(w)));
      for (Status s : Status.values()) {
        if (s.fits(walk.at(at).item().item().kind())) {
          candidates.add(new Candidate(s.id()));
        }
      }
      return;
    }
    if (line.wordIndex() != 1) {
      return;
    }
    Command command = Command.parse(line.words().get(0));
    if (command instanceof Command.Goto) {
      walk.stops().forEach(s -> candidates.add(described(s.item().id(), s.item().item().title().in(lang))));
    } else if (command instanceof Command.Chapter) {
      for (Chapter chapter : walk.at(at).checklist().checklist().chapters()) {
        candidates.add(described(chapter.id(), chapter.title().in(lang)));
      }
    }
  }

  private static Candidate described(String value, String description) {
    return new Candidate(value, value, null, description, null, null, true);
  }
}
