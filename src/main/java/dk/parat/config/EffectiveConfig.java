package dk.parat.config;

import dk.parat.plan.PlanReadException;
import dk.parat.plan.Waiver;
import dk.parat.plan.WaiverReader;
import dk.parat.text.Lines;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The settings of a run after precedence: command line over {@code PARAT_*} environment over
 * the config file over the default. Each setting says where it came from, for
 * {@code parat config show}.
 */
public record EffectiveConfig(
    Setting<List<String>> checklists,
    Setting<String> failOn,
    Setting<Double> minScore,
    Setting<Double> minChapterScore,
    Setting<Map<String, Double>> chapterMinimums,
    Setting<List<String>> format,
    Setting<String> lang,
    Setting<Path> outputDir,
    Setting<Boolean> noWaivers,
    Setting<List<Waiver>> waivers,
    Setting<List<String>> ignore,
    Path configFile) {

  /** Values given on the command line; null where the option was not given. */
  public record CommandLine(List<String> checklists, String failOn, Double minScore, Double minChapterScore,
      List<String> format, String lang, Path outputDir, Boolean noWaivers) {}

  public static EffectiveConfig resolve(CommandLine cli, Map<String, String> env, ConfigLoader.Loaded file)
      throws ConfigException {
    ConfigFile f = file == null ? ConfigFile.empty() : file.config();
    ConfigFile.Output out = f.output() == null ? new ConfigFile.Output(null, null, null) : f.output();
    Sources s = new Sources(env, file);
    return new EffectiveConfig(
        s.pick(cli.checklists(), "--checklist", "PARAT_CHECKLISTS", EffectiveConfig::list, f.checklists(), "checklists",
            List.of("bedre-implementering")),
        s.pick(cli.failOn(), "--fail-on", "PARAT_FAIL_ON", v -> v, f.failOn(), "fail_on", "never"),
        s.pick(cli.minScore(), "--min-score", "PARAT_MIN_SCORE", number("PARAT_MIN_SCORE"), f.minScore(), "min_score", null),
        s.pick(cli.minChapterScore(), "--min-chapter-score", "PARAT_MIN_CHAPTER_SCORE", number("PARAT_MIN_CHAPTER_SCORE"),
            f.minChapterScore(), "min_chapter_score", null),
        s.pick(null, null, null, null, f.chapterMinimums(), "chapter_minimums", Map.of()),
        s.pick(cli.format(), "--format", "PARAT_FORMAT", EffectiveConfig::list, out.format(), "format", List.of("markdown")),
        s.pick(cli.lang(), "--lang", "PARAT_LANG", v -> v, out.lang(), "lang", null),
        s.pick(cli.outputDir(), "--output-dir", "PARAT_OUTPUT_DIR", Path::of,
            out.outputDir() == null ? null : file.path().toAbsolutePath().getParent().resolve(out.outputDir()), "output_dir", null),
        s.pick(cli.noWaivers(), "--no-waivers", "PARAT_NO_WAIVERS", v -> v.equals("1") || v.equalsIgnoreCase("true"),
            null, null, false),
        waivers(f, file),
        s.pick(null, null, null, null, f.ignore(), "ignore", List.of()),
        file == null ? null : file.path());
  }

  private static Setting<List<Waiver>> waivers(ConfigFile f, ConfigLoader.Loaded file) throws ConfigException {
    if (f.waivers() == null || f.waivers().isEmpty()) {
      return new Setting<>(List.of(), "default");
    }
    try {
      return new Setting<>(WaiverReader.read(file.path().toString(), f.waivers(), file.text()),
          file.path() + ":" + Lines.ofKey(file.text(), "waivers"));
    } catch (PlanReadException e) {
      throw new ConfigException(e.getMessage());
    }
  }

  private static List<String> list(String commaSeparated) {
    return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
  }

  private static Function<String, Double> number(String variable) {
    return v -> {
      try {
        return Double.valueOf(v);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(variable + "='" + v + "' is not a number");
      }
    };
  }

  /** Every setting as {@code key: value  # source} lines, for {@code parat config show}. */
  public List<String> describe() {
    Map<String, Setting<?>> all = new LinkedHashMap<>();
    all.put("checklists", checklists);
    all.put("fail_on", failOn);
    all.put("min_score", minScore);
    all.put("min_chapter_score", minChapterScore);
    all.put("chapter_minimums", chapterMinimums);
    all.put("format", format);
    all.put("lang", lang);
    all.put("output_dir", outputDir);
    all.put("no_waivers", noWaivers);
    all.put("waivers", new Setting<>(waivers.value().stream().map(w -> w.item() + (w.until() == null ? "" : " until " + w.until())).toList(),
        waivers.source()));
    all.put("ignore", ignore);
    List<String> lines = new ArrayList<>();
    lines.add("# config file: " + (configFile == null ? "none found" : configFile));
    all.forEach((k, v) -> lines.add(String.format("%-18s %-40s # %s", k + ":", v.value() == null ? "~" : v.value(), v.source())));
    return lines;
  }

  /** Looks a value up in each source in order of precedence. */
  private record Sources(Map<String, String> env, ConfigLoader.Loaded file) {

    <T> Setting<T> pick(T cli, String option, String variable, Function<String, T> parse, T fromFile, String key,
        T fallback) throws ConfigException {
      if (cli != null) {
        return new Setting<>(cli, option);
      }
      if (variable != null && env.get(variable) != null && !env.get(variable).isBlank()) {
        try {
          return new Setting<>(parse.apply(env.get(variable).strip()), variable);
        } catch (IllegalArgumentException e) {
          throw new ConfigException(e.getMessage());
        }
      }
      if (fromFile != null) {
        return new Setting<>(fromFile, file.path() + ":" + Lines.ofKey(file.text(), key));
      }
      return new Setting<>(fallback, "default");
    }
  }
}
