package dk.parat.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings table drives precedence, the keys a config file may hold, and config show. */
class SettingsTest {

  @Test
  void precedence_is_command_line_then_variable_then_file_then_default(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(".parat.yaml");
    Files.writeString(file, "fail_on: missing\nmin_score: 40\noutput: {format: sarif, output_dir: reports}\n");
    EffectiveConfig config = EffectiveConfig.resolve(new CommandLineSettings().with(Settings.FAIL_ON, "exposed"),
        Map.of("PARAT_MIN_SCORE", "55", "PARAT_FAIL_ON", "partial"), ConfigLoader.read(file));
    assertThat(config.get(Settings.FAIL_ON)).isEqualTo(new Setting<>("exposed", "--fail-on"));
    assertThat(config.get(Settings.MIN_SCORE)).isEqualTo(new Setting<>(55.0, "PARAT_MIN_SCORE"));
    assertThat(config.get(Settings.FORMAT)).isEqualTo(new Setting<>(List.of("sarif"), file + ":3"));
    assertThat(config.value(Settings.OUTPUT_DIR)).isEqualTo(dir.toAbsolutePath().resolve("reports"));
    assertThat(config.get(Settings.LANG)).isEqualTo(new Setting<>(null, "default"));
  }

  @Test
  void config_show_lists_every_row_of_the_table_in_its_order() throws Exception {
    List<String> lines = EffectiveConfig.resolve(new CommandLineSettings(), Map.of(), null).describe();
    assertThat(lines.get(0)).isEqualTo("# config file: none found");
    assertThat(lines.subList(1, lines.size())).extracting(l -> l.substring(0, l.indexOf(':')))
        .containsExactlyElementsOf(Settings.all().stream().map(SettingDefinition::key).toList());
  }

  @Test
  void a_key_no_setting_has_is_refused_with_its_line(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(".parat.yaml");
    Files.writeString(file, "checklists: [lead-implementering]\noutput:\n  formats: [csv]\n");
    assertThatThrownBy(() -> ConfigLoader.read(file)).isInstanceOf(ConfigException.class)
        .hasMessage(file + ":3: unknown key 'output.formats'; output may hold format, lang, output_dir");
    Files.writeString(file, "min_scor: 3\n");
    assertThatThrownBy(() -> ConfigLoader.read(file)).hasMessageStartingWith(file + ":1: unknown key 'min_scor'; "
        + "a config may hold checklists, fail_on, min_score, min_chapter_score, chapter_minimums, output, csv, waivers, ignore");
  }

  @Test
  void a_value_of_the_wrong_type_names_its_line(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(".parat.yaml");
    Files.writeString(file, "checklists: [lead-implementering]\nmin_score: high\n");
    ConfigLoader.Loaded loaded = ConfigLoader.read(file);
    assertThatThrownBy(() -> EffectiveConfig.resolve(new CommandLineSettings(), Map.of(), loaded))
        .isInstanceOf(ConfigException.class).hasMessage(file + ":2: min_score is 'high', which is not a number from 0 to 100");
  }
}
