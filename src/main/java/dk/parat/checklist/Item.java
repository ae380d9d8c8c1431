package dk.parat.checklist;

import dk.parat.plan.PlanContext;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One insight, pitfall, question or principle of a checklist.
 *
 * @param examples sentences by the status they must get, tested by {@code parat checklist test}
 */
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
    EvidenceRules evidence,
    Map<String, List<String>> examples) {

  public Item {
    questions = questions == null ? TextList.empty() : questions;
    weightWhen = weightWhen == null ? List.of() : List.copyOf(weightWhen);
    notApplicable = notApplicable == null ? List.of() : List.copyOf(notApplicable);
    evidence = evidence == null ? EvidenceRules.none() : evidence;
    examples = examples == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(examples));
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
