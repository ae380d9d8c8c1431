package dk.parat.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dk.parat.Cli;
import dk.parat.cli.ExitCode;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Word and PDF files that are no readable plan, made here from the examples: each gives a
 * message that names the file, says what is wrong and what to do, exit code 2, and no stack trace.
 */
class BadDocumentsTest {

  @TempDir
  static Path dir;

  @BeforeAll
  static void corpus() throws Exception {
    byte[] docx = Files.readAllBytes(Path.of("examples/skaermbesoeg-hjemmeplejen.docx"));
    byte[] pdf = Files.readAllBytes(Path.of("examples/skaermbesoeg-hjemmeplejen.pdf"));
    write("encrypted.docx", encrypted(docx));
    write("encrypted.pdf", encrypted(pdf));
    write("truncated.docx", Arrays.copyOf(docx, docx.length / 2));
    write("truncated.pdf", Arrays.copyOf(pdf, pdf.length / 2));
    write("scanned.pdf", scanned());
    write("empty.docx", new byte[0]);
    write("empty.pdf", new byte[0]);
    write("archive.docx", zip("plan.md"));
    write("archive.pdf", zip("plan.md"));
    write("old-word.docx", oldWord());
    write("plan-as.docx", pdf);
    try (PDDocument empty = new PDDocument()) {
      write("no-pages.pdf", bytes(empty));
    }
    write("workbook.docx", zip("xl/workbook.xml"));
    write("text.docx", "# Plan\n\nTekst.\n".getBytes(StandardCharsets.UTF_8));
    write("text.pdf", "# Plan\n\nTekst.\n".getBytes(StandardCharsets.UTF_8));
    write("old-word.pdf", oldWord());
    write("damaged.pdf", "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
        .getBytes(StandardCharsets.US_ASCII));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "encrypted.docx | is protected with a password (or a sensitivity label) | Save a copy without the protection",
      "encrypted.pdf  | is protected with a password                          | Save a copy without the password",
      "truncated.docx | is cut short                                          | Copy or download the plan again",
      "truncated.pdf  | is cut short                                          | Download or copy the plan again",
      "scanned.pdf    | has no text layer: its 1 page is an image             | run OCR",
      "empty.docx     | is empty (0 bytes)                                    | Save the plan from Word again",
      "empty.pdf      | is empty (0 bytes)                                    | Export the plan from Word again",
      "archive.docx   | is a ZIP archive, not a Word document                 | unpack it",
      "archive.pdf    | is a ZIP archive                                      | unpack it",
      "old-word.docx  | is an old Word 97–2003 document                       | save it again as a Word Document (.docx)",
      "plan-as.docx   | is a PDF with the ending .docx                        | rename it to .pdf",
      "damaged.pdf    | cannot be read as a PDF                               | Export the plan from Word again",
      "no-pages.pdf   | has no pages                                          | Export the plan from Word again",
      "workbook.docx  | is an Excel workbook with the ending .docx            | save it as a Word Document (.docx)",
      "text.docx      | is not a Word document                                | save it again as a Word Document (.docx)",
      "text.pdf       | is not a PDF                                          | Export the plan from Word again",
      "old-word.pdf   | is an Office file (a Word 97–2003 document            | save it as PDF"})
  void each_bad_document_says_what_is_wrong_and_what_to_do(String name, String what, String todo) {
    String path = dir.resolve(name).toString();
    Cli.Result r = Cli.run("check", path);
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("parat: " + path + ": ").contains(what).contains(todo)
        .doesNotContain("\tat ").doesNotContain("Exception").hasLineCount(1);
  }

  private static void write(String name, byte[] content) throws Exception {
    Files.write(dir.resolve(name), content);
  }

  private static byte[] encrypted(byte[] content) throws Exception {
    if (content[0] == '%') {
      try (PDDocument doc = Loader.loadPDF(content)) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("ejer", "hemmelig", new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
        return bytes(doc);
      }
    }
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("hemmelig");
      try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(content)); OutputStream os = encryptor.getDataStream(fs)) {
        opc.save(os);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  /** A page that is a picture of text, as a scanner makes it. */
  private static byte[] scanned() throws Exception {
    BufferedImage image = new BufferedImage(600, 200, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 600, 200);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 24));
    g.drawString("Implementeringsplan – skærmbesøg", 20, 80);
    g.dispose();
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawImage(LosslessFactory.createFromImage(doc, image), 50, 500);
      }
      return bytes(doc);
    }
  }

  private static byte[] zip(String entry) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write("# Plan\n".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  private static byte[] oldWord() throws Exception {
    try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      fs.createDocument(new ByteArrayInputStream(new byte[512]), "WordDocument");
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  private static byte[] bytes(PDDocument doc) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }
}
