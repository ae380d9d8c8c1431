package dk.parat.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dk.parat.TestChecklists;
import dk.parat.answers.Answer;
import dk.parat.answers.AppliedAnswer;
import dk.parat.checklist.ChecklistSet;
import dk.parat.checklist.Status;
import dk.parat.plan.PlanLoader;
import dk.parat.scoring.ItemResult;
import dk.parat.scoring.PlanResult;
import dk.parat.scoring.Scorer;
import dk.parat.text.Lang;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The interview's screens drawn as text, without a terminal: the view reads the state and nothing else. */
class InterviewViewTest {

  private ChecklistSet checklists;
  private PlanResult scored;
  private InterviewView view;

  @BeforeEach
  void scoreTheMiniPlan() throws Exception {
    checklists = TestChecklists.mini();
    scored = new Scorer(checklists).score(PlanLoader.standard().read("plan.md",
        TestChecklists.MINI_PLAN.getBytes(StandardCharsets.UTF_8)));
    view = new InterviewView(Walk.of(checklists), Lang.EN);
  }

  private ItemResult result(String id) {
    return scored.scores().get(0).items().stream().filter(i -> i.item().id().equals(id)).findFirst().orElseThrow();
  }

  private static List<String> text(Page page) {
    return page.lines().stream().map(AttributedString::toString).toList();
  }

  @Test
  void an_item_shows_where_it_stands_parats_verdict_its_red_flags_and_the_keys_that_fit_the_width() {
    Walk walk = Walk.of(checklists);
    int at = walk.find("MINI-P1").getAsInt();
    Page page = new Page(60);
    view.item(page, at, result("MINI-P1"), null);
    List<String> lines = text(page);
    assertThat(lines.get(1)).startsWith("── mini").endsWith(" " + (at + 1) + "/" + walk.size() + " ──").hasSize(59);
    assertThat(lines).contains("parat: exposed (exposed)", "  Red flags:");
    assertThat(String.join(" ", lines).replaceAll("\\s+", " "))
        .contains("line 5 (Plan): “Løsningen tages i brug i hele kommunen på én gang.”");
    assertThat(lines).contains("a accept · g guarded · u unclear · e exposed ·");
    assertThat(lines).allMatch(l -> l.length() <= 59);
  }

  @Test
  void an_answer_shows_under_the_item_and_counts_in_the_scores() {
    ItemResult found = result("MINI-I1");
    AppliedAnswer answer = new AppliedAnswer(new Answer("MINI-I1", Status.COVERED, "Planen for superbrugere er aftalt",
        "mette", OffsetDateTime.parse("2025-03-04T10:15:30+01:00"), null, 0), found.foundStatus(), true);
    Page page = new Page(80);
    view.answer(page, answer);
    assertThat(String.join("\n", text(page))).contains("Planen for superbrugere er aftalt").contains("mette");
    Page scores = new Page(80);
    view.score(scores, scored.scores(), scored.scores(), r -> r.item().id().equals("MINI-I1") ? answer : null);
    assertThat(text(scores)).anyMatch(l -> l.startsWith("mini: ")).last().asString()
        .isEqualTo("  1 answer(s), 1 changing parat's status, 1 possibly stale");
  }

  @Test
  void control_characters_from_the_plan_show_as_codes_and_never_reach_the_terminal() throws Exception {
    var plan = PlanLoader.standard().read("plan\u001b]0;x\u0007.md", ("---\ntitle: \"Plan \\e[2J\\e]0;pwned\\a\"\n---\n"
        + TestChecklists.MINI_PLAN.replace("på én gang.", "på én gang.\u001b[31m")).getBytes(StandardCharsets.UTF_8));
    PlanResult hostile = new Scorer(checklists).score(plan);
    Page page = new Page(80);
    view.welcome(page, plan, List.of("mini"), "plan.md.parat.yaml", dk.parat.answers.Answers.none());
    ItemResult p1 = hostile.scores().get(0).items().stream().filter(i -> i.item().id().equals("MINI-P1")).findFirst()
        .orElseThrow();
    view.item(page, Walk.of(checklists).find("MINI-P1").getAsInt(), p1, null);
    String shown = String.join("\n", text(page));
    assertThat(shown).doesNotContain("\u001b").doesNotContain("\u0007")
        .contains("Plan \\u001b[2J\\u001b]0;pwned\\u0007 (plan\\u001b]0;x\\u0007.md)").contains("gang.\\u001b[31m");
  }
}
