package dk.parat.plan;

import dk.parat.files.InputError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The Word and PDF examples in {@code examples/}, made from their Markdown originals so that
 * each says exactly what its original says. To write them again (docs/word-pdf.md):
 * {@code java -cp target/test-classes:target/classes:CLASSPATH dk.parat.plan.ExampleDocuments examples}.
 */
public final class ExampleDocuments {

  /**
   * One example in both formats.
   *
   * @param danish whether the Word styles carry a Danish Word's ids
   */
  record Example(String name, boolean danish, PdfWriter.Options pdf) {
    Path markdown() {
      return Path.of("examples", name + ".md");
    }

    String docxName() {
      return name + ".docx";
    }

    String pdfName() {
      return name + ".pdf";
    }
  }

  /**
   * An English plan full of tables whose PDF has no outline, so its headings are found by their
   * type; and a Danish plan with a title over numbered sections whose PDF has a nested outline
   * and words hyphenated at line ends.
   */
  static final List<Example> ALL = List.of(
      new Example("cross-municipal-data-platform", false, new PdfWriter.Options(false, false, "Page", "of")),
      new Example("skaermbesoeg-hjemmeplejen", true, new PdfWriter.Options(true, true, "Side", "af")));

  private ExampleDocuments() {}

  static ExampleSource source(Example example) throws IOException, InputError {
    return ExampleSource.parse(Files.readString(example.markdown(), StandardCharsets.UTF_8));
  }

  static byte[] docx(Example example) throws IOException, InputError {
    return DocxWriter.bytes(DocxWriter.document(source(example), example.danish()));
  }

  static byte[] pdf(Example example) throws IOException, InputError {
    return PdfWriter.pdf(source(example), example.pdf());
  }

  /**
   * A long PDF plan for the benchmark (bench/read-pdf.sh): the Danish example's sections over and
   * over under one title, outline and hyphenation included, until it fills {@code pages} pages.
   */
  public static byte[] longPdf(int pages) throws IOException, InputError {
    Example example = ALL.get(1);
    ExampleSource one = source(example);
    List<ExampleSource.Part> parts = new ArrayList<>(one.parts());
    byte[] pdf = PdfWriter.pdf(one, example.pdf());
    while (pageCount(pdf) < pages) {
      parts.addAll(one.parts().subList(1, one.parts().size()));
      pdf = PdfWriter.pdf(new ExampleSource(one.properties(), parts), example.pdf());
    }
    return pdf;
  }

  static int pageCount(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return doc.getNumberOfPages();
    }
  }

  /** Writes every example's .docx and .pdf into the folder named by the first argument. */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "examples");
    for (Example e : ALL) {
      Files.write(dir.resolve(e.docxName()), docx(e));
      Files.write(dir.resolve(e.pdfName()), pdf(e));
    }
  }
}
