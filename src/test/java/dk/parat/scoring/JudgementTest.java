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

/**
 * The core checklist's judgement on the cases issue 11 reported: everyday red flags, the two
 * textbook rollout sentences, contradictions, document furniture, heading credit and
 * placeholders. Each plan is short and written the way plans are, not the way rules are.
 */
class JudgementTest {

  private static Scorer scorer;

  @BeforeAll
  static void load() throws Exception {
    ChecklistSet core = ChecklistLoader.load(List.of("bedre-implementering"));
    scorer = new Scorer(core);
  }

  private static ItemResult item(String markdown, String id) throws Exception {
    var plan = PlanLoader.standard().read("plan.md", markdown.getBytes(StandardCharsets.UTF_8));
    return scorer.score(plan).scores().get(0).items().stream()
        .filter(i -> i.item().id().equals(id)).findFirst().orElseThrow();
  }

  private static Status status(String markdown, String id) throws Exception {
    return item(markdown, id).status();
  }

  @Test
  void everything_live_on_one_day_is_exposed_and_a_phased_start_guarded() throws Exception {
    assertThat(status("# Plan\n\n## Udrulning\n\nAlle 42 robotter installeres på én gang på alle seks plejecentre samme dag.\n",
        "BI-4-P2")).isEqualTo(Status.EXPOSED);
    assertThat(status("# Plan\n\n## Udrulning\n\nVi starter på ét plejecenter i marts med de enkleste rum, og de øvrige fem "
        + "plejecentre følger i to bølger, når vi har lært af første trin.\n", "BI-4-P2")).isEqualTo(Status.GUARDED);
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
  void a_heading_lends_no_weight_to_a_thin_sentence_under_it() throws Exception {
    assertThat(status("# Plan\n\n## Oplæring og support\n\nLeverandøren giver en introduktion på 20 minutter.\n", "BI-4-I3"))
        .isNotEqualTo(Status.COVERED);
  }

  @Test
  void a_placeholder_sentence_is_no_evidence() throws Exception {
    assertThat(status("# Plan\n\n## Superbrugere\n\nBeskrivelse af superbrugerordningen følger.\n", "BI-4-I2"))
        .isNotEqualTo(Status.COVERED);
  }

  /**
   * The pitfall of leaning on last time lies in the past tense itself: a rule marked '<' counts
   * there, while an ordinary rule still sets aside what happened in an earlier project.
   */
  @Test
  void last_time_went_fine_is_a_red_flag_though_it_is_told_in_the_past() throws Exception {
    assertThat(status("# Plan\n\nDa vi skiftede til det nye lønsystem i 2020, forløb det gnidningsfrit, og vi bruger samme "
        + "fremgangsmåde denne gang.\n", "BI-1-P4")).isEqualTo(Status.EXPOSED);
    assertThat(status("# Plan\n\nThe move to the new rostering tool in 2021 went smoothly, so we follow the same approach "
        + "this time.\n", "BI-1-P4")).isEqualTo(Status.EXPOSED);
    assertThat(status("# Plan\n\nDa vi indførte Aula, holdt vi workshops med alle pædagoger i hver institution.\n",
        "BI-3-P1")).isNotEqualTo(Status.GUARDED);
  }

  @Test
  void growth_left_to_later_wishes_is_scope_creep() throws Exception {
    assertThat(status("# Plan\n\nAfdelingerne kan selv koble flere funktioner på løbende, når behovet opstår.\n", "BI-4-P3"))
        .isEqualTo(Status.EXPOSED);
    assertThat(status("# Plan\n\nFurther modules can be switched on along the way as departments ask for them.\n",
        "BI-4-P3")).isEqualTo(Status.EXPOSED);
    assertThat(status("# Plan\n\nØnsker om at bruge robotten til andre opgaver behandles som en ny sag i styregruppen.\n",
        "BI-4-P3")).isEqualTo(Status.GUARDED);
  }

  @Test
  void testing_declared_done_and_results_expected_to_carry_over_are_red_flags() throws Exception {
    assertThat(status("# Plan\n\nAfprøvningen i Team Syd gik godt, så der er ikke behov for yderligere afprøvning før "
        + "udrulningen.\n", "BI-1-P2")).isEqualTo(Status.EXPOSED);
    assertThat(status("# Plan\n\nResultaterne har været gode, og vi forventer derfor tilsvarende effekter i de fire andre "
        + "distrikter.\n", "BI-1-P2")).isEqualTo(Status.EXPOSED);
    assertThat(status("# Plan\n\nVi forventer at opnå samme besparelse som i nabokommunen.\n", "BI-1-P1"))
        .isEqualTo(Status.EXPOSED);
  }

  @Test
  void concerns_said_to_pass_and_upgrades_played_down_are_red_flags() throws Exception {
    assertThat(status("# Plan\n\nEnkelte sygeplejersker er skeptiske, men det plejer at lægge sig, når de har brugt det en uges "
        + "tid.\n", "BI-2-P4")).isEqualTo(Status.EXPOSED);
    assertThat(status("# Plan\n\nOmstillingen for personalet forventes at være begrænset, da det er en videreudvikling af det "
        + "nuværende system.\n", "BI-1-P3")).isEqualTo(Status.EXPOSED);
  }

  /** "forene" and "forrige" stem to "for": a rule must not take every "for" in a plan for them. */
  @Test
  void a_word_whose_stem_is_a_function_word_does_not_match_the_function_word() throws Exception {
    assertThat(status("# Plan\n\nPia er fagligt ansvarlig for rengøringen på de tre skoler.\n", "BI-2-P2"))
        .isNotEqualTo(Status.GUARDED);
  }
}
