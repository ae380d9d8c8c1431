package dk.parat.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a config file may send reports. A config file arrives with the plans, in a pull request
 * as much as from a colleague, so the folder it names must lie inside the repository: the
 * config file's own folder or the working folder, links followed. A folder anywhere else is
 * for the person running parat to name, on the command line or in {@code PARAT_OUTPUT_DIR}.
 */
public final class OutputFolder {

  private OutputFolder() {}

  public static void requireInside(EffectiveConfig config, Path workingDir) throws ConfigException {
    Setting<Path> dir = config.get(Settings.OUTPUT_DIR);
    Path file = config.configFile();
    if (dir.value() == null || file == null || !dir.source().startsWith(config.configName() + ":")) {
      return;
    }
    Path real = real(workingDir.resolve(dir.value()));
    Path configFolder = real(file.toAbsolutePath().getParent());
    if (!real.startsWith(configFolder) && !real.startsWith(real(workingDir))) {
      throw new ConfigException(dir.source() + ": output_dir '" + dir.value() + "' leads outside the repository ("
          + real + "); a config file may only send reports into its own folder or the working folder. "
          + "To write there, give --output-dir on the command line");
    }
  }

  /** The path with every link followed and every '..' resolved, also where the last parts do not exist yet. */
  private static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
    } catch (IOException e) {
      return absolute;
    }
  }
}
