import dk.parat.agreement.Agreement;
import dk.parat.agreement.AgreementRun;
import dk.parat.agreement.Corpus;
import dk.parat.agreement.CorpusPart;
import dk.parat.agreement.Verdict;
import dk.parat.checklist.ChecklistLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The held-out and fresh parts' figures to three decimals, for targets that two decimals cannot
 * settle (red-flag precision against 80 %). Aggregates only: no plan's disagreement is printed.
 * Run by bench/agreement.sh: java -cp target/parat.jar:target/bench-classes AgreementExact CORPUS
 */
public class AgreementExact {
  public static void main(String[] args) throws Exception {
    List<Verdict> verdicts = new AgreementRun(ChecklistLoader.load(List.of("bedre-implementering")))
        .verdicts(Corpus.read(Path.of(args[0])));
    for (CorpusPart part : List.of(CorpusPart.HELD_OUT, CorpusPart.FRESH)) {
      Agreement a = Agreement.ofParat(verdicts.stream().filter(v -> v.part() == part).toList());
      System.out.printf(Locale.ROOT, "%-9s macro κ %.3f, insight κ %.3f, pitfall κ %.3f, red flags P/R %.1f %% / %.1f %%%n",
          part.id(), a.macroKappa(), a.where(v -> !v.kind().isPitfall()).kappa(),
          a.where(v -> v.kind().isPitfall()).kappa(), 100 * a.redFlagPrecision(), 100 * a.redFlagRecall());
    }
  }
}
