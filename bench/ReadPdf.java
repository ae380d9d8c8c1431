import dk.parat.plan.Plan;
import dk.parat.plan.PlanLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.Loader;

/**
 * Warm time to read one PDF plan (issue 7). Run by bench/read-pdf.sh, which writes the plan first:
 * java -cp target/parat.jar:target/bench-classes ReadPdf PDF [ROUNDS]
 */
public class ReadPdf {
  public static void main(String[] args) throws Exception {
    Path pdf = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    int pages;
    try (var doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
      pages = doc.getNumberOfPages();
    }
    PlanLoader loader = PlanLoader.standard();
    long blocks = 0;
    for (int i = 0; i < rounds / 2; i++) {
      blocks = count(loader.load(pdf));
    }
    long start = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      blocks = count(loader.load(pdf));
    }
    double ms = (System.nanoTime() - start) / 1e6 / rounds;
    System.out.printf(Locale.ROOT, "plan: %s (%d pages, %d KB, %d blocks)%n", pdf, pages, Files.size(pdf) / 1024, blocks);
    System.out.printf(Locale.ROOT, "warm: %.1f ms per document (%.2f ms per page; read only, %d rounds after %d warm-up)%n",
        ms, ms / pages, rounds, rounds / 2);
  }

  private static long count(Plan plan) {
    return plan.sections().stream().mapToLong(s -> s.blocks().size()).sum();
  }
}
