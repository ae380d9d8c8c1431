package dk.parat.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dk.parat.checklist.ChecklistLoader;
import dk.parat.checklist.ChecklistSet;
import dk.parat.checklist.Status;
import dk.parat.plan.PlanLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The core checklist's judgement on the cases issue 11 reported: everyday red flags, the two
 * textbook rollout sentences, contradictions, document furniture, heading credit and
 * placeholders. Each plan is short and written the way plans are, not the way rules are. Most
 * cases hold for parat as it runs, with its trained reader; the few that pin how the rules read a
 * sentence (negation scope, one-sentence plans, a role table) are asserted on the rules alone, as
 * the trained reader, which weighs whole plans, may judge a one-sentence plan otherwise.
 */
class JudgementTest {

  private static Scorer parat;
  private static Scorer rules;

  @BeforeAll
  static void load() throws Exception {
    ChecklistSet core = ChecklistLoader.load(List.of("bedre-implementering"));
    parat = new Scorer(core);
    rules = Scorer.rulesOnly(core);
  }

  private static ItemResult item(Scorer scorer, String markdown, String id) throws Exception {
    var plan = PlanLoader.standard().read("plan.md", markdown.getBytes(StandardCharsets.UTF_8));
    return scorer.score(plan).scores().get(0).items().stream()
        .filter(i -> i.item().id().equals(id)).findFirst().orElseThrow();
  }

  private static ItemResult item(String markdown, String id) throws Exception {
    return item(parat, markdown, id);
  }

  private static Status status(String markdown, String id) throws Exception {
    return item(markdown, id).status();
  }

  private static Status ruled(String markdown, String id) throws Exception {
    return item(rules, markdown, id).status();
  }

  @Test
  void everything_live_on_one_day_is_exposed_and_a_phased_start_guarded() throws Exception {
    assertThat(status("# Plan\n\n## Udrulning\n\nAlle 42 robotter installeres på én gang på alle seks plejecentre samme dag.\n",
        "BI-4-P2")).isEqualTo(Status.EXPOSED);
    assertThat(status("# Plan\n\n## Udrulning\n\nVi starter på ét plejecenter i marts med de enkleste rum, og de øvrige fem "
        + "plejecentre følger i to bølger, når vi har lært af første trin.\n", "BI-4-P2")).isEqualTo(Status.GUARDED);
  }

  @Test
  void every_unit_going_live_at_once_is_a_red_flag_to_the_rules_in_english_too() throws Exception {
    for (String sentence : List.of("Every team goes live at once on 3 March.",
        "Every single care home switches over to the new system on the same day.")) {
      assertThat(ruled("# Plan\n\n## Rollout\n\n" + sentence + "\n", "BI-4-P2")).as(sentence).isEqualTo(Status.EXPOSED);
    }
  }

  @Test
  void a_plan_that_guards_in_one_place_and_walks_into_the_pitfall_in_another_contradicts_itself() throws Exception {
    ItemResult r = item("""
        # Plan

        ## Udrulning

        Vi starter med ét hjemmeplejedistrikt i marts, og de tre andre distrikter følger i to bølger efter sommerferien.

        ## Tidsplan

        Alle moduler går i drift for alle medarbejdere 1. marts.
        """, "BI-4-P2");
    assertThat(r.status()).isEqualTo(Status.UNCLEAR);
    assertThat(r.contradicts()).isTrue();
    assertThat(r.evidence()).extracting(Evidence::role).contains(Evidence.Role.SUPPORT, Evidence.Role.RED_FLAG);
  }

  @Test
  void a_red_flag_is_never_the_evidence_of_a_guard() throws Exception {
    ItemResult r = item("# Plan\n\n## Pilot\n\nVi valgte de to teams, der meldte sig først, og de får en ekstra medarbejder i "
        + "pilotperioden.\n", "BI-1-P2");
    assertThat(r.status()).isEqualTo(Status.EXPOSED);
    assertThat(r.evidence()).extracting(Evidence::role).containsOnly(Evidence.Role.RED_FLAG);
  }

  @Test
  void everyday_red_flags_are_seen() throws Exception {
    assertThat(status("# Plan\n\nMedarbejderne informeres på et personalemøde i februar og via intranettet.\n", "BI-3-P1"))
        .isEqualTo(Status.EXPOSED);
    assertThat(status("# Plan\n\nEfter et webinar på en time forventes alle at kunne bruge systemet fra første dag.\n", "BI-4-P1"))
        .isEqualTo(Status.EXPOSED);
    assertThat(status("# Plan\n\nDet er blot en ny version af det system, vi allerede har.\n", "BI-1-P3"))
        .isEqualTo(Status.EXPOSED);
    assertThat(status("# Plan\n\nSidst vi skiftede system, gik det uden problemer.\n", "BI-1-P4")).isEqualTo(Status.EXPOSED);
    assertThat(status("# Plan\n\nGevinsterne er beregnet af Økonomi og meldes ud til lederne i april.\n", "BI-3-P3"))
        .isEqualTo(Status.EXPOSED);
  }

  @Test
  void document_furniture_earns_no_credit() throws Exception {
    String plan = """
        # Projektbeskrivelse: Digitale nøgler i hjemmeplejen

        Indhold 1 Indledning 3 2 Inddragelse af medarbejdere og MED 4 3 Superbrugere og support 6 4 Pilot og faseopdelt udrulning 8 5 Gevinstrealisering 10

        Kontaktperson: Hanne Lund, projektleder, tlf. 23 45 67 89, hlu@fjordby.dk

        ## Indledning

        Kommunen indfører digitale nøgler.
        """;
    for (String id : List.of("BI-3-I1", "BI-4-I2", "BI-4-I3")) {
      assertThat(status(plan, id)).as(id).isEqualTo(Status.MISSING);
    }
    for (String id : List.of("BI-3-P4", "BI-4-P2", "BI-3-P3")) {
      assertThat(status(plan, id)).as(id).isEqualTo(Status.UNCLEAR);
    }
  }

  @Test
  void a_cover_line_with_the_version_and_the_body_that_reads_the_plan_is_furniture() throws Exception {
    String plan = """
        Digitale nøgler i hjemmeplejen

        Implementeringsplan
        Version 2.1 - til godkendelse i Teknisk Udvalg

        ## Indledning

        Kommunen indfører digitale nøgler.
        """;
    assertThat(status(plan, "BI-1-P3")).isEqualTo(Status.UNCLEAR);
  }

  @Test
  void a_heading_lends_no_weight_to_a_thin_sentence_under_it() throws Exception {
    assertThat(status("# Plan\n\n## Oplæring og support\n\nLeverandøren giver en introduktion på 20 minutter.\n", "BI-4-I3"))
        .isNotEqualTo(Status.COVERED);
  }

  @Test
  void a_placeholder_sentence_is_no_evidence() throws Exception {
    assertThat(status("# Plan\n\n## Superbrugere\n\nBeskrivelse af superbrugerordningen følger.\n", "BI-4-I2"))
        .isNotEqualTo(Status.COVERED);
  }

  @Test
  void a_negation_in_an_earlier_clause_does_not_reach_the_part_of_a_match_in_a_later_one() throws Exception {
    assertThat(status("# Plan\n\nVi tog det nye vagtplansystem i brug i 2021 uden ekstra oplæring, og det gik fint.\n",
        "BI-1-P4")).isEqualTo(Status.EXPOSED);
    assertThat(ruled("# Plan\n\nI 2021 gik det ikke fint med det nye vagtplansystem.\n", "BI-1-P4"))
        .isEqualTo(Status.UNCLEAR);
  }

  /**
   * A closed question says "not" as part of what it means ("er ikke til diskussion"): the negation
   * is the red flag's own word, not the plan denying it.
   */
  @Test
  void a_decision_closed_to_discussion_is_a_red_flag_not_a_negation() throws Exception {
    for (String sentence : List.of(
        "Skolelederne melder klart ud, at beslutningen er truffet og ikke er til diskussion.",
        "Beslutningen er truffet, og den er ikke til forhandling.",
        "Det er besluttet, og spørgsmålet skal ikke drøftes igen.",
        "The decision has been made and is not up for discussion.",
        "The decision is made and is not open to negotiation.")) {
      assertThat(ruled("# Plan\n\n## Modstand\n\n" + sentence + "\n", "BI-2-P4")).as(sentence).isEqualTo(Status.EXPOSED);
    }
  }

  /**
   * A rule marked '<' sets aside only that its words speak of the past: a red flag the plan merely
   * considers ("evt.") stays a sign, and the plan's guard stands. The trained reader may read the
   * same sentence as the pitfall's own words ("it went fine last time"): then the plan contradicts
   * itself, but the guard is never doubted away to exposed.
   */
  @Test
  void a_red_flag_told_in_the_past_and_only_considered_is_a_sign_beside_a_guard() throws Exception {
    String plan = """
        # Plan

        Opstarten er lagt efter sommerferien, så den ikke falder sammen med omlægningen af vagtplanerne i foråret.

        Da vi fik Nexus i 2021, gik det fint, og vi bruger evt. samme fremgangsmåde denne gang.
        """;
    assertThat(ruled(plan, "BI-1-P4")).isEqualTo(Status.GUARDED);
    assertThat(status(plan, "BI-1-P4")).isIn(Status.GUARDED, Status.UNCLEAR);
  }

  /**
   * One-sentence plans, written for these tests in the words plans use, each with the status a
   * consultant gives it ({@code src/test/resources/judgement/one-sentence-plans.csv}): everyday red
   * flags of the fresh waves, each said in words of their own, and the guards and non-flags beside
   * them. Leaning on last time lies in the past tense itself: a rule marked '<' counts there, while
   * an ordinary rule still sets aside what an earlier project did.
   */
  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvFileSource(resources = "/judgement/one-sentence-plans.csv", numLinesToSkip = 1)
  void a_one_sentence_plan_gets_the_status_a_consultant_gives_it(String id, Status expected, String sentence)
      throws Exception {
    String plan = "# Plan\n\n" + sentence + "\n";
    assertThat(ruled(plan, id)).isEqualTo(expected);
    if (expected.fits(dk.parat.checklist.ItemKind.PITFALL)) {
      assertThat(status(plan, id)).as("with the trained reader").isEqualTo(expected);
    }
  }

  @Test
  void a_role_table_row_with_hours_a_week_covers_the_roles_item() throws Exception {
    assertThat(ruled("# Plan\n\n| Rolle | Hvem | Opgave |\n|---|---|---|\n| Nøglepersoner | To sygeplejersker fra "
        + "hvert center | Svarer på spørgsmål fra kolleger og melder fejl videre. 3 timer/uge |\n", "BI-4-I2"))
        .isEqualTo(Status.COVERED);
  }
}
