package dk.parat.scoring;

import dk.parat.checklist.ChecklistSet;
import dk.parat.checklist.CompiledChecklist;
import dk.parat.checklist.CompiledItem;
import dk.parat.checklist.Status;
import dk.parat.checklist.Thresholds;
import dk.parat.files.InputError;
import dk.parat.plan.Plan;
import dk.parat.plan.markdown.MarkdownPlanReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the examples written into checklist items: each example is scored as a one-paragraph
 * plan, and must get the status it is filed under. The checklist's own unit tests of its
 * evidence rules: one sentence is judged as one mention, whatever number of sentences the
 * item's calibrated thresholds ask of a whole plan.
 */
public final class ExampleRunner {

  private final ChecklistSet checklists;
  private final MatcherTable table;

  public ExampleRunner(ChecklistSet checklists) {
    this.checklists = checklists;
    this.table = MatcherTable.of(checklists);
  }

  public List<ExampleResult> run() {
    List<ExampleResult> results = new ArrayList<>();
    for (CompiledChecklist checklist : checklists.checklists()) {
      for (CompiledItem item : checklist.items()) {
        for (Map.Entry<String, List<String>> e : item.item().examples().entrySet()) {
          Status expected = Status.parse(e.getKey()).orElseThrow();
          for (String example : e.getValue()) {
            results.add(new ExampleResult(checklist, item, expected, example, judge(item, example)));
          }
        }
      }
    }
    return results;
  }

  private ItemResult judge(CompiledItem item, String example) {
    Plan plan = plan("# " + item.id() + "\n\n" + example + "\n");
    Thresholds t = item.thresholds();
    CompiledItem oneSentence = item.with(new Thresholds(t.strength(), 1, 1, t.headingCredit()));
    return new ItemJudge(new PlanIndex(plan, checklists.analyzer(), checklists.lexicon(), table), checklists.lexicon())
        .judge(oneSentence);
  }

  private static Plan plan(String markdown) {
    try {
      return new MarkdownPlanReader().read("example", markdown.getBytes(StandardCharsets.UTF_8));
    } catch (InputError e) {
      throw new IllegalStateException("an example sentence is always a readable plan", e);
    }
  }
}
