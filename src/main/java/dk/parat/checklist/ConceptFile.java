package dk.parat.checklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code checklists/concepts.yaml}: the named concepts every checklist's patterns may use. */
public record ConceptFile(Map<String, Definition> concepts) {

  public ConceptFile {
    concepts = concepts == null ? Map.of() : new LinkedHashMap<>(concepts);
  }

  /**
   * One concept.
   *
   * @param about what the concept stands for, for people reading the file and the docs
   */
  public record Definition(String about, List<String> da, List<String> en) {

    public Definition {
      da = da == null ? List.of() : List.copyOf(da);
      en = en == null ? List.of() : List.copyOf(en);
    }
  }
}
