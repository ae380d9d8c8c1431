package dk.parat.agreement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dk.parat.checklist.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A plan with a consultant's label for every core item, read from a label file. */
record LabelledPlan(Path plan, Map<String, Status> labels) {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /**
   * A labelled set by name: {@code examples} (the bundled examples' expected verdicts),
   * {@code labelled} (seven plans the rules were later tuned on too), {@code unseen} (seven
   * plans written after the rules, never used to write them) or {@code all}.
   */
  static List<LabelledPlan> set(String name) {
    List<LabelledPlan> plans = new ArrayList<>();
    if (name.equals("examples") || name.equals("all")) {
      plans.addAll(examples());
    }
    if (name.equals("labelled") || name.equals("held-out") || name.equals("all")) {
      plans.addAll(read(Path.of("src/test/resources/labelled"), Path.of("src/test/resources/labelled")));
    }
    if (name.equals("unseen") || name.equals("all")) {
      plans.addAll(read(Path.of("src/test/resources/labelled-2"), Path.of("src/test/resources/labelled-2")));
    }
    if (plans.isEmpty()) {
      throw new IllegalArgumentException("no labelled set '" + name + "'; use examples, labelled, unseen or all");
    }
    return plans;
  }

  static List<LabelledPlan> examples() {
    return read(Path.of("examples/expected"), Path.of("."));
  }

  private static List<LabelledPlan> read(Path folder, Path planBase) {
    try (Stream<Path> files = Files.list(folder)) {
      List<LabelledPlan> plans = new ArrayList<>();
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        JsonNode root = YAML.readTree(f.toFile());
        if (!root.has("labels")) {
          continue;
        }
        Map<String, Status> labels = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.get("labels").fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          String status = e.getValue().isObject() ? e.getValue().get("status").asText() : e.getValue().asText();
          labels.put(e.getKey(), Status.parse(status).orElseThrow(() -> new IllegalStateException(f + ": bad status " + status)));
        }
        plans.add(new LabelledPlan(planBase.resolve(root.get("plan").asText()).normalize(), labels));
      }
      return plans;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
