package dk.parat.agreement;

import java.nio.file.Path;
import java.util.Map;

/** A plan of the corpus with its labels by item id. */
public record LabelledPlan(Path plan, String name, CorpusPart part, Map<String, Label> labels) {

  public LabelledPlan {
    labels = Map.copyOf(labels);
  }
}
