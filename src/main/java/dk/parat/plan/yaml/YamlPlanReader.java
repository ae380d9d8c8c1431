package dk.parat.plan.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dk.parat.files.InputError;
import dk.parat.plan.Block;
import dk.parat.plan.Plan;
import dk.parat.plan.PlanFormat;
import dk.parat.plan.PlanReader;
import dk.parat.plan.read.ContextReader;
import dk.parat.plan.read.Digest;
import dk.parat.plan.read.PlanText;
import dk.parat.plan.read.SectionBuilder;
import dk.parat.plan.read.Yaml;
import dk.parat.waiver.WaiverReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a plan written as YAML: top-level keys are sections, nested maps subsections, strings
 * paragraphs and list entries list items. The context comes from a {@code context:} (or
 * {@code meta:}) map, or from context keys at the top level.
 */
public final class YamlPlanReader implements PlanReader {

  /** How far on from a scalar's own line its pieces are looked for. */
  private static final int SEARCH_LINES = 200;
  /**
   * The top-level keys read as context: not every name the context has. "navn", "brugere",
   * "målgruppe" and "lang" at the top of a YAML plan as often head prose ("målgruppe: Borgere over
   * 65 …"), and a context value is checked against the values parat knows, so reading them as
   * context would make such a plan an error; in a {@code context:} map they are context.
   */
  private static final Set<String> CONTEXT_KEYS = Set.of("title", "titel", "municipality", "kommune", "technology",
      "teknologi", "phase", "fase", "maturity", "modenhed", "scale", "skala", "omfang", "audience", "language", "sprog");

  @Override
  public PlanFormat format() {
    return PlanFormat.YAML;
  }

  @Override
  public Plan read(String path, byte[] content) throws InputError {
    String text = PlanText.decode(path, content);
    Map<String, Object> context = new LinkedHashMap<>();
    SectionBuilder sections = new SectionBuilder();
    List<String> sourceLines = text.lines().toList();
    try (JsonParser parser = Yaml.FACTORY.createParser(text)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new InputError(path, 1, "a YAML plan must be a mapping whose keys are the plan's sections");
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        int line = parser.currentTokenLocation().getLineNr();
        JsonToken value = parser.nextToken();
        String lower = key.toLowerCase(Locale.ROOT);
        if (lower.equals("waivers") && value == JsonToken.START_ARRAY) {
          context.put("waivers", Yaml.value(parser));
        } else if (ContextReader.CONTEXT_MAPS.contains(lower) && value == JsonToken.START_OBJECT) {
          ((Map<?, ?>) Yaml.value(parser)).forEach((k, v) -> context.put(String.valueOf(k), v));
        } else if (CONTEXT_KEYS.contains(lower) && value.isScalarValue()) {
          context.put(key, parser.getText());
        } else {
          sections.heading(1, heading(key), line);
          new Values(parser, sections, sourceLines).value(2);
        }
      }
    } catch (JsonProcessingException e) {
      throw Yaml.error(path, e, 1);
    } catch (IOException e) {
      throw new InputError(path, 0, "cannot be read (" + e.getMessage() + ")");
    }
    return new Plan(path, format(), ContextReader.read(path, context, text), sections.build(), Digest.sha256(content),
        WaiverReader.read(path, context.get("waivers"), text));
  }

  /** "gevinst_realisering" reads as "Gevinst realisering". */
  private static String heading(String key) {
    String words = key.replace('_', ' ').strip();
    return words.isEmpty() ? key : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** Reads one YAML value at the parser's current token into blocks and subsections. */
  private record Values(JsonParser parser, SectionBuilder sections, List<String> sourceLines) {

    void value(int level) throws IOException {
      JsonToken token = parser.currentToken();
      if (token == JsonToken.START_OBJECT) {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          int line = parser.currentTokenLocation().getLineNr();
          JsonToken next = parser.nextToken();
          if (next.isScalarValue() && !next.equals(JsonToken.VALUE_NULL) && parser.getText().length() < 60
              && !parser.getText().contains("\n")) {
            // A short "key: value" pair is a statement, not a subsection: "ansvarlig: Mette Hansen".
            sections.block(Block.single(Block.Kind.LIST_ITEM, heading(key) + ": " + parser.getText(), line));
          } else {
            sections.heading(level, heading(key), line);
            value(level + 1);
          }
        }
      } else if (token == JsonToken.START_ARRAY) {
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          if (parser.currentToken().isScalarValue()) {
            scalar(Block.Kind.LIST_ITEM);
          } else {
            value(level);
          }
        }
      } else if (token != null && token.isScalarValue() && token != JsonToken.VALUE_NULL) {
        scalar(Block.Kind.PARAGRAPH);
      }
    }

    private void scalar(Block.Kind kind) throws IOException {
      String value = parser.getText();
      int line = parser.currentTokenLocation().getLineNr();
      int paragraphLine = line;
      List<String> paragraph = new ArrayList<>();
      for (String piece : value.split("\n", -1)) {
        int found = find(piece, paragraphLine);
        if (piece.isBlank()) {
          emit(kind, paragraph, line);
          paragraph = new ArrayList<>();
          continue;
        }
        if (paragraph.isEmpty()) {
          line = found;
        }
        paragraph.add(piece);
        paragraphLine = found;
      }
      emit(kind, paragraph, line);
    }

    private void emit(Block.Kind kind, List<String> paragraph, int line) {
      if (!paragraph.isEmpty()) {
        sections.block(Block.single(kind, String.join(" ", paragraph), line));
      }
    }

    /**
     * The source line holding this piece of a (possibly folded) scalar, searching from
     * {@code from} a few lines on: a piece that is not there as written (escapes, quotes) would
     * otherwise send every search to the end of the file.
     */
    private int find(String piece, int from) {
      String needle = piece.strip();
      if (needle.isEmpty()) {
        return from;
      }
      for (int i = Math.max(0, from - 1); i < Math.min(sourceLines.size(), from + SEARCH_LINES); i++) {
        if (sourceLines.get(i).contains(needle)) {
          return i + 1;
        }
      }
      return from;
    }
  }
}
