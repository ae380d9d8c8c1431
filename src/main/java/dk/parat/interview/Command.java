package dk.parat.interview;

import dk.parat.checklist.Status;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** One line the consultant typed, understood. */
sealed interface Command {

  /** Keep parat's status, with a note when one follows ({@code a budget agreed in May}). */
  record Accept(String note) implements Command {}

  /** Set a status, with a note when one follows ({@code p the training plan is a draft}). */
  record SetStatus(Status status, String note) implements Command {}

  /** Add a note; without text the interview asks for it on a line of its own. */
  record Note(String text) implements Command {}

  record Skip() implements Command {}

  record Back() implements Command {}

  /** {@code :goto ITEM-ID}; the id is null when it was left out. */
  record Goto(String item) implements Command {}

  /** {@code :chapter N}; the chapter is null when it was left out. */
  record Chapter(String chapter) implements Command {}

  record Score() implements Command {}

  record Explain() implements Command {}

  record Draft() implements Command {}

  record Help() implements Command {}

  record Quit() implements Command {}

  record Unknown(String input) implements Command {}

  /** The commands as they are typed, for completion and help. */
  List<String> WORDS = List.of("accept", "note", "skip", "back", ":goto", ":chapter", ":score", ":explain", ":draft",
      ":help", ":quit");

  /** Short keys for the statuses; each letter is the status's first, so none is shared between item kinds. */
  Map<String, Status> SHORT = Map.of("c", Status.COVERED, "p", Status.PARTIAL, "m", Status.MISSING,
      "g", Status.GUARDED, "u", Status.UNCLEAR, "e", Status.EXPOSED, "na", Status.NOT_APPLICABLE,
      "n/a", Status.NOT_APPLICABLE);

  /** An empty line skips: pressing Enter must never record an answer by accident. */
  static Command parse(String line) {
    String text = line.strip();
    if (text.isEmpty()) {
      return new Skip();
    }
    int space = text.indexOf(' ');
    String word = (space < 0 ? text : text.substring(0, space)).toLowerCase(Locale.ROOT);
    String rest = space < 0 ? null : text.substring(space + 1).strip();
    return switch (word) {
      case "a", "accept" -> new Accept(rest);
      case "n", "note" -> new Note(rest);
      case "s", "skip" -> new Skip();
      case "b", "back" -> new Back();
      case ":goto", ":g", "goto" -> new Goto(rest);
      case ":chapter", ":c", "chapter" -> new Chapter(rest);
      case ":score" -> new Score();
      case ":explain", ":e", "explain" -> new Explain();
      case ":draft", "draft" -> new Draft();
      case ":help", ":h", "?", "h", "help" -> new Help();
      case ":quit", ":q", "q", "quit" -> new Quit();
      default -> status(word).<Command>map(s -> new SetStatus(s, rest)).orElse(new Unknown(text));
    };
  }

  private static Optional<Status> status(String word) {
    Status shortKey = SHORT.get(word);
    return shortKey != null ? Optional.of(shortKey) : Status.parse(word);
  }
}
