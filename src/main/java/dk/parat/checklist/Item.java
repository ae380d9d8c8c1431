package dk.parat.checklist;

import dk.parat.plan.PlanContext;
import java.util.List;
import java.util.Optional;

/** One insight, pitfall, question or principle of a checklist. */
public record Item(
    String id,
    ItemKind kind,
    Text title,
    Text description,
    TextList questions,
    Text advice,
    Integer page,
    Double weight,
    Boolean critical,
    List<WeightRule> weightWhen,
    List<NotApplicableRule> notApplicable,
    EvidenceRules evidence) {

  public Item {
    questions = questions == null ? TextList.empty() : questions;
    weightWhen = weightWhen == null ? List.of() : List.copyOf(weightWhen);
    notApplicable = notApplicable == null ? List.of() : List.copyOf(notApplicable);
    evidence = evidence == null ? new EvidenceRules(null, null, null, null, null) : evidence;
  }

  public boolean isCritical() {
    return Boolean.TRUE.equals(critical);
  }

  /** The weight in the plan's context: the first matching {@code weight_when}, else the item's weight. */
  public double weightIn(PlanContext context) {
    return weightWhen.stream()
        .filter(rule -> rule.when().holds(context))
        .mapToDouble(WeightRule::weight)
        .findFirst()
        .orElse(weight == null ? 1.0 : weight);
  }

  /** Why the item is set aside in this context, if it is. */
  public Optional<Text> notApplicableIn(PlanContext context) {
    return notApplicable.stream().filter(rule -> rule.when().holds(context)).map(NotApplicableRule::reason).findFirst();
  }
}
