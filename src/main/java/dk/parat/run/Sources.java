package dk.parat.run;

import dk.parat.waiver.Waiver;
import java.util.List;

/**
 * What, besides parat's own verdicts and its bundled checklists, shaped a run's verdicts and
 * gates, so that every report names it. Each of these can arrive in a pull request: a config
 * file beside the plans sets the gate and its waivers, a checklist file decides what is asked.
 * The sources of one plan (its answers file, its waivers) are in {@link Run.Scored}.
 *
 * @param strict whether the run was {@code --strict}: parat's own verdicts, against bundled or
 *     explicitly named checklists, without answers, waivers or a config found beside the plans
 * @param config the config file the run read, as the user knows it, or null for none
 * @param configSettings the settings the config file gave
 * @param skippedConfig a config file found beside the plans that {@code --strict} did not read, or null
 * @param checklists the checklists read from files rather than bundled with parat
 * @param answersOff the option that set the answers files aside ({@code --strict}, {@code --no-answers}), or null
 * @param waiversOff the option that set the waivers aside ({@code --strict}, {@code --no-waivers}), or null
 * @param skippedWaivers the config's waivers that were set aside
 */
public record Sources(boolean strict, String config, List<ConfigSetting> configSettings, String skippedConfig,
    List<ChecklistFile> checklists, String answersOff, String waiversOff, List<Waiver> skippedWaivers) {

  public Sources {
    configSettings = List.copyOf(configSettings);
    checklists = List.copyOf(checklists);
    skippedWaivers = List.copyOf(skippedWaivers);
  }

  /** A setting a config file gave, and its line there. */
  public record ConfigSetting(String key, int line) {}

  /**
   * A checklist read from a file, which whoever can change the file can change.
   *
   * @param namedBy where the run was told to use it: an option, a variable, or a config file and line
   * @param byConfig whether a config file named it, rather than the command line or the environment
   */
  public record ChecklistFile(String id, String file, String namedBy, boolean byConfig) {}

  /** Nothing but parat's own verdicts and bundled checklists, as for a run that read no config. */
  public static Sources none() {
    return new Sources(false, null, List.of(), null, List.of(), null, null, List.of());
  }
}
