package dk.parat.agreement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dk.parat.files.InputError;
import dk.parat.files.YamlErrors;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A sentence written for one item outside any plan, with what it shows. A sentence file maps
 * each item id to lists under the keys of {@link Shows}; the perturbation sets and the reader's
 * extra training sentences are such files.
 */
public record LabelledSentence(String item, Shows shows, String text) {

  /** What the sentence shows for its item, named as the file's key. */
  public enum Shows {
    /** Commits the plan to what an insight asks. */
    SUPPORT("support"),
    /** Guards concretely against a pitfall. */
    GUARD("guards"),
    /** Walks into a pitfall. */
    RED_FLAG("red_flags"),
    /** On the item's topic and earns nothing: vague, intended only, negated, past or waved off. */
    NEAR_MISS("near_misses");

    private final String key;

    Shows(String key) {
      this.key = key;
    }

    static Optional<Shows> ofKey(String key) {
      return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    static String keys() {
      return String.join(", ", Arrays.stream(values()).map(s -> s.key).toList());
    }
  }

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** The sentences of a sentence file, item by item in the file's order. */
  public static List<LabelledSentence> read(Path file) throws InputError {
    JsonNode root;
    try {
      root = YAML.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new InputError(file.toString(), e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
          "is not valid YAML (" + YamlErrors.describe(e) + ")");
    } catch (IOException e) {
      throw new InputError(file.toString(), 0, "cannot be read as a sentence file (" + e.getMessage() + ")");
    }
    if (root == null || !root.isObject()) {
      throw new InputError(file.toString(), 1, "is not a sentence file: it must map item ids to lists of "
          + Shows.keys());
    }
    List<LabelledSentence> sentences = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> items = root.fields(); items.hasNext(); ) {
      Map.Entry<String, JsonNode> item = items.next();
      for (Iterator<Map.Entry<String, JsonNode>> lists = item.getValue().fields(); lists.hasNext(); ) {
        Map.Entry<String, JsonNode> list = lists.next();
        Shows shows = Shows.ofKey(list.getKey()).orElseThrow(() -> new InputError(file.toString(), 0,
            item.getKey() + " has a list '" + list.getKey() + "'; the lists are " + Shows.keys()));
        list.getValue().forEach(s -> sentences.add(new LabelledSentence(item.getKey(), shows, s.asText())));
      }
    }
    return sentences;
  }
}
