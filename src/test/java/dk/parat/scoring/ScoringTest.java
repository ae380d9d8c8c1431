package dk.parat.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dk.parat.TestChecklists;
import dk.parat.checklist.ChecklistLoader;
import dk.parat.checklist.ChecklistSet;
import dk.parat.checklist.Status;
import dk.parat.config.Settings;
import dk.parat.plan.PlanLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The verdict semantics of docs/scoring-semantics.md, on the mini checklist. */
class ScoringTest {

  private static ChecklistSet checklists;

  @BeforeAll
  static void load() throws Exception {
    checklists = TestChecklists.mini();
  }

  private static ChecklistScore score(String markdown) throws Exception {
    var plan = PlanLoader.standard().read("plan.md", markdown.getBytes(StandardCharsets.UTF_8));
    return new Scorer(checklists).score(plan).scores().get(0);
  }

  private static ItemResult item(ChecklistScore score, String id) {
    return score.items().stream().filter(i -> i.item().id().equals(id)).findFirst().orElseThrow();
  }

  private static Status status(String markdown, String id) throws Exception {
    return item(score(markdown), id).status();
  }

  @Test
  void a_vague_mention_is_partial_and_a_concrete_one_covered() throws Exception {
    assertThat(status("# Plan\n\nSuperbrugere udpeges.\n", "MINI-I1")).isEqualTo(Status.PARTIAL);
    assertThat(status("# Plan\n\nSuperbrugerne Ole Berg og Mette Hansen oplæres i uge 12 og har 4 timer om ugen til opgaven.\n",
        "MINI-I1")).isEqualTo(Status.COVERED);
    assertThat(status("# Plan\n\nVi indfører skærmbesøg.\n", "MINI-I1")).isEqualTo(Status.MISSING);
  }

  @Test
  void mentions_add_up_across_sentences() throws Exception {
    String plan = "# Plan\n\nSuperbrugerne oplæres i marts.\n\nForandringslederen holder workshops med teamene.\n";
    assertThat(status(plan, "MINI-I1")).isEqualTo(Status.COVERED);
  }

  @Test
  void a_negated_mention_is_not_coverage_but_is_shown_as_not_counted() throws Exception {
    ChecklistScore s = score("# Plan\n\nDer er ikke afsat tid til superbrugere i 2025.\n");
    ItemResult r = item(s, "MINI-I1");
    assertThat(r.status()).isEqualTo(Status.MISSING);
    assertThat(r.evidence()).isEmpty();
    assertThat(r.notCounted()).singleElement().satisfies(e -> {
      assertThat(e.role()).isEqualTo(Evidence.Role.NEGATED);
      assertThat(e.line()).isEqualTo(3);
    });
    assertThat(status("# Plan\n\nVi har valgt ingen superbrugere at have.\n", "MINI-I1")).isEqualTo(Status.MISSING);
    assertThat(status("# Plan\n\nWe have no super users.\n", "MINI-I1")).isEqualTo(Status.MISSING);
  }

  @Test
  void not_only_is_no_negation_and_a_negation_stops_at_the_clause() throws Exception {
    assertThat(status("# Plan\n\nIkke kun superbrugerne, men alle medarbejdere prøver løsningen i uge 12 på Solhaven.\n", "MINI-I1"))
        .isNotEqualTo(Status.MISSING);
    assertThat(status("# Plan\n\nVi holder ikke et stort møde, men superbrugerne tager en workshop i hvert team i marts.\n", "MINI-I1"))
        .isNotEqualTo(Status.MISSING);
  }

  @Test
  void a_negation_does_not_reach_past_og_but_reaches_a_complement_clause() throws Exception {
    assertThat(status("# Plan\n\nVi har fravalgt en forandringsleder og udpeger superbrugere i alle 14 teams i marts.\n", "MINI-I1"))
        .isNotEqualTo(Status.MISSING);
    assertThat(status("# Plan\n\nVi forventer ikke, at superbrugere bliver nødvendige.\n", "MINI-I1")).isEqualTo(Status.MISSING);
  }

  @Test
  void not_only_turns_a_red_flag_around() throws Exception {
    assertThat(status("# Plan\n\nDet er big bang.\n", "MINI-P1")).isEqualTo(Status.EXPOSED);
    assertThat(status("# Plan\n\nDet er ikke kun big bang, vi tester først.\n", "MINI-P1")).isEqualTo(Status.UNCLEAR);
  }

  @Test
  void a_heading_with_only_a_placeholder_under_it_is_no_coverage() throws Exception {
    assertThat(status("# Plan\n\n## Superbrugere og forandringsledere\n\nTBD\n\n## Support\n\nFølger senere.\n", "MINI-I1"))
        .isEqualTo(Status.MISSING);
    assertThat(status("# Plan\n\n## Support\n\nTBD – afventer styregruppen\n", "MINI-I2")).isEqualTo(Status.MISSING);
  }

  @Test
  void concrete_sentences_under_a_named_heading_count_when_they_hold_a_cue_even_without_the_items_words() throws Exception {
    String plan = "# Plan\n\n## Support\n\nOle Berg svarer på telefon 7020 fra kl. 8.\n\nMette Dahl giver hjælp ude i teamene hver tirsdag i de første 6 uger.\n";
    assertThat(status(plan, "MINI-I2")).isEqualTo(Status.COVERED);
    assertThat(status("# Plan\n\n## Support\n\nDet bliver godt.\n", "MINI-I2")).isEqualTo(Status.MISSING);
    assertThat(status("# Plan\n\n## Support\n\nOle Berg og Mette Dahl er med fra 2025.\n", "MINI-I2")).isEqualTo(Status.MISSING);
  }

  @Test
  void a_pitfall_is_exposed_by_red_flags_guarded_by_concrete_guards_and_otherwise_unclear() throws Exception {
    assertThat(status("# Plan\n\nLøsningen tages i brug i hele kommunen på én gang.\n", "MINI-P1")).isEqualTo(Status.EXPOSED);
    assertThat(status("# Plan\n\nVi ruller ud trinvis: første bølge er Solhaven og Lindegården i marts 2025, hvor superbrugerne evaluerer.\n",
        "MINI-P1")).isEqualTo(Status.GUARDED);
    assertThat(status("# Plan\n\nVi indfører skærmbesøg.\n", "MINI-P1")).isEqualTo(Status.UNCLEAR);
    assertThat(status("# Plan\n\nVi ruller ud trinvis.\n", "MINI-P1")).isEqualTo(Status.UNCLEAR);
  }

  @Test
  void a_red_flag_rule_written_with_a_bang_counts_only_where_the_plan_negates_it_and_a_negated_red_flag_guards_nothing() throws Exception {
    ChecklistScore s = score("# Plan\n\nDer laves ingen pilot.\n");
    assertThat(item(s, "MINI-P1").status()).isEqualTo(Status.EXPOSED);
    assertThat(item(s, "MINI-P1").evidence()).singleElement().satisfies(e -> assertThat(e.role()).isEqualTo(Evidence.Role.RED_FLAG));
    assertThat(status("# Plan\n\nVi ruller ikke ud i hele kommunen på én gang.\n", "MINI-P1")).isEqualTo(Status.UNCLEAR);
    assertThat(status("# Plan\n\nDer laves en pilot på Solhaven i marts.\n", "MINI-P1")).isEqualTo(Status.GUARDED);
  }

  @Test
  void an_item_set_aside_by_the_phase_leaves_the_denominator_with_its_reason() throws Exception {
    ChecklistScore s = score("---\nphase: idéudvikling\n---\n# Plan\n\nSuperbrugere udpeges.\n");
    ItemResult support = item(s, "MINI-I2");
    assertThat(support.status()).isEqualTo(Status.NOT_APPLICABLE);
    assertThat(support.notApplicableReason().da()).isEqualTo("For tidligt.");
    // partial (0.5) + unclear (0.5) over two applicable items
    assertThat(s.overall()).isEqualTo(50.0);
  }

  @Test
  void scores_are_weighted_means_and_bands_follow_the_thresholds() throws Exception {
    String plan = """
        # Plan

        Superbrugerne Ole Berg og Mette Hansen oplæres i uge 12 og har 4 timer om ugen til opgaven.

        Vi ruller ud trinvis: første bølge er Solhaven og Lindegården i marts 2025, hvor superbrugerne evaluerer.

        Hotline og support ved Ole Berg fra kl. 8 i de første 6 uger, telefon 7020.
        """;
    ChecklistScore s = score(plan);
    assertThat(s.items()).extracting(ItemResult::status).containsExactly(Status.COVERED, Status.GUARDED, Status.COVERED);
    assertThat(s.overall()).isEqualTo(100.0);
    assertThat(s.band().id()).isEqualTo("klar");
    assertThat(s.overrides()).isEmpty();
    assertThat(s.firstBarrier()).isEmpty();
  }

  @Test
  void an_override_caps_the_band_and_says_which_rule_did() throws Exception {
    String plan = """
        # Plan

        Vi ruller ud trinvis: første bølge er Solhaven og Lindegården i marts 2025, hvor teamlederne evaluerer.

        Hotline og support ved Ole Berg fra kl. 8 i de første 6 uger, telefon 7020.
        """;
    ChecklistScore s = score(plan);
    assertThat(item(s, "MINI-I1").status()).isEqualTo(Status.MISSING);
    assertThat(s.overall()).isCloseTo(66.67, org.assertj.core.data.Offset.offset(0.01));
    assertThat(s.scoreBand().id()).isEqualTo("delvist-klar");
    assertThat(s.overrides()).singleElement().satisfies(o -> {
      assertThat(o.rule().id()).isEqualTo("roles-missing");
      assertThat(o.items()).containsExactly("MINI-I1");
      assertThat(o.lowered()).isFalse();
    });
    assertThat(s.firstBarrier()).hasValueSatisfying(b -> assertThat(b.chapter().id()).isEqualTo("1"));
  }

  @Test
  void an_exposed_critical_pitfall_caps_the_band_below_the_middle() throws Exception {
    String plan = """
        # Plan

        Superbrugerne Ole Berg og Mette Hansen oplæres i uge 12 og har 4 timer om ugen til opgaven.

        Løsningen tages i brug i hele kommunen på én gang.

        Hotline og support ved Ole Berg fra kl. 8 i de første 6 uger, telefon 7020.
        """;
    ChecklistScore s = score(plan);
    assertThat(s.scoreBand().id()).isEqualTo("delvist-klar");
    assertThat(s.band().id()).isEqualTo("ikke-klar");
    assertThat(s.overrides()).singleElement().satisfies(o -> assertThat(o.lowered()).isTrue());
    // chapter 2 scores exactly its minimum of 50: "below" is strict, so it is no barrier
    assertThat(s.chapters().get(1).score()).hasValue(50.0);
    assertThat(s.firstBarrier()).isEmpty();
    assertThat(s.gapsByUrgency()).extracting(i -> i.item().id()).first().isEqualTo("MINI-P1");
  }

  @Test
  void evidence_names_file_line_and_section() throws Exception {
    ItemResult r = item(score("# Plan\n\n## Organisering\n\nSuperbrugere udpeges.\n"), "MINI-I1");
    assertThat(r.evidence()).singleElement().satisfies(e -> {
      assertThat(e.file()).isEqualTo("plan.md");
      assertThat(e.line()).isEqualTo(5);
      assertThat(e.section()).isEqualTo("Plan › Organisering");
      assertThat(e.quote()).isEqualTo("Superbrugere udpeges.");
    });
  }

  /** Judges on two threads share a plan's index: the verdicts are those of one thread, for every bundled example. */
  @Test
  void a_plan_scored_with_a_helper_thread_gets_the_verdicts_of_one_thread() throws Exception {
    ChecklistSet bundled = ChecklistLoader.load(Settings.CHECKLISTS.fallback());
    Scorer scorer = new Scorer(bundled);
    List<Path> plans;
    try (var files = Files.list(Path.of("examples"))) {
      plans = files.filter(p -> p.toString().matches(".*\\.(md|docx|pdf)$")).sorted().toList();
    }
    assertThat(plans).hasSizeGreaterThan(5);
    for (var path : plans) {
      var plan = PlanLoader.standard().load(path);
      PlanResult helped = scorer.score(new PlanSentences(plan, bundled.analyzer(), bundled.lexicon()),
          task -> new Thread(task).start());
      assertThat(helped).as(path.toString()).isEqualTo(scorer.score(plan));
    }
  }
}
