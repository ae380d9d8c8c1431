package dk.parat.plan;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the long PDF plan of the PDF benchmark (bench/read-pdf.sh), which is made with the
 * tests' PDF writer and so is written from the test classes, not by the benchmark itself:
 * {@code java -cp target/parat.jar:target/test-classes dk.parat.plan.LongPdf FILE PAGES}.
 */
public final class LongPdf {

  private LongPdf() {}

  public static void main(String[] args) throws Exception {
    Path pdf = Path.of(args[0]);
    Files.createDirectories(pdf.toAbsolutePath().getParent());
    Files.write(pdf, ExampleDocuments.longPdf(Integer.parseInt(args[1])));
  }
}
