package dk.parat.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML parser's complaint as one clause a user can act on. The parser's own message is a
 * trace over several lines ("while parsing a block collection in 'reader', line 57 …"); the
 * line it points at is given with the message, by whoever reports it.
 */
public final class YamlErrors {

  private YamlErrors() {}

  /** Whether the error is in the YAML itself (syntax, indentation, a duplicate key) rather than in what it holds. */
  public static boolean isSyntax(JsonProcessingException e) {
    return parserComplaint(e) != null
        || e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field ");
  }

  /** What is wrong at the error's line, in a few words, without the parser's trace or Java's type names. */
  public static String describe(JsonProcessingException e) {
    MarkedYAMLException yaml = parserComplaint(e);
    if (yaml != null) {
      return problem(yaml);
    }
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("").strip();
    if (message.startsWith("Duplicate field ")) {
      return "duplicate key " + message.substring("Duplicate field ".length())
          + "; a key may appear once in a mapping: keep the one that holds";
    }
    return message.isEmpty() ? "malformed YAML" : message.replaceAll("`[\\w.$]+`", "this value");
  }

  /** The YAML parser's exception behind Jackson's, which wraps it once or, inside a mapping, twice. */
  private static MarkedYAMLException parserComplaint(Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof MarkedYAMLException yaml && yaml.getProblem() != null) {
        return yaml;
      }
    }
    return null;
  }

  private static String problem(MarkedYAMLException yaml) {
    String problem = yaml.getProblem();
    int contextLine = yaml.getContextMark() == null ? 0 : yaml.getContextMark().getLine() + 1;
    if (problem.startsWith("expected <block end>")) {
      return "this line is indented differently from the block it belongs to"
          + (contextLine > 0 ? " (which starts on line " + contextLine + ")" : "")
          + "; indent it like the other entries of that block";
    }
    if (problem.startsWith("mapping values are not allowed")) {
      return "a key where none can be: indent this line like the keys above it, or put a value holding ': ' in quotes";
    }
    if (problem.startsWith("could not find expected ':'")) {
      return "a key without ':' after it; check this line's indentation and quotes";
    }
    if (problem.contains("'\\t'")) {
      return "a tab; YAML indents with spaces only";
    }
    return problem.replace("<", "").replace(">", "") + "; check the indentation, colons and quotes on this line";
  }
}
