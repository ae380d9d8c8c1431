package dk.parat.cli;

import dk.parat.checklist.ChecklistLoader;
import dk.parat.checklist.ChecklistRepository;
import dk.parat.checklist.CompiledChecklist;
import dk.parat.checklist.docs.ChecklistDocs;
import dk.parat.files.OutputFile;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parat checklist docs}: the Markdown reference page of checklists, generated from their YAML. */
@Command(name = "docs", mixinStandardHelpOptions = true,
    description = "Write the Markdown reference page of checklists, generated from their YAML.")
final class ChecklistDocsCommand extends BaseCommand {

  @Parameters(paramLabel = "ID|PATH", arity = "0..*", description = "Checklists. Default: every bundled checklist.")
  List<String> checklists;

  @Option(names = "--output-dir", paramLabel = "DIR",
      description = "Write <id>.md files into DIR (e.g. docs/checklists) instead of printing.")
  Path outputDir;

  @Override
  public Integer call() throws Exception {
    List<String> refs = checklists == null || checklists.isEmpty() ? ChecklistRepository.bundledIds() : checklists;
    for (CompiledChecklist c : ChecklistLoader.load(refs).checklists()) {
      String page = ChecklistDocs.render(c.checklist(), c.source());
      if (outputDir == null) {
        io().out().print(page);
      } else {
        Path file = outputDir.resolve(c.id() + ".md");
        OutputFile.inFolder(io().workingDir().resolve(file), file.toString()).write(out -> out.write(page));
        io().err().println("wrote " + file);
      }
    }
    io().out().flush();
    return ExitCode.OK;
  }
}
