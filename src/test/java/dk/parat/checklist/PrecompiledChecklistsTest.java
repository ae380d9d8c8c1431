package dk.parat.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import dk.parat.Cli;
import dk.parat.plan.Plan;
import dk.parat.plan.PlanLoader;
import dk.parat.report.JsonReport;
import dk.parat.run.Run;
import dk.parat.run.Sources;
import dk.parat.scoring.Scorer;
import dk.parat.text.Concepts;
import dk.parat.text.Lang;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checklists the build precompiled are the bundled YAML compiled: the same model, the same
 * compound stems and the same verdicts on every example plan; and a precompiled form that no longer
 * matches its YAML is passed over.
 */
class PrecompiledChecklistsTest {

  private static final String DEFAULT = ChecklistRepository.DEFAULT_CHECKLIST;
  private static final int CORPUS_SAMPLE = 6;
  private static Concepts concepts;

  @BeforeAll
  static void readConcepts() throws ChecklistException {
    concepts = ChecklistLoader.concepts(ChecklistRepository.bundledOrFail(ChecklistRepository.CONCEPTS));
  }

  static List<String> bundled() {
    return ChecklistRepository.bundledIds();
  }

  @ParameterizedTest
  @MethodSource("bundled")
  void a_precompiled_checklist_is_its_yaml_compiled(String id) throws Exception {
    assertThat(PrecompiledChecklists.BUNDLED.read(id, CompiledChecklist.class))
        .contains(ChecklistLoader.checklist(ChecklistRepository.bundledOrFail(id), concepts));
  }

  @Test
  void the_precompiled_lexicon_is_its_yaml_compiled() throws Exception {
    String lexicon = ChecklistRepository.LEXICON;
    assertThat(PrecompiledChecklists.BUNDLED.read(lexicon, CompiledLexicon.class))
        .contains(ChecklistLoader.lexicon(ChecklistRepository.bundledOrFail(lexicon), concepts));
  }

  @Test
  void bundled_checklists_load_precompiled_and_any_other_from_its_yaml() {
    assertThat(PrecompiledChecklists.BUNDLED.set(List.of(DEFAULT))).isPresent();
    assertThat(PrecompiledChecklists.BUNDLED.set(bundled())).isPresent();
    assertThat(PrecompiledChecklists.BUNDLED.set(List.of(DEFAULT, "src/test/resources/checklists/mini.yaml"))).isEmpty();
    assertThat(PrecompiledChecklists.BUNDLED.set(List.of("no-such-checklist"))).isEmpty();
  }

  static Stream<List<String>> runs() {
    return Stream.concat(bundled().stream().map(List::of), Stream.of(bundled()));
  }

  @ParameterizedTest
  @MethodSource("runs")
  void every_example_plan_gets_the_same_report_from_the_precompiled_checklists_as_from_their_yaml(List<String> ids)
      throws Exception {
    ChecklistSet precompiled = PrecompiledChecklists.BUNDLED.set(ids).orElseThrow();
    ChecklistSet compiled = ChecklistLoader.compile(ids.stream().map(ChecklistRepository::bundledOrFail).toList(),
        ChecklistRepository.bundledOrFail(ChecklistRepository.LEXICON),
        ChecklistRepository.bundledOrFail(ChecklistRepository.CONCEPTS));
    Scorer fromPrecompiled = new Scorer(precompiled);
    Scorer fromYaml = new Scorer(compiled);
    List<Path> plans;
    try (Stream<Path> files = Files.list(Path.of("examples"))) {
      plans = files.filter(p -> p.toString().matches(".*\\.(md|yaml|txt|docx|pdf)$")).sorted().toList();
    }
    assertThat(plans).hasSizeGreaterThan(10);
    for (Path path : plans) {
      Plan plan = PlanLoader.standard().load(path, path.toString());
      assertThat(json(fromPrecompiled, plan)).as(path.toString()).isEqualTo(json(fromYaml, plan));
    }
  }

  static Stream<List<String>> checklistOptions() {
    return Stream.of(List.of(), List.of("--all"));
  }

  /**
   * The whole run, as a user gets it: what the precompiled form would change shows in the JSON report.
   * The models are proved equal above, checklist by checklist; this proves the run uses them alike, on
   * every example and every {@value #CORPUS_SAMPLE}th corpus plan, which spans its waves and formats.
   */
  @ParameterizedTest
  @MethodSource("checklistOptions")
  void parat_check_reports_examples_and_corpus_plans_alike_from_the_precompiled_checklists_and_from_the_yaml(
      List<String> options) throws Exception {
    List<String> args = new ArrayList<>(List.of("check", "--format", "json"));
    args.addAll(options);
    List<String> corpus = plans(Path.of("src/test/resources/corpus/plans"));
    List<String> plans = new ArrayList<>(plans(Path.of("examples")));
    for (int i = 0; i < corpus.size(); i += CORPUS_SAMPLE) {
      plans.add(corpus.get(i));
    }
    assertThat(plans).hasSizeGreaterThan(60);
    args.addAll(plans);

    Cli.Result precompiled = Cli.run(args.toArray(String[]::new));
    Cli.Result fromYaml = withoutPrecompiled(() -> Cli.run(args.toArray(String[]::new)));

    assertThat(precompiled.err()).isEmpty();
    assertThat(precompiled.out()).contains("\"path\" : \"" + plans.get(plans.size() - 1) + "\"");
    assertThat(fromYaml).isEqualTo(precompiled);
  }

  @Test
  void the_property_sets_the_precompiled_checklists_aside() throws Exception {
    assertThat(PrecompiledChecklists.bundled().set(List.of(DEFAULT))).isPresent();
    assertThat(withoutPrecompiled(() -> PrecompiledChecklists.bundled().set(List.of(DEFAULT)))).isEmpty();
    assertThat(withoutPrecompiled(() -> ChecklistLoader.load(List.of(DEFAULT)).checklists()))
        .isEqualTo(ChecklistLoader.load(List.of(DEFAULT)).checklists());
  }

  @Test
  void a_changed_checklist_is_compiled_from_its_yaml_not_shadowed_by_its_old_precompiled_form() throws Exception {
    String yaml = ChecklistRepository.bundledName(DEFAULT);
    String now = ChecklistRepository.bundledOrFail(DEFAULT).text();
    String before = now.replaceFirst("da: \"", "da: \"Forældet: ");
    String precompiled = "checklists/precompiled/" + DEFAULT + ".bin";
    PrecompiledChecklists atTheOldBuild = new PrecompiledChecklists(name -> name.equals(yaml)
        ? Optional.of(before.getBytes(StandardCharsets.UTF_8)) : ChecklistRepository.resource(name));
    byte[] stale = atTheOldBuild.encode(DEFAULT, ChecklistLoader.checklist(new YamlSource(yaml, before), concepts));
    PrecompiledChecklists withTheOldYaml = new PrecompiledChecklists(name -> name.equals(precompiled) ? Optional.of(stale)
        : name.equals(yaml) ? Optional.of(before.getBytes(StandardCharsets.UTF_8)) : ChecklistRepository.resource(name));
    assertThat(withTheOldYaml.checklists(List.of(DEFAULT)).orElseThrow().get(0).checklist().title().da())
        .startsWith("Forældet: ");
    PrecompiledChecklists withTheStaleFile = new PrecompiledChecklists(name -> name.equals(precompiled) ? Optional.of(stale)
        : ChecklistRepository.resource(name));

    assertThat(withTheStaleFile.set(List.of(DEFAULT))).isEmpty();
    assertThat(withTheStaleFile.checklists(List.of(DEFAULT))).isEmpty();
    assertThat(withTheStaleFile.set(List.of("lead-implementering"))).isPresent();
    CompiledChecklist loaded = ChecklistLoader.load(List.of(DEFAULT), withTheStaleFile).checklists().get(0);
    assertThat(loaded).isEqualTo(ChecklistLoader.checklist(ChecklistRepository.bundledOrFail(DEFAULT), concepts).compiled());
    assertThat(ChecklistLoader.checklists(List.of(DEFAULT), withTheStaleFile)).containsExactly(loaded);
    assertThat(loaded.checklist().title().da()).doesNotStartWith("Forældet");
  }

  @Test
  void changed_concepts_set_every_precompiled_file_aside() {
    String conceptsFile = ChecklistRepository.bundledName(ChecklistRepository.CONCEPTS);
    byte[] changed = (ChecklistRepository.bundledOrFail(ChecklistRepository.CONCEPTS).text() + "\n# changed\n")
        .getBytes(StandardCharsets.UTF_8);
    PrecompiledChecklists store = new PrecompiledChecklists(name -> name.equals(conceptsFile) ? Optional.of(changed)
        : ChecklistRepository.resource(name));
    for (String id : bundled()) {
      assertThat(store.checklists(List.of(id))).as(id).isEmpty();
    }
    assertThat(store.read(ChecklistRepository.LEXICON, CompiledLexicon.class)).isEmpty();
  }

  @Test
  void a_file_of_another_format_or_none_at_all_is_passed_over() {
    PrecompiledChecklists other = new PrecompiledChecklists(name -> name.endsWith(".bin")
        ? Optional.of(new RecordCodec.Writer().write("parat precompiled checklist, format 0").toByteArray())
        : ChecklistRepository.resource(name));
    assertThat(other.set(List.of(DEFAULT))).isEmpty();
    PrecompiledChecklists none = new PrecompiledChecklists(name -> name.endsWith(".bin") ? Optional.empty()
        : ChecklistRepository.resource(name));
    assertThat(none.set(List.of(DEFAULT))).isEmpty();
  }

  private interface Action<T> {
    T run() throws Exception;
  }

  private static <T> T withoutPrecompiled(Action<T> action) throws Exception {
    String before = System.setProperty(PrecompiledChecklists.PROPERTY, "false");
    try {
      return action.run();
    } finally {
      if (before == null) {
        System.clearProperty(PrecompiledChecklists.PROPERTY);
      } else {
        System.setProperty(PrecompiledChecklists.PROPERTY, before);
      }
    }
  }

  /** Every plan file in the folders, as a user names them, sorted. */
  private static List<String> plans(Path... folders) throws Exception {
    List<String> plans = new ArrayList<>();
    for (Path folder : folders) {
      try (Stream<Path> files = Files.list(folder)) {
        files.map(Path::toString).filter(p -> p.matches(".*\\.(md|yaml|txt|docx|pdf)$") && !p.endsWith(".parat.yaml"))
            .sorted().forEach(plans::add);
      }
    }
    return plans;
  }

  private static String json(Scorer scorer, Plan plan) throws Exception {
    StringWriter out = new StringWriter();
    new JsonReport(Lang.EN).write(new Run(List.of(new Run.Scored(scorer.score(plan), List.of())), List.of(),
        Sources.none()), out);
    return out.toString();
  }
}
