package dk.parat.cli;

import dk.parat.config.CommandLineSettings;
import dk.parat.config.ConfigException;
import dk.parat.config.ConfigLoader;
import dk.parat.config.EffectiveConfig;
import dk.parat.config.OutputFolder;
import dk.parat.config.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
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

  static EffectiveConfig resolve(Io io, GateOptions gate, ChecklistOptions checklists, OutputChoices output,
      List<Path> plans) throws ConfigException {
    ConfigLoader.Loaded file = null;
    if (gate.config != null) {
      Path path = io.workingDir().resolve(gate.config);
      if (!Files.isRegularFile(path)) {
        throw new ConfigException(gate.config + ": no such config file; check the path given to --config");
      }
      file = ConfigLoader.read(path);
    } else {
      Path start = plans == null || plans.isEmpty() ? io.workingDir() : io.workingDir().resolve(plans.get(0));
      var found = ConfigLoader.find(start);
      if (found.isPresent()) {
        file = ConfigLoader.read(found.get());
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
    EffectiveConfig config = EffectiveConfig.resolve(cli, io.env(), file);
    OutputFolder.requireInside(config, io.workingDir());
    return config;
  }
}
