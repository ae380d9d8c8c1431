package dk.parat.cli;

import dk.parat.answers.AnswerSource;
import dk.parat.checklist.ChecklistRepository;
import dk.parat.checklist.ChecklistSet;
import dk.parat.config.CommandLineSettings;
import dk.parat.config.ConfigException;
import dk.parat.config.ConfigLoader;
import dk.parat.config.EffectiveConfig;
import dk.parat.config.OutputFolder;
import dk.parat.config.Settings;
import dk.parat.files.InputError;
import dk.parat.run.Assessor;
import dk.parat.run.Sources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;

/**
 * The options every scoring command shares (checklists, gates, config file), resolved with the
 * environment and the config file into the run's settings.
 */
final class RunSettings {

  @Mixin
  ChecklistOptions checklists;

  @Mixin
  GateOptions gate;

  EffectiveConfig resolve(Io io, OutputChoices output, List<Path> plans) throws ConfigException {
    return resolve(io, gate, checklists, output, plans);
  }

  boolean strict() {
    return gate.strict;
  }

  /** The option or variable that sets every waiver aside, or null when waivers count. */
  String waiversOff(EffectiveConfig config) {
    return gate.strict ? "--strict" : config.value(Settings.NO_WAIVERS) ? config.get(Settings.NO_WAIVERS).source() : null;
  }

  /** How a run assesses each plan with these settings: waivers from the config unless set aside, the gate, the answers. */
  Assessor assessor(Io io, EffectiveConfig config, ChecklistSet set, AnswerSource answers) throws InputError {
    return new Assessor(set, config.value(Settings.WAIVERS), waiversOff(config) != null, CheckCommand.policy(config),
        io.today(), answers);
  }

  /**
   * What besides parat's own verdicts and bundled checklists shapes the run, for the reports to
   * name: the config file and the settings it gave, checklist files, and what was set aside.
   *
   * @param answersOff the option that sets answers files aside, or null when they count
   */
  Sources sources(Io io, EffectiveConfig config, ChecklistSet set, String answersOff) {
    List<Sources.ChecklistFile> files = new ArrayList<>();
    String namedBy = config.get(Settings.CHECKLISTS).source();
    boolean byConfig = config.configName() != null && namedBy.startsWith(config.configName() + ":");
    for (String ref : config.value(Settings.CHECKLISTS)) {
      if (!ChecklistRepository.isBundled(ref)) {
        String file = Path.of(ref).toString();
        set.checklists().stream().filter(c -> c.source().equals(file)).findFirst()
            .ifPresent(c -> files.add(new Sources.ChecklistFile(c.id(), shown(io, Path.of(ref)), namedBy, byConfig)));
      }
    }
    String waiversOff = waiversOff(config);
    return new Sources(gate.strict, config.configName(),
        config.fromFile().stream().map(s -> new Sources.ConfigSetting(s.key(), s.line())).toList(),
        shown(io, config.skippedConfig()),
        files, answersOff, waiversOff, waiversOff == null ? List.of() : config.value(Settings.WAIVERS));
  }

  /** A path as the user knows it: relative to the working folder when inside it. */
  static String shown(Io io, Path path) {
    if (path == null) {
      return null;
    }
    Path absolute = io.workingDir().toAbsolutePath().resolve(path).normalize();
    Path base = io.workingDir().toAbsolutePath().normalize();
    return absolute.startsWith(base) ? base.relativize(absolute).toString() : path.toString();
  }

  static EffectiveConfig resolve(Io io, GateOptions gate, ChecklistOptions checklists, OutputChoices output,
      List<Path> plans) throws ConfigException {
    ConfigLoader.Loaded file = null;
    Path skipped = null;
    if (gate.config != null) {
      Path path = io.workingDir().resolve(gate.config);
      if (!Files.exists(path)) {
        throw new ConfigException(gate.config + ": no such config file; check the path given to --config");
      }
      file = ConfigLoader.read(path, gate.config.toString());
    } else {
      Path start = plans == null || plans.isEmpty() ? io.workingDir() : io.workingDir().resolve(plans.get(0));
      var found = ConfigLoader.find(start);
      // A protected gate takes its settings from the workflow, never from a file a pull request can add.
      if (found.isPresent() && gate.strict) {
        skipped = found.get();
      } else if (found.isPresent()) {
        file = ConfigLoader.read(found.get(), shown(io, found.get()));
      }
    }
    CommandLineSettings cli = new CommandLineSettings()
        .with(Settings.CHECKLISTS, checklists == null ? null : checklists.given())
        .with(Settings.FAIL_ON, gate.failOn)
        .with(Settings.MIN_SCORE, gate.minScore)
        .with(Settings.MIN_CHAPTER_SCORE, gate.minChapterScore)
        .with(Settings.FORMAT, output.formats())
        .with(Settings.LANG, output.lang())
        .with(Settings.OUTPUT_DIR, output.outputDir())
        .with(Settings.NO_WAIVERS, gate.noWaivers)
        .with(Settings.RAW_CSV, output.rawCsv())
        .with(Settings.CSV_DIALECT, output.csvDialect());
    EffectiveConfig config = EffectiveConfig.resolve(cli, io.env(), file).skipping(skipped);
    OutputFolder.requireInside(config, io.workingDir());
    return config;
  }
}
