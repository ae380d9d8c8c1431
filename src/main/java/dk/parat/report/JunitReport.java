package dk.parat.report;

import dk.parat.answers.AppliedAnswer;
import dk.parat.checklist.CompiledChecklist;
import dk.parat.checklist.Status;
import dk.parat.run.Run;
import dk.parat.scoring.ChecklistScore;
import dk.parat.scoring.Evidence;
import dk.parat.scoring.ItemResult;
import dk.parat.text.Lang;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as Jenkins and GitLab read it: a test suite per checklist, a test case per item
 * per plan (passes included), a failure per gap, skipped for waived and not-applicable items,
 * and an error case for each plan that could not be read. Each suite's properties name what
 * besides parat's own verdicts shaped the run: config, checklist files, answers files, waivers.
 */
public final class JunitReport implements ReportWriter {

  public static final ReportFormat FORMAT = new ReportFormat("junit", "parat-junit.xml", true,
      o -> new JunitReport(o.lang()));

  private final Messages m;
  private final Locations locations;

  public JunitReport(Lang lang) {
    this.m = new Messages(lang);
    this.locations = new Locations(m);
  }



  /** One test case as it will be written. */
  private record Case(String classname, String name, String outcome, String message, String body) {}

  @Override
  public ReportFormat format() {
    return FORMAT;
  }

  @Override
  public void write(Run run, Writer out) throws IOException {
    Map<String, List<Case>> suites = new LinkedHashMap<>();
    Map<String, CompiledChecklist> checklists = new LinkedHashMap<>();
    for (Run.Scored scored : run.plans()) {
      for (ChecklistScore score : scored.result().scores()) {
        checklists.putIfAbsent(score.checklist().id(), score.checklist());
        List<Case> cases = suites.computeIfAbsent(score.checklist().id(), k -> new ArrayList<>());
        for (ItemResult r : score.items()) {
          cases.add(testCase(scored, r));
        }
      }
    }
    if (suites.isEmpty() && !run.unreadable().isEmpty()) {
      suites.put("parat", new ArrayList<>());
    }
    for (List<Case> cases : suites.values()) {
      run.unreadable().forEach(u -> cases.add(new Case(u.path(), "read plan", "error", u.message(), u.message())));
    }
    SourceNotes sources = new SourceNotes(m);
    List<SourceNotes.Note> notes = new ArrayList<>(sources.ofRun(run.sources()));
    run.plans().forEach(p -> notes.addAll(sources.ofPlan(run.sources(), p)));
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "parat");
      counts(xml, suites.values().stream().flatMap(List::stream).toList());
      for (Map.Entry<String, List<Case>> suite : suites.entrySet()) {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", Printable.xml(suite.getKey()));
        counts(xml, suite.getValue());
        properties(xml, notes);
        for (Case c : suite.getValue()) {
          write(xml, c);
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IOException("the JUnit report could not be written", e);
    }
    out.flush();
  }

  private Case testCase(Run.Scored scored, ItemResult r) {
    var item = r.item().item();
    AppliedAnswer answer = scored.answer(r);
    String classname = scored.result().plan().path() + " › " + m.get("report.chapter") + " " + r.item().chapter().id() + " "
        + r.item().chapter().title().in(m.lang());
    String name = item.id() + " " + item.title().in(m.lang());
    String label = r.status().id() + " (" + m.status(r.status()) + ")";
    if (r.status() == Status.NOT_APPLICABLE) {
      return new Case(classname, name, "skipped", label + ": " + (r.notApplicableReason() != null
          ? r.notApplicableReason().in(m.lang()) : AnswerText.plain(answer, m)), null);
    }
    if (r.waived()) {
      return new Case(classname, name, "skipped", label + ", " + m.get("report.waiver") + " (" + r.waiver().declaredIn()
          + ":" + r.waiver().line() + "): " + r.waiver().reason(), null);
    }
    if (!r.status().isGap()) {
      return new Case(classname, name, "passed", null, null);
    }
    StringBuilder body = new StringBuilder();
    for (Evidence e : r.evidence()) {
      body.append(e.file()).append(", ").append(locations.label(e.location())).append(": ").append(e.quote()).append('\n');
    }
    if (answer != null) {
      body.append(AnswerText.plain(answer, m)).append('\n');
    }
    body.append(m.get("report.advice")).append(": ").append(item.advice().in(m.lang()));
    return new Case(classname, name, "failure", label, body.toString());
  }

  private static void counts(XMLStreamWriter xml, List<Case> cases) throws XMLStreamException {
    xml.writeAttribute("tests", Integer.toString(cases.size()));
    xml.writeAttribute("failures", Long.toString(cases.stream().filter(c -> c.outcome().equals("failure")).count()));
    xml.writeAttribute("errors", Long.toString(cases.stream().filter(c -> c.outcome().equals("error")).count()));
    xml.writeAttribute("skipped", Long.toString(cases.stream().filter(c -> c.outcome().equals("skipped")).count()));
  }

  /** The run's sources as {@code <property name="parat.waiver" value="plan.md:4: …"/>}, before the test cases. */
  private static void properties(XMLStreamWriter xml, List<SourceNotes.Note> notes) throws XMLStreamException {
    if (notes.isEmpty()) {
      return;
    }
    xml.writeCharacters("\n    ");
    xml.writeStartElement("properties");
    for (SourceNotes.Note n : notes) {
      xml.writeCharacters("\n      ");
      xml.writeEmptyElement("property");
      xml.writeAttribute("name", "parat." + n.kind().id());
      String where = n.file() == null ? "" : (n.line() > 0 ? n.file() + ":" + n.line() : n.file()) + ": ";
      xml.writeAttribute("value", Printable.xml(where + n.text()));
    }
    xml.writeCharacters("\n    ");
    xml.writeEndElement();
  }

  private static void write(XMLStreamWriter xml, Case c) throws XMLStreamException {
    xml.writeCharacters("\n    ");
    boolean empty = c.outcome().equals("passed");
    if (empty) {
      xml.writeEmptyElement("testcase");
    } else {
      xml.writeStartElement("testcase");
    }
    xml.writeAttribute("classname", Printable.xml(c.classname()));
    xml.writeAttribute("name", Printable.xml(c.name()));
    if (empty) {
      return;
    }
    xml.writeCharacters("\n      ");
    if (c.body() == null) {
      xml.writeEmptyElement(c.outcome());
      xml.writeAttribute("message", Printable.xml(c.message()));
    } else {
      xml.writeStartElement(c.outcome());
      xml.writeAttribute("message", Printable.xml(c.message()));
      xml.writeAttribute("type", c.outcome().equals("error") ? "unreadable" : c.message().split(" ")[0]);
      xml.writeCharacters(Printable.xml(c.body()));
      xml.writeEndElement();
    }
    xml.writeCharacters("\n    ");
    xml.writeEndElement();
  }
}
