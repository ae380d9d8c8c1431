package dk.parat.reader;

import dk.parat.checklist.ItemKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides an item's level (0, 1 or 2: missing, partial, covered; exposed, unclear, guarded) from
 * the rules' verdict and how sure the reader is of its best sentences, as two logistic models:
 * "at least the middle level" and "the top level". Fitted on the training part of the corpus.
 */
public record Combiner(Map<String, Double> middle, Map<String, Double> top) {

  public Combiner {
    middle = Map.copyOf(middle);
    top = Map.copyOf(top);
  }

  /**
   * What the combiner weighs for one item of one plan.
   *
   * @param ruleLevel the level of the rules' verdict
   * @param contradiction whether the rules found a guard and a red flag
   * @param read the reader's best sentences in the plan
   * @param sides the item's sides: for each, the probability of its best and second-best sentence
   *     and how many sentences it finds more likely than not (a plan that says a thing once and one
   *     that says it throughout differ there). The plan's number of sentences is weighed for
   *     insights only, since a consultant credits a thin excerpt's mention less: for pitfalls it
   *     gained nothing cross-validated, and it let a thin plan's one clear guard be doubted away
   */
  public static Map<String, Double> features(String item, ItemKind kind, int ruleLevel, boolean contradiction,
      BestSentences read, List<Integer> sides) {
    Map<String, Double> features = new LinkedHashMap<>();
    features.put("bias", 1.0);
    features.put("rule" + ruleLevel, 1.0);
    if (contradiction) {
      features.put("both", 1.0);
    }
    for (int s = 0; s < sides.size(); s++) {
      double best = read.best()[sides.get(s)];
      double second = read.second()[sides.get(s)];
      features.put("p" + s, best);
      features.put("p" + s + "sq", best * best);
      features.put("q" + s, second);
      features.put("q" + s + "sq", second * second);
      features.put("n" + s, Math.log1p(read.likely()[sides.get(s)]));
    }
    if (kind == ItemKind.INSIGHT) {
      features.put("length", Math.log1p(read.read()));
    }
    features.put("item:" + item, 1.0);
    return features;
  }

  /** The level, "at least the middle level" taken from the probability {@code middleCut} (0.5 is the model's own). */
  public int level(Map<String, Double> features, double middleCut) {
    return (atLeastMiddle(features) > middleCut ? 1 : 0) + (probability(top, features) > Cuts.EVEN ? 1 : 0);
  }

  /** The probability that the item is at least at the middle level: touched, or a pitfall not walked into. */
  public double atLeastMiddle(Map<String, Double> features) {
    return probability(middle, features);
  }

  private static double probability(Map<String, Double> weights, Map<String, Double> features) {
    double z = 0;
    for (Map.Entry<String, Double> f : features.entrySet()) {
      z += weights.getOrDefault(f.getKey(), 0.0) * f.getValue();
    }
    return 1 / (1 + Math.exp(-z));
  }
}
