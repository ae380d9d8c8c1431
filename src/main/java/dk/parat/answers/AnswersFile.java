package dk.parat.answers;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dk.parat.checklist.Status;
import dk.parat.files.InputError;
import dk.parat.files.InputFile;
import dk.parat.files.OutputFile;
import dk.parat.files.YamlErrors;
import dk.parat.plan.PlanLoader;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads and writes the answers file beside a plan, {@code <plan>.parat.yaml}. It is YAML that a
 * person can read and, with care, edit; every problem in it is reported with its line.
 */
public final class AnswersFile {

  /** The version of the file's layout; a file of a newer one is refused rather than half understood. */
  static final int FORMAT = 1;

  /** Far more than the notes of a long interview on the largest checklist. */
  static final long MAX_BYTES = 1024 * 1024;
  private static final List<String> ANSWER_KEYS = List.of("item", "status", "note", "by", "at", "plan_digest");
  private AnswersFile() {}

  /**
   * Made only when an answers file is read or written: most plans have none, and Jackson's databind
   * takes a tenth of a second to start.
   */
  private static final class Mapper {
    static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build());
  }

  public static Path besidePlan(Path plan) {
    return plan.resolveSibling(plan.getFileName() + PlanLoader.ANSWERS_SUFFIX);
  }

  /** The answers in {@code file}, or empty when there is no such file. {@code name} is the file as the user knows it. */
  public static Optional<Answers> read(Path file, String name) throws InputError {
    String text;
    try {
      text = InputFile.readText(file, name, MAX_BYTES, "answers files");
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (MalformedInputException e) {
      throw new InputError(name, 0, "is not UTF-8; save it as UTF-8, or delete it to start the answers afresh");
    } catch (IOException e) {
      throw new InputError(name, 0, "cannot be read (" + e.getMessage() + ")");
    }
    return Optional.of(parse(name, text));
  }

  /** Writes the answers atomically: an interview killed at any moment leaves the previous file or this one. */
  public static void write(Path file, Answers answers, String planName) throws IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("parat_answers", FORMAT);
    root.put("plan", planName);
    if (answers.last() != null) {
      root.put("last", answers.last());
    }
    root.put("answers", answers.answers().stream().map(AnswersFile::entry).toList());
    String header = "# Answers from 'parat interview' on " + planName + ". parat check uses them (not with --no-answers).\n"
        + "# parat rewrites this file after every answer: edit it by hand only when no interview is open.\n";
    String text = header + Mapper.YAML.writeValueAsString(root);
    OutputFile.named(file, file.toString()).write(out -> out.write(text));
  }

  /** An answer's keys, those without a value left out: a person reads the file, and "note: null" is noise. */
  private static Map<String, Object> entry(Answer a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("item", a.item());
    if (a.status() != null) {
      m.put("status", a.status().id());
    }
    if (a.note() != null) {
      m.put("note", a.note());
    }
    m.put("by", a.by());
    m.put("at", a.timestamp());
    if (a.planDigest() != null) {
      m.put("plan_digest", a.planDigest());
    }
    return m;
  }

  /** The answers in a file's text, as {@link #read} reads them; {@code name} is the file as the user knows it. */
  public static Answers parse(String name, String text) throws InputError {
    try (JsonParser p = Mapper.YAML.getFactory().createParser(text)) {
      Reader reader = new Reader(name, p);
      return reader.file();
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new InputError(name, line, "is not valid YAML (" + YamlErrors.describe(e)
          + "); fix it, or delete the file to start the answers afresh");
    } catch (IOException e) {
      throw new InputError(name, 0, "cannot be read (" + e.getMessage() + ")");
    }
  }

  /** Walks the YAML token by token, so that every complaint can name its line. */
  private static final class Reader {
    private final String name;
    private final JsonParser p;

    Reader(String name, JsonParser p) {
      this.name = name;
      this.p = p;
    }

    Answers file() throws IOException, InputError {
      if (p.nextToken() == null) {
        return Answers.empty(name);
      }
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw error("must be a mapping with parat_answers, plan, last and answers; was it overwritten by something else?");
      }
      String last = null;
      List<Answer> answers = List.of();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        int line = line();
        p.nextToken();
        switch (key) {
          case "parat_answers" -> {
            String version = scalar(key);
            if (!String.valueOf(FORMAT).equals(version)) {
              throw new InputError(name, line, "is in answers format " + version + ", and this parat reads format "
                  + FORMAT + "; use the parat that wrote it, or a newer one");
            }
          }
          case "plan" -> scalar(key);
          case "last" -> last = scalar(key);
          case "answers" -> answers = answers();
          default -> throw new InputError(name, line, "unknown key '" + key
              + "'; the file holds parat_answers, plan, last and answers");
        }
      }
      return new Answers(name, last, answers);
    }

    private List<Answer> answers() throws IOException, InputError {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return List.of();
      }
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw error("'answers' must be a list of answers, each starting with '- item:'");
      }
      List<Answer> answers = new ArrayList<>();
      Map<String, Integer> seen = new HashMap<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        Answer a = answer();
        Integer earlier = seen.putIfAbsent(a.item(), a.line());
        if (earlier != null) {
          throw new InputError(name, a.line(), a.item() + " is answered twice (also on line " + earlier
              + "); keep the answer that holds and delete the other");
        }
        answers.add(a);
      }
      return answers;
    }

    private Answer answer() throws IOException, InputError {
      int start = line();
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw error("each answer must be a mapping: item, status, note, by, at, plan_digest");
      }
      Map<String, String> values = new HashMap<>();
      Map<String, Integer> lines = new HashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        int line = line();
        if (!ANSWER_KEYS.contains(key)) {
          throw new InputError(name, line, "an answer has an unknown key '" + key + "'; an answer has "
              + String.join(", ", ANSWER_KEYS));
        }
        p.nextToken();
        values.put(key, scalar(key));
        lines.put(key, line);
      }
      String item = values.get("item");
      if (blank(item)) {
        throw new InputError(name, start, "an answer has no 'item'; name the checklist item it answers, e.g. BI-4-P2");
      }
      Status status = null;
      if (!blank(values.get("status"))) {
        status = Status.parse(values.get("status")).orElseThrow(() -> new InputError(name, lines.get("status"),
            "the answer for " + item + " has status '" + values.get("status") + "', which is not a status; use "
                + Arrays.stream(Status.values()).map(Status::id).collect(Collectors.joining(", "))
                + " (or leave it out to keep parat's verdict with a note)"));
      }
      String note = blank(values.get("note")) ? null : values.get("note");
      if (status == null && note == null) {
        throw new InputError(name, start, "the answer for " + item + " has neither a status nor a note; "
            + "give it one, or delete the answer");
      }
      String by = values.get("by");
      if (blank(by)) {
        throw new InputError(name, start, "the answer for " + item + " does not say who gave it; add 'by: NAME'");
      }
      OffsetDateTime at;
      try {
        at = OffsetDateTime.parse(String.valueOf(values.get("at")).strip());
      } catch (DateTimeParseException e) {
        throw new InputError(name, lines.getOrDefault("at", start), "the answer for " + item + " has "
            + (values.get("at") == null ? "no 'at'" : "at '" + values.get("at") + "'")
            + "; write when it was given as an ISO timestamp, e.g. 2025-03-04T10:15:00+01:00");
      }
      String digest = values.get("plan_digest");
      if (!blank(digest) && !digest.strip().matches("[0-9a-f]{64}")) {
        throw new InputError(name, lines.get("plan_digest"), "the answer for " + item + " has plan_digest '"
            + digest + "', which is no SHA-256; leave it out (the answer then counts as possibly stale)");
      }
      return new Answer(item.strip(), status, note, by.strip(), at, blank(digest) ? null : digest.strip(), start);
    }

    /** A single value; a list or mapping where one value belongs is a mistake worth naming. */
    private String scalar(String key) throws IOException, InputError {
      JsonToken t = p.currentToken();
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        throw error("'" + key + "' must be a single value, not a " + (t == JsonToken.START_OBJECT ? "mapping" : "list"));
      }
      return t == JsonToken.VALUE_NULL ? null : p.getText();
    }

    private int line() {
      return p.currentTokenLocation().getLineNr();
    }

    private InputError error(String message) {
      return new InputError(name, line(), message);
    }

    private static boolean blank(String s) {
      return s == null || s.isBlank();
    }
  }
}
