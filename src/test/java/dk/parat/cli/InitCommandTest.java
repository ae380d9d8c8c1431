package dk.parat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.parat.Cli;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** {@code parat init} writes a skeleton that {@code parat check} reads, and in which nothing counts as evidence. */
class InitCommandTest {

  @TempDir
  Path dir;

  private List<CSVRecord> rows(Path plan) throws Exception {
    Cli.Result check = Cli.run("check", "--all", "-f", "csv", plan.toString());
    assertThat(check.exit()).as(check.err()).isZero();
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(check.out()))
        .getRecords();
  }

  @ParameterizedTest
  @ValueSource(strings = {"da", "en"})
  void the_untouched_skeleton_scores_every_item_missing_or_unclear(String lang) throws Exception {
    Path plan = dir.resolve("plan.md");
    Cli.Result init = Cli.run("init", "--all", "--lang", lang, "-o", plan.toString());
    assertThat(init.exit()).as(init.err()).isZero();
    assertThat(init.err()).contains("wrote " + plan);
    List<CSVRecord> rows = rows(plan);
    assertThat(rows).hasSize(99);
    assertThat(rows).allSatisfy(r -> assertThat(r.get("status")).as(r.get("item")).isIn("missing", "unclear"));
    assertThat(rows).allSatisfy(r -> assertThat(r.get("evidence")).as(r.get("item")).isEmpty());
    String skeleton = Files.readString(plan);
    assertThat(skeleton).contains(lang.equals("da") ? "## Kapitel 1: Implementering er aldrig rutine"
        : "## Chapter 1: Implementation is never routine").contains("<!-- BI-1-I1\n- ");
  }

  @Test
  void the_chosen_context_is_the_plans_context_and_items_it_sets_aside_are_not_applicable() throws Exception {
    Path plan = dir.resolve("idea.md");
    assertThat(Cli.run("init", "--title", "Talegenkendelse \"pilot\"", "--municipality", "Nørreby Kommune",
        "--phase", "Idéudvikling", "--maturity", "ny", "--scale", "enhed", "--audience", "back-office",
        "-o", plan.toString()).exit()).isZero();
    JsonNode json = new ObjectMapper().readTree(Cli.run("check", "-f", "json", plan.toString()).out());
    JsonNode context = json.at("/plans/0/context");
    assertThat(context.get("title").asText()).isEqualTo("Talegenkendelse \"pilot\"");
    assertThat(context.get("phase").asText()).isEqualTo("idéudvikling");
    assertThat(context.get("maturity").asText()).isEqualTo("new");
    List<CSVRecord> rows = rows(plan);
    assertThat(rows).extracting(r -> r.get("status")).contains("not-applicable")
        .allSatisfy(s -> assertThat(s).isIn("missing", "unclear", "not-applicable"));
  }

  @Test
  void a_bad_context_value_or_an_existing_file_is_a_usage_error() throws Exception {
    Cli.Result bad = Cli.run("init", "--phase", "drømmefase");
    assertThat(bad.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(bad.err()).contains("--phase 'drømmefase' is not one parat knows; use one of idéudvikling");
    Path plan = Files.writeString(dir.resolve("plan.md"), "# Vores plan\n");
    Cli.Result exists = Cli.run("init", "-o", plan.toString());
    assertThat(exists.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(exists.err()).contains("exists; choose another file, or add --force");
    assertThat(Files.readString(plan)).isEqualTo("# Vores plan\n");
    assertThat(Cli.runIn(dir, Map.of(), "init", "--force", "-o", "plan.md").exit()).isZero();
    assertThat(Files.readString(plan)).startsWith("---\ntitle: \"Ny plan\"\n");
  }
}
