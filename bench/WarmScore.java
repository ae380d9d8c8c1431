import dk.parat.checklist.ChecklistLoader;
import dk.parat.checklist.ChecklistSet;
import dk.parat.plan.Plan;
import dk.parat.plan.PlanLoader;
import dk.parat.scoring.Scorer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Per-plan time to read and score one plan in a warm JVM. Run by bench/check.sh:
 * java -cp target/parat.jar:target/bench-classes WarmScore PLAN [ROUNDS]
 */
public class WarmScore {
  public static void main(String[] args) throws Exception {
    Path plan = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    ChecklistSet checklists = ChecklistLoader.load(List.of("bedre-implementering"));
    Scorer scorer = new Scorer(checklists);
    PlanLoader loader = PlanLoader.standard();
    long sink = 0;
    for (int i = 0; i < rounds / 2; i++) {
      sink += scorer.score(loader.load(plan)).scores().get(0).items().size();
    }
    long start = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      Plan p = loader.load(plan);
      sink += scorer.score(p).scores().get(0).items().size();
    }
    double ms = (System.nanoTime() - start) / 1e6 / rounds;
    System.out.printf(Locale.ROOT, "warm: %.2f ms per plan (read + score, %d rounds, %d items)%n", ms, rounds, sink / (rounds + rounds / 2));
  }
}
