package dk.parat.plan.read;

import dk.parat.files.InputError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A YAML front-matter block between '---' lines at the top of a text plan: its keys, and the
 * text after it.
 *
 * @param bodyFirstLine the file line on which {@code body} begins
 */
public record FrontMatter(Map<?, ?> map, String body, int bodyFirstLine) {

  /** Splits a text plan into its front matter, when it starts with one, and the rest. */
  public static FrontMatter split(String path, String text) throws InputError {
    List<String> lines = text.lines().toList();
    if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
      return new FrontMatter(Map.of(), text, 1);
    }
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.equals("---") || line.equals("...")) {
        String yaml = String.join("\n", lines.subList(1, i));
        String body = String.join("\n", lines.subList(i + 1, lines.size()));
        return new FrontMatter(contextLifted(Yaml.map(path, yaml, 2)), body, i + 2);
      }
    }
    throw new InputError(path, 1, "the front matter that starts with '---' on line 1 never ends; "
        + "close it with a line '---'");
  }

  /**
   * The front matter with a context written as a map of its own ({@code context:} and the keys
   * under it, the shape of a YAML plan) read as if its keys stood at the top, as people copy
   * that shape into a Markdown or text plan.
   */
  private static Map<?, ?> contextLifted(Map<?, ?> map) {
    Map<Object, Object> lifted = new LinkedHashMap<>();
    map.forEach((key, value) -> {
      if (value instanceof Map<?, ?> inner && ContextReader.CONTEXT_MAPS.contains(String.valueOf(key).toLowerCase(Locale.ROOT))) {
        lifted.putAll(inner);
      } else {
        lifted.put(key, value);
      }
    });
    return lifted;
  }
}
