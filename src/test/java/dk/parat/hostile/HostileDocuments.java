package dk.parat.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Word and PDF files built byte by byte for the hostile suite: a Word package is a ZIP of XML
 * parts written here as text, so that any nesting or damage can be put in; PDFs are drawn with
 * PDFBox and then bent (an outline entry that is its own child).
 */
final class HostileDocuments {

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String PARAGRAPH = "<w:p><w:r><w:t>Medarbejderne oplæres i marts af superbrugerne i hvert team.</w:t></w:r></w:p>";
  private static final String TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      + "<Override PartName=\"/word/document.xml\" "
      + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
      + "<Override PartName=\"/docProps/custom.xml\" "
      + "ContentType=\"application/vnd.openxmlformats-officedocument.custom-properties+xml\"/></Types>";
  private static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
      + "Target=\"word/document.xml\"/>%s</Relationships>";
  private static final String CUSTOM_REL = "<Relationship Id=\"rId2\" "
      + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties\" "
      + "Target=\"docProps/custom.xml\"/>";

  private HostileDocuments() {}

  /** A Word document whose body is {@code body} (WordprocessingML, prefix w). */
  static byte[] docx(String body) {
    return docx(body, null, false);
  }

  /**
   * @param custom the custom properties part, or null for none
   * @param stored whether the parts are stored rather than compressed (a repetitive part
   *     compresses so well that POI takes it for a zip bomb)
   */
  static byte[] docx(String body, String custom, boolean stored) {
    return zip(parts(body, custom), stored);
  }

  /** A Word document with a styles part. */
  static byte[] docxWithStyles(String body, String styles) {
    Map<String, String> parts = parts(body, null);
    parts.put("word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
        + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        + "</Relationships>");
    parts.put("word/styles.xml", styles);
    parts.put("[Content_Types].xml", TYPES.replace("</Types>", "<Override PartName=\"/word/styles.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/></Types>"));
    return zip(parts, false);
  }

  private static Map<String, String> parts(String body, String custom) {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", TYPES);
    parts.put("_rels/.rels", RELS.formatted(custom == null ? "" : CUSTOM_REL));
    parts.put("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\""
        + W + "\"><w:body>" + body + "</w:body></w:document>");
    if (custom != null) {
      parts.put("docProps/custom.xml", custom);
    }
    return parts;
  }

  static byte[] zip(Map<String, String> parts, boolean stored) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> part : parts.entrySet()) {
        byte[] data = part.getValue().getBytes(StandardCharsets.UTF_8);
        ZipEntry entry = new ZipEntry(part.getKey());
        if (stored) {
          CRC32 crc = new CRC32();
          crc.update(data);
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(data.length);
          entry.setCompressedSize(data.length);
          entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Tables inside tables, {@code depth} deep, a paragraph at the bottom. */
  static String nestedTables(int depth) {
    return PARAGRAPH + "<w:tbl><w:tr><w:tc>".repeat(depth) + PARAGRAPH + "</w:tc></w:tr></w:tbl>".repeat(depth);
  }

  /** How an outline is bent after it is drawn. */
  enum Outline { NONE, PLAIN, OWN_CHILD, CIRCLE }

  /** A PDF with a heading, the lines given and an outline as asked. */
  static byte[] pdf(Outline outline, String... lines) {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 18);
        cs.newLineAtOffset(72, 700);
        cs.showText("Implementeringsplan");
        cs.setFont(font, 10);
        for (String line : lines) {
          cs.newLineAtOffset(0, -16);
          cs.showText(line);
        }
        cs.endText();
      }
      if (outline != Outline.NONE) {
        PDDocumentOutline root = new PDDocumentOutline();
        PDOutlineItem first = item("Implementeringsplan", page);
        PDOutlineItem second = item("Organisering", page);
        root.addLast(first);
        root.addLast(second);
        doc.getDocumentCatalog().setDocumentOutline(root);
        if (outline == Outline.OWN_CHILD) {
          first.getCOSObject().setItem(COSName.FIRST, first);
          first.getCOSObject().setItem(COSName.LAST, first);
        } else if (outline == Outline.CIRCLE) {
          second.getCOSObject().setItem(COSName.NEXT, first);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PDOutlineItem item(String title, PDPage page) {
    PDOutlineItem item = new PDOutlineItem();
    item.setTitle(title);
    PDPageFitDestination destination = new PDPageFitDestination();
    destination.setPage(page);
    item.setDestination(destination);
    return item;
  }
}
