package dk.parat.config;

import com.fasterxml.jackson.core.type.TypeReference;
import dk.parat.files.InputError;
import dk.parat.portfolio.CsvDialect;
import dk.parat.waiver.Waiver;
import dk.parat.waiver.WaiverReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every setting of a run, declared once: this table drives precedence (command line, then
 * {@code PARAT_*} variable, then {@code .parat.yaml}, then the default), the keys a config file
 * may hold, and {@code parat config show}, which lists the settings in this order. A new setting
 * is a new row.
 */
public final class Settings {

  private static final List<SettingDefinition<?>> TABLE = new ArrayList<>();
  private static final String SCORE = "a number from 0 to 100";

  public static final SettingDefinition<List<String>> CHECKLISTS = row(SettingDefinition.of("checklists",
      new TypeReference<List<String>>() {}, List.of("bedre-implementering"), "a list of checklist ids or paths").file("checklists")
      .option("--checklist").variable("PARAT_CHECKLISTS", Settings::list));
  public static final SettingDefinition<String> FAIL_ON = row(SettingDefinition.of("fail_on",
      new TypeReference<String>() {}, "never", "one of exposed, missing, partial, never").file("fail_on").option("--fail-on").variable("PARAT_FAIL_ON", v -> v));
  public static final SettingDefinition<Double> MIN_SCORE = row(SettingDefinition.of("min_score",
      new TypeReference<Double>() {}, null, SCORE).accepting(Settings::isScore).file("min_score").option("--min-score")
      .variable("PARAT_MIN_SCORE", Double::valueOf));
  public static final SettingDefinition<Double> MIN_CHAPTER_SCORE = row(SettingDefinition.of("min_chapter_score",
      new TypeReference<Double>() {}, null, SCORE).accepting(Settings::isScore).file("min_chapter_score").option("--min-chapter-score")
      .variable("PARAT_MIN_CHAPTER_SCORE", Double::valueOf));
  public static final SettingDefinition<Map<String, Double>> CHAPTER_MINIMUMS = row(SettingDefinition.of(
      "chapter_minimums", new TypeReference<Map<String, Double>>() {}, Map.of(),
      "a mapping of chapter ids to numbers from 0 to 100, such as {\"3\": 60}")
      .accepting(m -> m.values().stream().allMatch(Settings::isScore)).file("chapter_minimums"));
  public static final SettingDefinition<List<String>> FORMAT = row(SettingDefinition.of("format",
      new TypeReference<List<String>>() {}, List.of("markdown"), "a list of report formats").file("output.format")
      .option("--format").variable("PARAT_FORMAT", Settings::list));
  public static final SettingDefinition<String> LANG = row(SettingDefinition.of("lang",
      new TypeReference<String>() {}, null, "da or en").file("output.lang").option("--lang").variable("PARAT_LANG", v -> v));
  public static final SettingDefinition<Path> OUTPUT_DIR = row(SettingDefinition.of("output_dir",
      new TypeReference<Path>() {}, null, "a folder").file("output.output_dir", Settings::besideFile)
      .option("--output-dir").variable("PARAT_OUTPUT_DIR", Path::of));
  /** How {@code parat batch} writes its CSV files: for programs, or for Danish Excel ({@code --excel}). */
  public static final SettingDefinition<String> CSV_DIALECT = row(SettingDefinition.of("csv_dialect",
      new TypeReference<String>() {}, CsvDialect.RFC4180.id(), "one of " + String.join(", ", CsvDialect.ids()))
      .accepting(v -> CsvDialect.ids().contains(v)).file("csv.dialect").option("--excel")
      .variable("PARAT_CSV_DIALECT", v -> v));
  public static final SettingDefinition<Boolean> NO_WAIVERS = row(SettingDefinition.of("no_waivers",
      new TypeReference<Boolean>() {}, false, "true or false").option("--no-waivers").variable("PARAT_NO_WAIVERS", Settings::flag));
  public static final SettingDefinition<List<Waiver>> WAIVERS = row(SettingDefinition.of("waivers",
      new TypeReference<List<Waiver>>() {}, List.<Waiver>of(), "a list of waivers").file("waivers", Settings::waivers)
      .shown(ws -> ws.stream().map(w -> w.item() + (w.until() == null ? "" : " until " + w.until())).toList()));
  public static final SettingDefinition<List<String>> IGNORE = row(SettingDefinition.of("ignore",
      new TypeReference<List<String>>() {}, List.<String>of(), "a list of globs").file("ignore"));
  /**
   * CSV cells as they are, without the quote that keeps a spreadsheet from running plan text as a
   * formula. Not a key of {@code .parat.yaml}: a config file in a pull request must not be able to
   * switch the guard off for whoever opens the report.
   */
  public static final SettingDefinition<Boolean> RAW_CSV = row(SettingDefinition.of("raw_csv",
      new TypeReference<Boolean>() {}, false, "true or false").option("--raw-csv").variable("PARAT_RAW_CSV", Settings::flag));

  private Settings() {}

  /** The table, in the order {@code parat config show} prints it. */
  public static List<SettingDefinition<?>> all() {
    return Collections.unmodifiableList(TABLE);
  }

  private static <T> SettingDefinition<T> row(SettingDefinition<T> definition) {
    TABLE.add(definition);
    return definition;
  }

  /** Scores and their minimums are on the scale of 0 to 100; 150 would fail every plan, -1 none. */
  public static boolean isScore(double value) {
    return value >= 0 && value <= 100;
  }

  private static boolean flag(String value) {
    return value.equals("1") || value.equalsIgnoreCase("true");
  }

  private static List<String> list(String commaSeparated) {
    return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
  }

  /** A folder named in the config file is relative to the file's folder. */
  private static Path besideFile(Object dir, ConfigLoader.Loaded file) throws ConfigException {
    return file.path().toAbsolutePath().getParent().resolve(file.convert(dir, new TypeReference<String>() {},
        "output.output_dir", "a folder"));
  }

  /**
   * The waivers are read with their lines, from the file's own list rather than a converted
   * value; an empty list gives none, as if the key were absent.
   */
  private static List<Waiver> waivers(Object list, ConfigLoader.Loaded file) throws ConfigException {
    if (list instanceof List<?> entries && entries.isEmpty()) {
      return null;
    }
    try {
      return WaiverReader.read(file.name(), list, file.text());
    } catch (InputError e) {
      throw new ConfigException(e.getMessage());
    }
  }
}
