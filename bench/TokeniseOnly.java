import dk.parat.checklist.ChecklistLoader;
import dk.parat.plan.PlanLoader;
import dk.parat.text.TextAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The baseline of bench/batch.sh: finds the same plan files as 'parat batch DIR', reads each and
 * splits it into words with the analyzer of the loaded checklist, on as many threads, and does
 * nothing else. What parat batch does beyond this is the cost of scoring and writing.
 *
 * <p>java -cp target/parat.jar:target/bench-classes TokeniseOnly DIR THREADS
 */
public class TokeniseOnly {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int threads = Integer.parseInt(args[1]);
    TextAnalyzer analyzer = ChecklistLoader.load(List.of("bedre-implementering")).analyzer();
    List<String> endings = PlanLoader.standard().extensions();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile)
          .filter(p -> endings.stream().anyMatch(e -> p.toString().toLowerCase(Locale.ROOT).endsWith(e))).sorted().toList();
    }
    AtomicLong bytes = new AtomicLong();
    AtomicLong words = new AtomicLong();
    new ForkJoinPool(threads).submit(() -> files.parallelStream().forEach(file -> {
      try {
        byte[] content = Files.readAllBytes(file);
        bytes.addAndGet(content.length);
        words.addAndGet(analyzer.tokens(new String(content, StandardCharsets.UTF_8)).size());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    })).get();
    System.out.printf(Locale.ROOT, "tokenised %d plans, %d bytes, %d words%n", files.size(), bytes.get(), words.get());
  }
}
