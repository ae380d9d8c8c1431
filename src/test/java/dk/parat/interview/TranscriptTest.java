package dk.parat.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dk.parat.checklist.ChecklistLoader;
import dk.parat.plan.PlanLoader;
import dk.parat.text.Lang;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session shown in docs/interview.md is a real one: this test runs its script through JLine
 * and fails when the page no longer shows what the interview shows.
 */
class TranscriptTest {

  static final Path PAGE = Path.of("docs/interview.md");
  static final String PLAN = "ai-chatbot-borgerservice.md";
  static final String[] SCRIPT = {"c Teamet besøgte Aarhus' chatbot i maj; notatet ligger i bilag 3", "a", ":draft", "j",
      "m Ingen timer afsat til implementeringen endnu", ":score", ":quit"};

  @Test
  void the_transcript_in_the_docs_is_what_the_interview_shows(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve(PLAN);
    Files.copy(Path.of("examples", PLAN), plan);
    Interview.Setup setup = new Interview.Setup(PlanLoader.standard().load(plan, PLAN), plan,
        dir.resolve(PLAN + ".parat.yaml"), PLAN + ".parat.yaml", ChecklistLoader.load(List.of("bedre-implementering")),
        List.of(), "Mette Holm", Lang.DA, dir.resolve("history"), false, ScriptedTerminal.CLOCK);
    String transcript = "$ parat interview " + PLAN + "\n" + ScriptedTerminal.run(setup, SCRIPT);
    Path fresh = Path.of("target", "interview-transcript.txt");
    Files.writeString(fresh, transcript, StandardCharsets.UTF_8);
    String page = Files.exists(PAGE) ? Files.readString(PAGE) : "";
    assertThat(page).as("docs/interview.md shows an old session; paste " + fresh + " into its transcript block")
        .contains("```text\n" + transcript + "```\n");
  }
}
