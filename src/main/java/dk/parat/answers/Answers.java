package dk.parat.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The answers of the interviews on one plan, in the order the items were first answered.
 *
 * @param source the answers file as the user knows it, for messages
 * @param last the item answered most recently: a resumed interview goes on after it; null before any answer
 */
public record Answers(String source, String last, List<Answer> answers) {

  public Answers {
    answers = List.copyOf(answers);
  }

  /** No answers, from no file: a run without interview answers. */
  public static Answers none() {
    return empty(null);
  }

  public static Answers empty(String source) {
    return new Answers(source, null, List.of());
  }

  public Optional<Answer> of(String item) {
    return answers.stream().filter(a -> a.item().equals(item)).findFirst();
  }

  /** These answers with {@code answer} in place of any earlier one on its item, and its item as the last. */
  public Answers with(Answer answer) {
    List<Answer> updated = new ArrayList<>(answers);
    int at = indexOf(answer.item());
    if (at >= 0) {
      updated.set(at, answer);
    } else {
      updated.add(answer);
    }
    return new Answers(source, answer.item(), updated);
  }

  /**
   * The answers given on the plan as it was ({@code from}) moved to the plan as it is ({@code to}):
   * for a change parat made itself and knows to be harmless, such as a drafted stub.
   */
  public Answers restamped(String from, String to) {
    return new Answers(source, last, answers.stream().map(a -> from.equals(a.planDigest()) ? a.withDigest(to) : a).toList());
  }

  public boolean isEmpty() {
    return answers.isEmpty();
  }

  private int indexOf(String item) {
    for (int i = 0; i < answers.size(); i++) {
      if (answers.get(i).item().equals(item)) {
        return i;
      }
    }
    return -1;
  }
}
