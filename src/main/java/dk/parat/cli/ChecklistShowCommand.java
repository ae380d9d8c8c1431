package dk.parat.cli;

import dk.parat.checklist.Chapter;
import dk.parat.checklist.ChecklistLoader;
import dk.parat.checklist.CompiledChecklist;
import dk.parat.checklist.CompiledItem;
import dk.parat.report.Numbers;
import dk.parat.text.Lang;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code parat checklist show}: a checklist's chapters and items at a glance. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show a checklist's chapters, items, weights and bands.")
final class ChecklistShowCommand extends BaseCommand {

  @Parameters(paramLabel = "ID|PATH", description = "A bundled checklist id or a checklist file.")
  String checklist;

  @Mixin
  LanguageOption language;

  @Override
  public Integer call() throws Exception {
    Lang lang = language.lang();
    CompiledChecklist c = ChecklistLoader.checklists(List.of(checklist)).get(0);
    PrintWriter out = io().out();
    out.printf("%s %s · %s%n", c.id(), c.checklist().version(), c.checklist().title().in(lang));
    if (c.checklist().publication() != null) {
      out.printf("%s%n", c.checklist().publication().title());
    }
    out.println();
    for (Chapter chapter : c.checklist().chapters()) {
      out.printf("%s. %s (%s)%n", chapter.id(), chapter.title().in(lang), chapter.pages());
      for (CompiledItem i : c.items(chapter)) {
        out.printf("  %-12s %-9s w%-4s p.%-3s %s%s%n", i.id(), i.item().kind().id(),
            Numbers.decimal(i.item().weightIn(dk.parat.plan.PlanContext.empty())), i.item().page(), i.item().title().in(lang),
            i.item().isCritical() ? "  [critical]" : "");
      }
    }
    out.println();
    c.checklist().bands().forEach(b -> out.printf("band %-20s from %3s  %s%n", b.id(), Numbers.decimal(b.min()), b.label().in(lang)));
    c.checklist().overrides().forEach(o -> out.printf("cap  %-20s to %s%n", o.id(), o.cap()));
    out.flush();
    return ExitCode.OK;
  }
}
