package dk.parat.hostile;

import static dk.parat.hostile.HostileCase.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dk.parat.Cli;
import dk.parat.cli.ExitCode;
import dk.parat.hostile.HostileDocuments.Outline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input suite (issue 12): files an attacker or an accident puts in a repository,
 * each laid out in a folder of its own and run through the real command line. Every case ends
 * with exit 0 or 1 and a report, or exit 2 and a line that names the file and says what to do;
 * within a time bound; in the bounded heap this suite runs in (see the pom); with no stack trace,
 * nothing written outside the case's outputs, no existing file clobbered and no temporary file
 * left. The cases follow the issue's findings, numbered in their names; a few that need a
 * process of their own (the launcher's heap, Ctrl-C) are in {@code HostileProcessIT}.
 */
class HostileInputsTest {

  /** Far above what any case takes (a second or two), far below a hang. */
  private static final Duration BOUND = Duration.ofSeconds(30);
  /** A message is a line, whatever the input; one that quotes a whole file is a bug. */
  private static final int LONGEST_MESSAGE_LINE = 1000;
  private static final String PLAN = read("examples/talegenkendelse-myndighed.md");
  private static final String CHECKLIST = read("examples/checklists/fjordby-implementering.yaml");
  private static final String FRONT = "---\ntitle: Plan\nmunicipality: Fjordby Kommune\n---\n\n";
  private static final String BODY = "# Plan\n\nMedarbejderne oplæres i marts af superbrugerne i hvert team.\n";

  static Stream<HostileCase> cases() {
    List<HostileCase> all = new ArrayList<>();
    all.addAll(markdown());
    all.addAll(plainText());
    all.addAll(yamlPlans());
    all.addAll(word());
    all.addAll(pdf());
    all.addAll(answers());
    all.addAll(configs());
    all.addAll(checklists());
    all.addAll(outputs());
    all.addAll(batches());
    return all.stream();
  }

  private static List<HostileCase> markdown() {
    return List.of(
        of("6 md: 10,000 nested quotes").file("plan.md", ">".repeat(10_000) + " Medarbejderne oplæres.\n")
            .run("check", "plan.md").report(),
        of("6 md: 10,000 nested list items").file("plan.md", "- ".repeat(10_000) + "Superbrugere oplæres.\n")
            .run("check", "plan.md").report(),
        of("6 md: quotes and lists nested in turn").file("plan.md", "> - ".repeat(5_000) + "x\n")
            .run("check", "plan.md").report(),
        of("6 md: 5,000 nested emphasis").file("plan.md", "# Plan\n\n" + "*_".repeat(5_000) + "x" + "_*".repeat(5_000) + "\n")
            .run("check", "plan.md").report(),
        of("6 md: 10,000 open brackets").file("plan.md", "# Plan\n\n" + "[".repeat(10_000) + "x" + "](y)".repeat(10_000) + "\n")
            .run("check", "plan.md").report(),
        of("6 md: 10,000 nested HTML elements").file("plan.md", "# Plan\n\n" + "<div>".repeat(10_000) + "\n")
            .run("check", "plan.md").report(),
        of("5 md: a heading padded with 100,000 spaces").file("plan.md", "# Plan" + " ".repeat(100_000) + "x\n\nTekst.\n")
            .run("check", "plan.md").report(),
        of("5 md: a line of 100,000 spaces before a colon").file("plan.md", BODY + "\nProjektejer" + " ".repeat(100_000)
            + "x: TBD\n").run("check", "plan.md").report(),
        of("5 md: a table row of 5,000 cells").file("plan.md", BODY + "\n| a |\n|---|\n" + "| x ".repeat(5_000) + "|\n")
            .run("check", "plan.md").report(),
        of("6 md: front matter nested 10,000 deep").file("plan.md", "---\ntitle: " + "[".repeat(10_000) + "]".repeat(10_000)
            + "\n---\n" + BODY).run("check", "plan.md").refused("plan.md"),
        of("md: front matter of YAML aliases (billion laughs)").file("plan.md", "---\na: &a [x,x,x,x,x,x,x,x,x]\n"
            + "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
            + "e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n---\n" + BODY).run("check", "plan.md").either("plan.md"),
        of("md: front matter never closed").file("plan.md", "---\ntitle: x\n\n" + BODY).run("check", "plan.md")
            .refused("plan.md"),
        of("md: binary").bytes("plan.md", new byte[] {'#', ' ', 0, 1, 2, (byte) 0xFF}).run("check", "plan.md")
            .refused("plan.md"),
        of("md: Latin-1").bytes("plan.md", (BODY + "Æblerne må gerne.\n").getBytes(StandardCharsets.ISO_8859_1))
            .run("check", "plan.md").refused("plan.md"),
        of("md: empty").file("plan.md", "").run("check", "plan.md").refused("plan.md"),
        of("md: only blank lines").file("plan.md", "\n".repeat(100_000)).run("check", "plan.md").refused("plan.md"),
        of("md: UTF-16 with a byte-order mark").bytes("plan.md", utf16(BODY)).run("check", "plan.md").either("plan.md"),
        of("9 md: escape and control bytes in the text").file("plan.md", FRONT + "# Plan \u001b]0;pwned\u0007\n\n"
            + "Tekst \u001b[2J\u0000 med \u0008styring.\n").run("check", "-f", "junit", "plan.md").either("plan.md"),
        of("9 md: escape bytes in the title").file("plan.md", "---\ntitle: \"\\e[31mRød\\e]0;x\\a\"\n---\n" + BODY)
            .run("check", "-f", "markdown", "plan.md").report(),
        of("7 md: over 10 MiB").with((work, outside) -> large(work.resolve("plan.md"), 10L * 1024 * 1024 + 1))
            .run("check", "plan.md").refused("plan.md"),
        of("14 md: a front-matter key parat does not know").file("plan.md", "---\ntitle: Plan\nmålgrupe: ældre\n---\n"
            + BODY).run("check", "plan.md").either("plan.md"),
        of("md: a phase parat does not know, padded with 50,000 spaces").file("plan.md", "---\nphase: \"idé"
            + " ".repeat(50_000) + "x\"\n---\n" + BODY).run("check", "plan.md").refused("plan.md"),
        of("md: a waiver for an item no checklist has").file("plan.md", "---\nwaivers:\n  - item: XX-9\n    reason: r\n---\n"
            + BODY).run("check", "plan.md").either("plan.md"),
        of("14 md: an expired waiver under a gate").file("plan.md", "---\nwaivers:\n  - item: BI-1-I1\n    reason: r\n"
            + "    until: 2001-01-01\n---\n" + BODY).run("check", "--fail-on", "missing", "plan.md").report(),
        of("2 md: a file name with a newline and a workflow command").file("a\n::warning::pwned.md", PLAN)
            .run("check", "-f", "github", "a\n::warning::pwned.md").writes("../summary.md")
            .env("GITHUB_STEP_SUMMARY", "../summary.md").report(),
        of("9 md: a file name with escape bytes").file("\u001b[2Jplan.md", PLAN).run("check", "\u001b[2Jplan.md").report(),
        of("8 md: formulas in the title, municipality and technology").file("plan.md", "---\ntitle: \"=HYPERLINK(\\\"x\\\")\"\n"
            + "municipality: \"+cmd|' /C calc'!A0\"\ntechnology: \"@SUM(1)\"\n---\n" + BODY)
            .run("check", "-f", "csv", "plan.md").report());
  }

  private static List<HostileCase> plainText() {
    return List.of(
        of("5 txt: a 50 KB header line padded with spaces").file("plan.txt", "Titel\nFase: idé" + " ".repeat(50_000) + "x\n"
            + "Kommune: Fjordby\n\nTekst.\n").run("check", "plan.txt").either("plan.txt"),
        of("5 txt: a 500 KB header line padded with spaces").file("plan.txt", "Titel" + " ".repeat(500_000) + "x\n"
            + "Kommune: Fjordby\nFase: idé\n\nTekst.\n").run("check", "plan.txt").report(),
        of("6 txt: '1.' 20,000 times").file("plan.txt", "1.".repeat(20_000) + "\n\nTekst.\n").run("check", "plan.txt").report(),
        of("6 txt: a numbered heading of 20,000 parts").file("plan.txt", "1.".repeat(20_000) + " Organisering\n\nTekst.\n")
            .run("check", "plan.txt").report(),
        of("txt: '1. ' 20,000 times on a line").file("plan.txt", "1. ".repeat(20_000) + "\n").run("check", "plan.txt")
            .report(),
        of("txt: an underline of 100,000 signs").file("plan.txt", "PLAN\n" + "=".repeat(100_000) + "\n\nTekst.\n")
            .run("check", "plan.txt").report(),
        of("txt: a line of 100,000 capitals").file("plan.txt", "A".repeat(100_000) + "\n\nTekst.\n").run("check", "plan.txt")
            .report(),
        of("txt: 20,000 lines").file("plan.txt", "Superbrugerne oplæres.\n".repeat(20_000)).run("check", "plan.txt")
            .report(),
        of("txt: mixed line endings").file("plan.txt", "PLAN\r\n====\r\rTekst\ri marts.\n").run("check", "plan.txt").report(),
        of("txt: a header of 8 keys each padded").file("plan.txt", ("Fase:" + " ".repeat(20_000) + "idé\n").repeat(8)
            + "\nTekst.\n").run("check", "plan.txt").report());
  }

  private static List<HostileCase> yamlPlans() {
    return List.of(
        of("6 yaml: a flow list nested 10,000 deep").file("plan.yaml", "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n")
            .run("check", "plan.yaml").refused("plan.yaml"),
        of("6 yaml: maps nested 900 deep").file("plan.yaml", nestedMaps(900)).run("check", "plan.yaml").either("plan.yaml"),
        of("yaml: aliases (billion laughs)").file("plan.yaml", "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
            + "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n").run("check", "plan.yaml")
            .either("plan.yaml"),
        of("yaml: a list, not a map").file("plan.yaml", "- a\n- b\n").run("check", "plan.yaml").refused("plan.yaml"),
        of("yaml: a scalar").file("plan.yaml", "just text\n").run("check", "plan.yaml").refused("plan.yaml"),
        of("5 yaml: 5,000 scalars not found as written").file("plan.yaml", "plan:\n"
            + "  - \"Medarbejderne opl\\u00e6res i marts\"\n".repeat(5_000)).run("check", "plan.yaml").report(),
        of("yaml: a key of 100,000 signs").file("plan.yaml", "k".repeat(100_000) + ": tekst\n").run("check", "plan.yaml")
            .either("plan.yaml"),
        of("yaml: a Java type tag").file("plan.yaml", "a: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader "
            + "[[!!java.net.URL [\"http://127.0.0.1:1/\"]]]]\n").run("check", "plan.yaml").either("plan.yaml"),
        of("14 yaml: a key given twice").file("plan.yaml", "fase: idéudvikling\nfase: drift\nplan: tekst\n")
            .run("check", "plan.yaml").either("plan.yaml"));
  }

  private static List<HostileCase> word() {
    return List.of(
        of("6 docx: tables nested 3,000 deep").bytes("plan.docx", HostileDocuments.docx(HostileDocuments.nestedTables(3_000),
            null, true)).run("check", "plan.docx").refused("plan.docx"),
        of("docx: tables nested 40 deep").bytes("plan.docx", HostileDocuments.docx(HostileDocuments.nestedTables(40)))
            .run("check", "plan.docx").report(),
        of("6 docx: content controls nested 3,000 deep").bytes("plan.docx", HostileDocuments.docx(
            "<w:sdt><w:sdtContent>".repeat(3_000) + HostileDocuments.PARAGRAPH + "</w:sdtContent></w:sdt>".repeat(3_000),
            null, true)).run("check", "plan.docx").refused("plan.docx"),
        of("6 docx: a malformed custom.xml").bytes("plan.docx", HostileDocuments.docx(HostileDocuments.PARAGRAPH,
            "<?xml version=\"1.0\"?><Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "custom-properties\"><property", false)).run("check", "plan.docx").refused("plan.docx"),
        of("6 docx: a custom property that is no number").bytes("plan.docx", HostileDocuments.docx(HostileDocuments.PARAGRAPH,
            "<?xml version=\"1.0\"?><Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "custom-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
                + "<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"2\" name=\"fase\"><vt:i4>abc</vt:i4>"
                + "</property></Properties>", false)).run("check", "plan.docx").refused("plan.docx"),
        of("docx: a zip bomb").bytes("plan.docx", HostileDocuments.docx(HostileDocuments.PARAGRAPH + "<w:p/>".repeat(3_000_000)))
            .run("check", "plan.docx").refused("plan.docx"),
        of("docx: cut short").bytes("plan.docx", Arrays.copyOf(HostileDocuments.docx(HostileDocuments.PARAGRAPH), 300))
            .run("check", "plan.docx").refused("plan.docx"),
        of("docx: text with a .docx ending").file("plan.docx", PLAN).run("check", "plan.docx").refused("plan.docx"),
        of("docx: a DOCTYPE with an external entity").bytes("plan.docx", HostileDocuments.zip(Map.of(
            "[Content_Types].xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
            "word/document.xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"http://127.0.0.1:1/\">]><x>&e;</x>"),
            false)).run("check", "plan.docx").refused("plan.docx"),
        of("docx: styles based on each other in a circle").bytes("plan.docx", styledInCircle())
            .run("check", "plan.docx").either("plan.docx"),
        of("docx: no text").bytes("plan.docx", HostileDocuments.docx("<w:p/>")).run("check", "plan.docx")
            .refused("plan.docx"),
        of("docx: no document part").bytes("plan.docx", HostileDocuments.zip(Map.of("word/other.xml", "<x/>"), false))
            .run("check", "plan.docx").refused("plan.docx"),
        of("docx: a malformed document part").bytes("plan.docx", HostileDocuments.zip(Map.of(
            "[Content_Types].xml", "<x", "word/document.xml", "<w:document"), false)).run("check", "plan.docx")
            .refused("plan.docx"));
  }

  private static List<HostileCase> pdf() {
    return List.of(
        of("6 pdf: a line of 20,000 dots").bytes("plan.pdf", HostileDocuments.pdf(Outline.NONE, "Medarbejderne oplæres i marts.",
            ".".repeat(20_000) + " 3")).run("check", "plan.pdf").report(),
        of("6 pdf: an outline entry that is its own child").bytes("plan.pdf", HostileDocuments.pdf(Outline.OWN_CHILD,
            "Organisering", "Medarbejderne oplæres i marts.")).run("check", "plan.pdf").report(),
        of("pdf: outline entries in a circle").bytes("plan.pdf", HostileDocuments.pdf(Outline.CIRCLE, "Organisering",
            "Medarbejderne oplæres i marts.")).run("check", "plan.pdf").report(),
        of("pdf: text with a .pdf ending").file("plan.pdf", PLAN).run("check", "plan.pdf").refused("plan.pdf"),
        of("pdf: cut short").bytes("plan.pdf", Arrays.copyOf(HostileDocuments.pdf(Outline.PLAIN, "Tekst."), 400))
            .run("check", "plan.pdf").refused("plan.pdf"),
        of("pdf: an object that refers to itself").file("plan.pdf", "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 1 0 R >>\n"
            + "endobj\nxref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<< /Root 1 0 R /Size 2 >>\n"
            + "startxref\n62\n%%EOF\n").run("check", "plan.pdf").refused("plan.pdf"),
        of("pdf: a page tree whose kids are itself").file("plan.pdf", "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\n"
            + "endobj\n2 0 obj\n<< /Type /Pages /Kids [2 0 R] /Count 1 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
            .run("check", "plan.pdf").refused("plan.pdf"),
        of("pdf: a damaged cross-reference table").file("plan.pdf", "%PDF-1.4\nxref\n0 999999999\ntrailer\n<< >>\n"
            + "startxref\n9\n%%EOF\n").run("check", "plan.pdf").refused("plan.pdf"));
  }

  private static List<HostileCase> answers() {
    String answer = "parat_answers: 1\nplan: plan.md\nanswers:\n  - item: BI-1-I1\n    status: covered\n    by: A\n"
        + "    at: 2025-01-01T10:00:00+01:00\n";
    return List.of(
        of("5 answers: 120 KB of blank lines").file("plan.md", PLAN).file("plan.md.parat.yaml", "\n".repeat(120_000))
            .run("check", "plan.md").report(),
        of("5 answers: blank lines, then a bad status").file("plan.md", PLAN).file("plan.md.parat.yaml", "\n".repeat(120_000)
            + answer.replace("covered", "perfect")).run("check", "plan.md").refused("plan.md.parat.yaml"),
        of("7 answers: a link to /dev/zero").file("plan.md", PLAN).link("plan.md.parat.yaml", "/dev/zero")
            .run("check", "plan.md").refused("plan.md.parat.yaml"),
        of("7 answers: a named pipe").file("plan.md", PLAN).fifo("plan.md.parat.yaml").run("check", "plan.md")
            .refused("plan.md.parat.yaml"),
        of("6 answers: nested 10,000 deep").file("plan.md", PLAN).file("plan.md.parat.yaml", "answers: "
            + "[".repeat(10_000) + "]".repeat(10_000) + "\n").run("check", "plan.md").refused("plan.md.parat.yaml"),
        of("answers: not UTF-8").file("plan.md", PLAN).bytes("plan.md.parat.yaml", answer.replace("A", "Æ")
            .getBytes(StandardCharsets.ISO_8859_1)).run("check", "plan.md").refused("plan.md.parat.yaml"),
        of("7 answers: over 1 MiB").file("plan.md", PLAN).file("plan.md.parat.yaml", answer + "#".repeat(1024 * 1024) + "\n")
            .run("check", "plan.md").refused("plan.md.parat.yaml"),
        of("1 answers: a pull request's answers file passing every item").file("plan.md", PLAN)
            .file("plan.md.parat.yaml", answer).run("check", "--fail-on", "missing", "plan.md").report(),
        of("answers: a key from a newer parat").file("plan.md", PLAN).file("plan.md.parat.yaml", answer + "future: x\n")
            .run("check", "plan.md").refused("plan.md.parat.yaml"));
  }

  private static List<HostileCase> configs() {
    return List.of(
        of("5 config: 120 KB of blank lines, then a bad value").file("plan.md", PLAN).file(".parat.yaml", "\n".repeat(120_000)
            + "checklists: [bedre-implementering]\nfail_on: bad\n").run("check", "plan.md").refused(".parat.yaml"),
        of("5 config: 1 MB of blank lines").file("plan.md", PLAN).file(".parat.yaml", "\n".repeat(1_000_000))
            .run("check", "plan.md").report(),
        of("7 config: a link to /dev/zero").file("plan.md", PLAN).link(".parat.yaml", "/dev/zero").run("check", "plan.md")
            .refused(".parat.yaml"),
        of("7 config: a named pipe").file("plan.md", PLAN).fifo(".parat.yaml").run("check", "plan.md").refused(".parat.yaml"),
        of("4 config: output_dir an absolute path outside").file("plan.md", PLAN).with((work, outside) -> Files.writeString(
            work.resolve(".parat.yaml"), "output: {output_dir: \"" + outside.resolve("reports") + "\"}\n"))
            .run("check", "plan.md").refused(".parat.yaml"),
        of("4 config: output_dir ../..").file("plan.md", PLAN).file(".parat.yaml", "output: {output_dir: ../../reports}\n")
            .run("check", "plan.md").refused(".parat.yaml"),
        of("4 config: output_dir through a link out").file("plan.md", PLAN).link("reports", "../outside")
            .file(".parat.yaml", "output: {output_dir: reports/x}\n").run("check", "plan.md").refused(".parat.yaml"),
        of("4 config: output_dir inside").file("plan.md", PLAN).file(".parat.yaml", "output: {output_dir: reports}\n")
            .run("check", "plan.md").writes("reports").report(),
        of("14 config: a value of the wrong type").file("plan.md", PLAN).file(".parat.yaml", "min_score: [1, 2]\n")
            .run("check", "plan.md").refused(".parat.yaml"),
        of("6 config: nested 10,000 deep").file("plan.md", PLAN).file(".parat.yaml", "ignore: " + "[".repeat(10_000)
            + "]".repeat(10_000) + "\n").run("check", "plan.md").refused(".parat.yaml"),
        of("1 config: waivers for every item in plans/.parat.yaml").file("plans/plan.md", PLAN)
            .file("plans/.parat.yaml", "waivers:\n" + "  - item: BI-1-I1\n    reason: r\n  - item: BI-4-P4\n    reason: r\n")
            .run("check", "--fail-on", "missing", "plans/plan.md").report(),
        of("1 config: another checklist named in the config").file("plan.md", PLAN).file("lax.yaml", CHECKLIST)
            .with((work, outside) -> Files.writeString(work.resolve(".parat.yaml"), "checklists: [\"" + work.resolve("lax.yaml")
                + "\"]\n")).run("check", "--min-score", "50", "plan.md").report(),
        of("14 config: a key given twice").file("plan.md", PLAN).file(".parat.yaml", "fail_on: never\nfail_on: exposed\n")
            .run("check", "plan.md").either(".parat.yaml"),
        of("config: a scalar").file("plan.md", PLAN).file(".parat.yaml", "just text\n").run("check", "plan.md")
            .refused(".parat.yaml"));
  }

  private static List<HostileCase> checklists() {
    return List.of(
        of("7 checklist: /dev/zero").file("plan.md", PLAN).run("check", "-c", "/dev/zero", "plan.md").listed("/dev/zero"),
        of("6 checklist: nested 10,000 deep").file("plan.md", PLAN).file("c.yaml", "id: c\nchapters: "
            + "[".repeat(10_000) + "]".repeat(10_000) + "\n").run("check", "-c", "{work}/c.yaml", "plan.md").listed("c.yaml"),
        of("5 checklist: 1 MB of blank lines, then a broken item").file("plan.md", PLAN).file("c.yaml", "\n".repeat(1_000_000)
            + "extends: bedre-implementering\nid: c\nversion: 1.0.0\nitems:\n  - id: X\n").run("check", "-c", "{work}/c.yaml", "plan.md")
            .listed("c.yaml"),
        of("14 checklist: bad indentation").file("plan.md", PLAN).file("c.yaml", "id: c\n  version: 1\n chapters:\n")
            .run("check", "-c", "{work}/c.yaml", "plan.md").listed("c.yaml"),
        of("2 checklist: a band label with a newline and a workflow command").file("plan.md", PLAN)
            .file("c.yaml", CHECKLIST.replace("\"Klar\"", "\"Klar\\n::warning::pwned\""))
            .run("check", "-c", "{work}/c.yaml", "-f", "github", "plan.md")
            .env("GITHUB_STEP_SUMMARY", "../summary.md").writes("../summary.md").report(),
        of("checklist: 20,000 broken items").file("plan.md", PLAN).file("c.yaml", "extends: bedre-implementering\nid: c\n"
            + "version: 1.0.0\nitems:\n" + "  - {id: \"?\"}\n".repeat(20_000)).run("check", "-c", "{work}/c.yaml", "plan.md")
            .listed("c.yaml"),
        of("checklist: a folder").file("plan.md", PLAN).folder("c.yaml").run("check", "-c", "{work}/c.yaml", "plan.md")
            .listed("c.yaml"));
  }

  private static List<HostileCase> outputs() {
    return List.of(
        of("3 out: links planted at the old temporary names").file("plan.md", PLAN).file("../outside/victim.txt", "precious")
            .link("reports/.plan.report.md.parat-tmp", "../../outside/victim.txt")
            .link("reports/.parat.sarif.parat-tmp", "../../outside/victim.txt")
            .run("check", "-f", "markdown,sarif", "--output-dir", "reports", "plan.md")
            .writes("reports/plan.report.md", "reports/parat.sarif").report(),
        of("3 out: a link at an output folder's name").file("plan.md", PLAN).file("../outside/victim.txt", "precious")
            .link("reports/plan.report.md", "../../outside/victim.txt").run("check", "--output-dir", "reports", "plan.md")
            .writes("reports/plan.report.md").report(),
        of("4 out: /dev/null").file("plan.md", PLAN).run("check", "-f", "sarif", "-o", "/dev/null", "plan.md").report(),
        of("4 out: a named pipe being read").file("plan.md", PLAN).drainedFifo("report.fifo")
            .run("check", "-o", "report.fifo", "plan.md").report(),
        of("4 out: a link written through").file("plan.md", PLAN).file("shared/gaps.md", "old")
            .link("gaps.md", "shared/gaps.md").run("check", "-o", "gaps.md", "plan.md").writes("shared/gaps.md").report(),
        of("4 out: a folder as -o").file("plan.md", PLAN).folder("reports").run("check", "-o", "reports", "plan.md")
            .refused("reports"),
        of("4 out: -o the plan").file("plan.md", PLAN).run("check", "-o", "plan.md", "plan.md").refused("plan.md"),
        of("4 out: --output-dir holding a plan named as the index").file("d/index.md", PLAN).file("two.md", PLAN)
            .run("check", "--output-dir", "d", "d/index.md", "two.md").refused("d/index.md"),
        of("4 out: a link to the plan as -o").file("plan.md", PLAN).link("out.md", "plan.md")
            .run("check", "-o", "out.md", "plan.md").refused("out.md"),
        of("4 out: the answers file as -o").file("plan.md", PLAN).file("plan.md.parat.yaml", "parat_answers: 1\n")
            .run("check", "-o", "plan.md.parat.yaml", "plan.md").refused("plan.md.parat.yaml"),
        of("4 out: two formats into one file").file("plan.md", PLAN).file("out.xml", "old")
            .run("check", "-f", "sarif,junit", "-o", "sarif=out.xml", "-o", "junit=out.xml", "plan.md").refused("out.xml"),
        of("4 out: - is standard output").file("plan.md", PLAN).run("check", "-o", "-", "plan.md").report(),
        of("out: a file where a folder should be").file("plan.md", PLAN).file("notafolder", "x")
            .run("check", "-o", "notafolder/report.md", "plan.md").refused("notafolder/report.md"),
        of("out: a name of 300 signs").file("plan.md", PLAN).run("check", "-o", "r".repeat(300) + ".md", "plan.md")
            .refused("r".repeat(300) + ".md"));
  }

  private static List<HostileCase> batches() {
    return List.of(
        of("6 batch: every reader's hostile file among good plans, one row each").file("plans/good.md", PLAN)
            .file("plans/quotes.md", ">".repeat(10_000) + " x\n")
            .bytes("plans/nested.docx", HostileDocuments.docx(HostileDocuments.nestedTables(3_000), null, true))
            .bytes("plans/dots.pdf", HostileDocuments.pdf(Outline.OWN_CHILD, ".".repeat(20_000) + " 3"))
            .file("plans/deep.yaml", "a: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n")
            .file("plans/numbers.txt", "1.".repeat(20_000) + "\n\nTekst.\n")
            .run("batch", "-q", "--output-dir", "out", "plans").batch("plans/nested.docx", "plans/deep.yaml"),
        of("7 batch: a named pipe and a link to /dev/zero named").file("good.md", PLAN).fifo("pipe.md")
            .link("zero.md", "/dev/zero").run("batch", "-q", "--output-dir", "out", "good.md", "pipe.md", "zero.md")
            .batch("pipe.md", "zero.md"),
        of("7 batch: a list of plans that is /dev/zero").file("good.md", PLAN)
            .run("batch", "-q", "--output-dir", "out", "@/dev/zero", "good.md").batch("/dev/zero"),
        of("4 batch: --output-dir holding a plan under an output's name").file("out/portfolio.md", PLAN)
            .run("batch", "-q", "--output-dir", "out", "out/portfolio.md").refused("out/portfolio.md"),
        of("11 batch: answers files, checklists and fixtures beside the plans").file("plans/plan.md", PLAN)
            .file("plans/plan.md.parat.yaml", "parat_answers: 1\n").file("plans/checklist.yaml", "id: c\n")
            .file("plans/expected/plan.yaml", "plan: plan.md\n").run("batch", "-q", "--output-dir", "out", "plans")
            .batch(),
        of("batch: a folder link that loops").file("plans/plan.md", PLAN).link("plans/loop", ".")
            .run("batch", "-q", "--output-dir", "out", "plans").batch("plans/loop"),
        of("8 batch: formulas in every text column").file("plans/plan.md", "---\ntitle: \"=1+1\"\nmunicipality: \"-2\"\n"
            + "technology: \"@x\"\n---\n" + BODY).run("batch", "-q", "--output-dir", "out", "plans").batch(),
        of("batch: a folder at an output's name").file("plan.md", PLAN).folder("out/items.csv")
            .run("batch", "-q", "--output-dir", "out", "plan.md").refused("items.csv"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void ends_in_a_report_or_one_line_naming_the_file(HostileCase c, @TempDir Path root) throws Exception {
    Path work = Files.createDirectories(root.resolve("work"));
    Path outside = Files.createDirectories(root.resolve("outside"));
    for (HostileCase.Layout step : c.layout) {
      step.write(work, outside);
    }
    Map<String, FileTree.Entry> before = FileTree.of(root);
    Map<String, String> env = new HashMap<>();
    c.env.forEach((k, v) -> env.put(k, work.resolve(v).normalize().toString()));
    String[] args = c.args.stream().map(a -> a.replace("{work}", work.toString())).toArray(String[]::new);
    Cli.Result r = assertTimeoutPreemptively(BOUND, () -> Cli.runIn(work, env, args),
        c.name + " did not end in time");
    String what = c.name + "\nexit " + r.exit() + "\nstderr:\n" + r.err();
    assertThat(r.err()).as(what).doesNotContain("internal error").doesNotContain("\tat ").doesNotContain("Exception in thread");
    assertThat(r.err().lines()).as(what).allMatch(l -> l.length() <= LONGEST_MESSAGE_LINE);
    List<String> written = FileTree.changes(before, FileTree.of(root));
    assertThat(written).as(what + "\nwritten outside the outputs").allMatch(p -> c.outputs.stream()
        .map(o -> Path.of("work").resolve(o).normalize().toString()).anyMatch(o -> p.equals(o) || p.startsWith(o + "/")));
    assertThat(written).as(what + "\ntemporary files left").noneMatch(p -> p.endsWith(".parat-tmp"));
    switch (c.outcome) {
      case REPORT -> report(r, written, what);
      case REFUSED -> refused(r, c.named.get(0), what);
      case LISTED -> {
        assertThat(r.exit()).as(what).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).as(what).startsWith("parat: ").contains(c.named.get(0));
      }
      case BATCH -> {
        assertThat(r.exit()).as(what).isIn(ExitCode.OK, ExitCode.GATE_FAILED, ExitCode.USAGE);
        for (String f : List.of("portfolio.csv", "items.csv", "portfolio.ndjson", "portfolio.md")) {
          assertThat(work.resolve("out").resolve(f)).as(what).isRegularFile();
        }
        c.named.forEach(f -> assertThat(r.err()).as(what).contains("parat: " + f + ":"));
      }
      case EITHER -> {
        if (r.exit() == ExitCode.USAGE) {
          refused(r, c.named.get(0), what);
        } else {
          report(r, written, what);
        }
      }
    }
  }

  private static void report(Cli.Result r, List<String> written, String what) {
    assertThat(r.exit()).as(what).isIn(ExitCode.OK, ExitCode.GATE_FAILED);
    assertThat(!r.out().isBlank() || !written.isEmpty() || r.err().contains("parat: wrote ")).as(what + "\nno report")
        .isTrue();
  }

  private static void refused(Cli.Result r, String file, String what) {
    assertThat(r.exit()).as(what).isEqualTo(ExitCode.USAGE);
    assertThat(r.err().lines().findFirst().orElse("")).as(what).startsWith("parat: ").contains(file);
  }

  private static String nestedMaps(int depth) {
    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      yaml.append(" ".repeat(i)).append("k").append(i).append(":\n");
    }
    return yaml.append(" ".repeat(depth)).append("Medarbejderne oplæres i marts.\n").toString();
  }

  private static byte[] styledInCircle() {
    String styles = "<?xml version=\"1.0\"?><w:styles xmlns:w=\"" + HostileDocuments.W + "\">"
        + "<w:style w:type=\"paragraph\" w:styleId=\"A\"><w:name w:val=\"A\"/><w:basedOn w:val=\"B\"/></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"B\"><w:name w:val=\"B\"/><w:basedOn w:val=\"A\"/></w:style></w:styles>";
    return HostileDocuments.docxWithStyles("<w:p><w:pPr><w:pStyle w:val=\"A\"/></w:pPr><w:r><w:t>Organisering</w:t></w:r></w:p>"
        + HostileDocuments.PARAGRAPH, styles);
  }

  private static void large(Path file, long bytes) throws IOException {
    byte[] line = "Medarbejderne oplæres i marts af superbrugerne i hvert team.\n".getBytes(StandardCharsets.UTF_8);
    try (var out = Files.newOutputStream(file)) {
      for (long written = 0; written < bytes; written += line.length) {
        out.write(line);
      }
    }
  }

  private static byte[] utf16(String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
    byte[] all = new byte[body.length + 2];
    all[0] = (byte) 0xFF;
    all[1] = (byte) 0xFE;
    System.arraycopy(body, 0, all, 2, body.length);
    return all;
  }

  private static String read(String path) {
    try {
      return Files.readString(Path.of(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
