package dk.parat.agreement;

import dk.parat.checklist.ChecklistSet;
import dk.parat.checklist.Status;
import dk.parat.files.InputError;
import dk.parat.plan.Block;
import dk.parat.plan.Plan;
import dk.parat.plan.PlanLoader;
import dk.parat.plan.Section;
import dk.parat.scoring.ItemResult;
import dk.parat.scoring.Scorer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The perturbation benchmark: single red-flag and guard sentences, written by people who never
 * saw parat's rules, are added one at a time to strong and weak plans, and the pitfall they are
 * written for must move the right way: a red flag must make the verdict worse, a guard better.
 * Only trials where the verdict can move count: a red flag added where the pitfall is already
 * exposed, a guard where it is already guarded, or either where the plan already contradicts
 * itself on the pitfall (unclear at best, whatever is added) are left out and counted apart.
 */
public final class Perturbations {

  /** A sentence written for one pitfall, as a red flag or as a guard. */
  public record Sentence(String item, boolean redFlag, String text) {}

  /**
   * One sentence added to one plan: the pitfall's verdict before and after.
   *
   * @param contradicted whether the plan contradicted itself on the pitfall before the sentence
   */
  public record Trial(Sentence sentence, String host, Status before, boolean contradicted, Status after) {

    /** Whether the verdict could move the sentence's way at all. */
    public boolean movable() {
      if (before == Status.NOT_APPLICABLE || contradicted) {
        return false;
      }
      return sentence.redFlag() ? before != Status.EXPOSED : before != Status.GUARDED;
    }

    public boolean movedRightWay() {
      return sentence.redFlag() ? after.level() < before.level() : after.level() > before.level();
    }
  }

  /** Where the sentence goes: a section of its own at the end, under a heading that names no item. */
  private static final String HEADING = "Supplerende bemærkninger";

  private final Scorer scorer;

  public Perturbations(ChecklistSet checklists) throws InputError {
    this.scorer = new Scorer(checklists);
  }

  /** The red flags and guards of a sentence file (other lists in it are not perturbations). */
  public static List<Sentence> read(Path file) throws InputError {
    return LabelledSentence.read(file).stream()
        .filter(s -> s.shows() == LabelledSentence.Shows.RED_FLAG || s.shows() == LabelledSentence.Shows.GUARD)
        .map(s -> new Sentence(s.item(), s.shows() == LabelledSentence.Shows.RED_FLAG, s.text()))
        .toList();
  }

  /** Every sentence added to every host plan. */
  public List<Trial> run(List<Path> hosts, List<Sentence> sentences) throws InputError {
    List<Trial> trials = new ArrayList<>();
    PlanLoader loader = PlanLoader.standard();
    for (Path host : hosts) {
      Plan plan = loader.load(host);
      List<ItemResult> hostResults = items(plan);
      for (Sentence sentence : sentences) {
        ItemResult before = result(hostResults, sentence.item());
        Status after = result(items(withSentence(plan, sentence.text())), sentence.item()).status();
        trials.add(new Trial(sentence, host.getFileName().toString(), before.status(), before.contradicts(), after));
      }
    }
    return trials;
  }

  /** The share of the trials that could move that moved the right way. */
  public static double rate(List<Trial> trials) {
    List<Trial> movable = trials.stream().filter(Trial::movable).toList();
    return movable.isEmpty() ? Double.NaN : movable.stream().filter(Trial::movedRightWay).count() / (double) movable.size();
  }

  private List<ItemResult> items(Plan plan) {
    return scorer.score(plan).scores().get(0).items();
  }

  private static ItemResult result(List<ItemResult> items, String item) {
    return items.stream().filter(r -> r.item().id().equals(item)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no item " + item + " in the checklist"));
  }

  private static Plan withSentence(Plan plan, String text) {
    int line = plan.sections().stream().flatMap(s -> s.blocks().stream())
        .mapToInt(b -> b.lines().get(b.lines().size() - 1)).max().orElse(0) + 2;
    List<Section> sections = new ArrayList<>(plan.sections());
    sections.add(new Section(List.of(HEADING), 2, line, List.of(Block.single(Block.Kind.PARAGRAPH, text, line + 2))));
    return new Plan(plan.path(), plan.format(), plan.context(), sections, plan.digest(), plan.waivers());
  }
}
