package dk.parat.cli;

import dk.parat.checklist.ChecklistException;
import dk.parat.checklist.ChecklistLoader;
import dk.parat.checklist.ChecklistRepository;
import dk.parat.checklist.ChecklistSet;
import dk.parat.explain.Explanation;
import dk.parat.explain.ExplanationText;
import dk.parat.explain.ItemLookup;
import dk.parat.explain.PlanExplanations;
import dk.parat.files.InputError;
import dk.parat.gate.GatePolicy;
import dk.parat.plan.Plan;
import dk.parat.plan.PlanLoader;
import dk.parat.report.ItemExplanation;
import dk.parat.report.Messages;
import dk.parat.run.Assessor;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code parat explain ITEM-ID [PLAN]}: what an item means, where to read about it, what to ask;
 * with a plan, why the plan got its verdict on the item.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = {"Explain a checklist item: its source page, description, questions and advice.",
        "With a plan: why the plan got its verdict on the item: every sentence parat weighed, the rule that found "
            + "it, what was decided about it (counted, negated, outweighed), the headings that name the item, and "
            + "what would change the verdict."},
    footer = {"", "Examples:", "  parat explain BI-4-P2", "  parat explain --lang en SO-BC-1",
        "  parat explain bi-4-p4 examples/talegenkendelse-myndighed.md",
        "", "Exit codes: 0 explained, 2 usage or input error (unknown item, unreadable plan), 3 internal error."})
final class ExplainCommand extends BaseCommand {

  @Parameters(index = "0", paramLabel = "ITEM-ID", completionCandidates = ItemIds.class,
      description = "An item id, e.g. BI-4-P2, in any case.")
  String id;

  @Parameters(index = "1", arity = "0..1", paramLabel = "PLAN",
      description = "A plan: explain its verdict on the item.")
  Path plan;

  @Mixin
  LanguageOption language;

  @Mixin
  AnswerOptions answers;

  @Mixin
  ChecklistOptions checklistOptions;

  @Override
  public Integer call() throws Exception {
    List<String> refs = checklistOptions.checklists.isEmpty() ? ChecklistRepository.bundledIds() : checklistOptions.refs();
    // An item's explanation needs only the checklists; a plan's verdict also the lexicon and the analyzer.
    ChecklistSet scoring = plan == null ? null : ChecklistLoader.load(refs);
    ItemLookup lookup = new ItemLookup(scoring == null ? ChecklistLoader.checklists(refs) : scoring.checklists());
    ItemLookup.Found found = lookup.find(id).orElseThrow(() -> unknown(lookup, refs));
    io().out().print(scoring == null ? ItemExplanation.render(found.checklist(), found.item(), language.lang())
        : explain(scoring, found));
    io().out().flush();
    return ExitCode.OK;
  }

  private String explain(ChecklistSet checklists, ItemLookup.Found found) throws InputError {
    Plan read = PlanLoader.standard().load(io().workingDir().resolve(plan), plan.toString());
    Assessor assessor = new Assessor(checklists, List.of(), false, GatePolicy.none(), io().today(),
        answers.source(io(), 1, false));
    Messages m = new Messages(language.lang());
    Explanation explanation = new PlanExplanations(m, checklists.analyzer())
        .of(assessor.assess(read).scored(), found.item()).orElseThrow();
    return ExplanationText.render(explanation, m);
  }

  private UserError unknown(ItemLookup lookup, List<String> refs) {
    List<String> near = lookup.near(id);
    return new UserError("no item '" + id + "' in " + String.join(", ", refs)
        + (near.isEmpty() ? "" : "; did you mean " + String.join(" or ", near) + "?")
        + " ('parat checklist show ID' lists a checklist's items)");
  }

  /** Every bundled item's id, for shell completion; read only when a completion script is made. */
  static final class ItemIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      try {
        return ChecklistLoader.checklists(ChecklistRepository.bundledIds()).stream()
            .flatMap(c -> c.items().stream()).map(i -> i.id()).distinct().iterator();
      } catch (ChecklistException e) {
        throw new IllegalStateException("a bundled checklist does not load: " + e.getMessage(), e);
      }
    }
  }
}
