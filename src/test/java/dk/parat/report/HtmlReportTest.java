package dk.parat.report;

import static org.assertj.core.api.Assertions.assertThat;

import dk.parat.Cli;
import dk.parat.TestChecklists;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report is one page that fetches nothing and runs nothing, with every piece of plan
 * text escaped; into a folder, each plan gets its own report and the run an index.
 */
class HtmlReportTest {

  private static final String MINI = TestChecklists.MINI.toAbsolutePath().toString();

  @TempDir
  Path dir;

  @Test
  void plan_text_is_escaped_and_the_page_is_self_contained() throws Exception {
    Files.writeString(dir.resolve("plan.md"), """
        ---
        title: "<script>alert('x')</script> & co"
        municipality: "<img src=x onerror=alert(1)>"
        ---
        # Plan <b>fed</b>

        Superbrugere udpeges <i>straks</i> af "Ole" & Co.

        Løsningen tages i brug i hele kommunen på én gang.
        """);
    Cli.Result r = Cli.runIn(dir, Map.of(), "check", "-c", MINI, "-f", "html", "--detail", "plan.md");
    assertThat(r.exit()).as(r.err()).isZero();
    String html = r.out();
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"da\">")
        .contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; co")
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .contains("Superbrugere udpeges straks af \"Ole\" &amp; Co.")
        .doesNotContain("<script").doesNotContain("<img").doesNotContain("<i>")
        .doesNotContainPattern("(src|href)=\"(https?:)?//")
        .contains("Content-Security-Policy").contains("<svg class=\"chart chapters\" role=\"img\"");
  }

  @Test
  void each_plan_gets_its_report_and_the_run_an_index_that_links_them() throws Exception {
    Files.writeString(dir.resolve("a.md"), TestChecklists.MINI_PLAN);
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/a.md"), TestChecklists.MINI_PLAN);
    Files.writeString(dir.resolve("a.txt"), "PLAN\n====\n\nSuperbrugere udpeges.\n");
    Cli.Result r = Cli.runIn(dir, Map.of(), "check", "-q", "-c", MINI, "-f", "markdown,html", "--output-dir", "out",
        "a.md", "sub/a.md", "a.txt");
    assertThat(r.exit()).as(r.err()).isZero();
    for (String name : new String[] {"a-md.report", "a-md-2.report", "a-txt.report"}) {
      assertThat(dir.resolve("out/" + name + ".md")).isRegularFile();
      assertThat(dir.resolve("out/" + name + ".html")).isRegularFile();
    }
    assertThat(Files.readString(dir.resolve("out/index.md"))).startsWith("# Parathedsrapporter\n")
        .contains("[a-md.report.md](a-md.report.md)").contains("[a-md-2.report.md](a-md-2.report.md)")
        .contains("[a-txt.report.md](a-txt.report.md)");
    assertThat(Files.readString(dir.resolve("out/index.html"))).contains("href=\"a-md-2.report.html\"");
    Cli.Result joined = Cli.runIn(dir, Map.of(), "check", "-q", "-c", MINI, "-f", "html", "a.md", "a.txt");
    assertThat(joined.exit()).isEqualTo(2);
    assertThat(joined.err()).contains("html writes a page per plan, and 2 plans cannot share one; use --output-dir DIR");
    Cli.Result one = Cli.runIn(dir, Map.of(), "check", "-q", "-c", MINI, "--output-dir", "one", "a.md");
    assertThat(one.exit()).isZero();
    assertThat(dir.resolve("one/a.report.md")).isRegularFile();
    assertThat(dir.resolve("one/index.md")).doesNotExist();
  }
}
