package dk.parat.checklist;

import dk.parat.text.Lang;
import java.util.List;

/** A list of texts (questions, patterns) in both languages; the two lists need not be equally long. */
public record TextList(List<String> da, List<String> en) {

  public TextList {
    da = da == null ? List.of() : List.copyOf(da);
    en = en == null ? List.of() : List.copyOf(en);
  }

  public static TextList empty() {
    return new TextList(List.of(), List.of());
  }

  public List<String> in(Lang lang) {
    return lang == Lang.EN ? en : da;
  }

  public boolean isEmpty() {
    return da.isEmpty() && en.isEmpty();
  }
}
