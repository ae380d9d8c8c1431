package dk.parat.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dk.parat.TestChecklists;
import dk.parat.checklist.ChecklistLoader;
import dk.parat.checklist.ChecklistRepository;
import dk.parat.checklist.ChecklistSet;
import dk.parat.checklist.Rule;
import dk.parat.plan.Plan;
import dk.parat.plan.PlanLoader;
import dk.parat.text.Pattern;
import dk.parat.text.Token;
import dk.parat.text.WordMatcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shortcuts of the plan index give exactly the answers of the slow way they replace. */
class PlanIndexTest {

  @Test
  void word_count_is_that_of_splitting_at_whitespace() {
    Random random = new Random(7);
    String alphabet = "ab \t\n\u000B\f\r\u00A0\u2003.";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      assertThat(PlanSentences.words(s)).as("'%s'", s).isEqualTo(s.split("\\s+").length);
    }
  }

  @Test
  void the_matcher_table_knows_every_matcher_a_word_satisfies_and_no_other() throws Exception {
    ChecklistSet checklists = ChecklistLoader.load(List.of("bedre-implementering", "lead-implementering",
        "problemdreven-teknologi", "sammen-om-ny-teknologi"));
    MatcherTable table = MatcherTable.of(checklists);
    // Every distinct matcher, numbered in the order the table numbers them.
    Set<WordMatcher> distinct = new LinkedHashSet<>();
    List<Pattern> patterns = new ArrayList<>();
    checklists.checklists().forEach(c -> c.items().forEach(i -> patterns.addAll(i.patterns())));
    patterns.addAll(checklists.lexicon().patterns());
    patterns.forEach(p -> p.parts().forEach(part -> part.forEach(distinct::addAll)));
    List<WordMatcher> matchers = List.copyOf(distinct);
    List<Path> plans;
    try (Stream<Path> files = Files.list(Path.of("examples"))) {
      plans = files.filter(p -> p.toString().matches(".*\\.(md|txt|yaml)$")).sorted().toList();
    }
    // A word's matchers follow from how it is written and whether it opens its sentence.
    Set<String> checked = new HashSet<>();
    for (Path path : plans) {
      Plan plan = PlanLoader.standard().load(path);
      for (Sentence sentence : new PlanIndex(plan, checklists.analyzer(), checklists.lexicon(), table).sentences()) {
        for (Token token : sentence.tokens()) {
          if (!checked.add(token.opening() + " " + token.surface())) {
            continue;
          }
          int[] expected = java.util.stream.IntStream.range(0, matchers.size())
              .filter(i -> matchers.get(i).matches(token)).toArray();
          assertThat(table.matching(token)).as(token.surface()).containsExactly(expected);
        }
      }
    }
    assertThat(checked).hasSizeGreaterThan(1000);
  }

  /** The YAML compiler makes a new object for each use of a word; equal matchers still share a number. */
  @Test
  void equal_matchers_share_a_number_whether_or_not_they_are_one_object() throws Exception {
    List<String> all = List.of("bedre-implementering", "lead-implementering", "problemdreven-teknologi",
        "sammen-om-ny-teknologi");
    ChecklistSet precompiled = ChecklistLoader.load(all);
    ChecklistSet fromYaml = ChecklistLoader.compile(all.stream().map(ChecklistRepository::bundledOrFail).toList(),
        ChecklistRepository.bundledOrFail(ChecklistRepository.LEXICON),
        ChecklistRepository.bundledOrFail(ChecklistRepository.CONCEPTS));
    Set<WordMatcher> distinct = new HashSet<>();
    List<Pattern> patterns = new ArrayList<>();
    fromYaml.checklists().forEach(c -> c.items().forEach(i -> patterns.addAll(i.patterns())));
    patterns.addAll(fromYaml.lexicon().patterns());
    patterns.forEach(p -> p.parts().forEach(part -> part.forEach(distinct::addAll)));

    assertThat(MatcherTable.of(fromYaml).size()).isEqualTo(distinct.size());
    assertThat(MatcherTable.of(precompiled).size()).isEqualTo(distinct.size());
  }

  @Test
  void a_pattern_is_tried_only_where_each_of_its_parts_has_a_word() throws Exception {
    ChecklistSet mini = TestChecklists.mini();
    Plan plan = PlanLoader.standard().read("plan.md", ("# Plan\n\nSuperbrugerne oplæres i marts.\n\n"
        + "Vi holder møder.\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    PlanIndex index = new PlanIndex(plan, mini.analyzer(), mini.lexicon(), MatcherTable.of(mini));
    var item = mini.checklists().get(0).items().get(0);
    for (Pattern pattern : item.topic().stream().map(Rule::pattern).toList()) {
      List<Sentence> candidates = index.candidates(pattern);
      for (Sentence s : index.sentences()) {
        if (!pattern.matches(s.tokens()).isEmpty()) {
          assertThat(candidates).as(pattern.source()).contains(s);
        }
      }
    }
  }

  @Test
  void matches_found_from_the_words_matchers_are_the_matches_the_patterns_find_themselves() throws Exception {
    ChecklistSet checklists = ChecklistLoader.load(List.of("bedre-implementering"));
    MatcherTable table = MatcherTable.of(checklists);
    List<Pattern> patterns = new ArrayList<>();
    checklists.checklists().forEach(c -> c.items().forEach(i -> patterns.addAll(i.patterns())));
    patterns.addAll(checklists.lexicon().patterns());
    List<Path> plans;
    try (Stream<Path> files = Files.list(Path.of("examples"))) {
      plans = files.filter(p -> p.toString().matches(".*\\.(md|txt|yaml)$")).sorted().toList();
    }
    int found = 0;
    for (Path path : plans) {
      PlanIndex index = new PlanIndex(PlanLoader.standard().load(path), checklists.analyzer(), checklists.lexicon(), table);
      for (Pattern pattern : patterns) {
        for (Sentence sentence : index.candidates(pattern)) {
          List<String> expected = spans(pattern.matches(sentence.tokens()));
          assertThat(spans(index.matches(pattern, sentence))).as("%s in '%s'", pattern.source(), sentence.text())
              .isEqualTo(expected);
          found += expected.size();
        }
      }
    }
    assertThat(found).isGreaterThan(1000);
  }

  private static List<String> spans(List<Pattern.Match> matches) {
    return matches.stream().map(m -> m.spans().stream().map(s -> s[0] + "-" + s[1]).toList().toString()).toList();
  }
}
