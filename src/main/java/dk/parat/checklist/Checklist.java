package dk.parat.checklist;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.stream.Stream;

/** A checklist as written in its YAML file. */
public record Checklist(
    @JsonProperty("$schema") String schema,
    String id,
    String version,
    Text title,
    Publication publication,
    String language,
    ScoringDefaults scoring,
    List<Band> bands,
    List<OverrideRule> overrides,
    List<Chapter> chapters,
    Calibration calibration) {

  public Checklist {
    scoring = scoring == null ? new ScoringDefaults(null, null, null, null, null) : scoring;
    bands = bands == null ? List.of() : List.copyOf(bands);
    overrides = overrides == null ? List.of() : List.copyOf(overrides);
    chapters = chapters == null ? List.of() : List.copyOf(chapters);
    calibration = calibration == null ? Calibration.NONE : calibration;
  }

  public Stream<Item> items() {
    return chapters.stream().flatMap(c -> c.items().stream());
  }
}
