package dk.parat.cli;

import dk.parat.checklist.ChecklistLoader;
import dk.parat.checklist.ChecklistRepository;
import dk.parat.checklist.CompiledChecklist;
import dk.parat.checklist.ConceptFile;
import dk.parat.checklist.YamlSource;
import dk.parat.checklist.docs.ChecklistDocs;
import dk.parat.checklist.docs.ConceptDocs;
import dk.parat.files.OutputFile;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parat checklist docs}: the Markdown reference page of checklists, generated from their YAML. */
@Command(name = "docs", mixinStandardHelpOptions = true,
    description = "Write the Markdown reference page of checklists, generated from their YAML; "
        + "with --output-dir and no checklist named, the page of the concepts (concepts.md) too.")
final class ChecklistDocsCommand extends BaseCommand {

  @Parameters(paramLabel = "ID|PATH", arity = "0..*", description = "Checklists. Default: every bundled checklist.")
  List<String> checklists;

  @Option(names = "--output-dir", paramLabel = "DIR",
      description = "Write <id>.md files into DIR (e.g. docs/checklists) instead of printing.")
  Path outputDir;

  @Override
  public Integer call() throws Exception {
    boolean bundled = checklists == null || checklists.isEmpty();
    List<String> refs = bundled ? ChecklistRepository.bundledIds() : checklists;
    List<CompiledChecklist> compiled = ChecklistLoader.checklists(refs);
    for (CompiledChecklist c : compiled) {
      write(c.id() + ".md", ChecklistDocs.render(c.checklist(), c.source()));
    }
    if (bundled && outputDir != null) {
      // The concepts page goes beside the checklist pages it is linked from.
      YamlSource concepts = ChecklistRepository.bundledOrFail(ChecklistRepository.CONCEPTS);
      write(ConceptDocs.FILE, ConceptDocs.render(concepts.read(ConceptFile.class), concepts.name(),
          compiled.stream().map(CompiledChecklist::checklist).toList()));
    }
    io().out().flush();
    return ExitCode.OK;
  }

  private void write(String name, String page) throws java.io.IOException {
    if (outputDir == null) {
      io().out().print(page);
      return;
    }
    Path file = outputDir.resolve(name);
    OutputFile.inFolder(io().workingDir().resolve(file), file.toString()).write(out -> out.write(page));
    io().err().println("wrote " + file);
  }
}
