package dk.parat.plan.pdf;

import dk.parat.files.InputError;
import dk.parat.plan.Plan;
import dk.parat.plan.PlanContext;
import dk.parat.plan.PlanFormat;
import dk.parat.plan.PlanReader;
import dk.parat.plan.read.ContextReader;
import dk.parat.plan.read.Digest;
import dk.parat.plan.read.FileSignature;
import dk.parat.plan.read.SectionBuilder;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads PDF plans with Apache PDFBox: text in reading order without running headers, footers
 * and page numbers ({@link RunningText}), headings from the outline or the fonts
 * ({@link PdfHeadings}), and paragraphs, list items and table rows ({@link PdfBlocks}) located
 * by page and paragraph. The context comes from the document information (title, author and
 * custom keys named like a context key).
 */
public final class PdfPlanReader implements PlanReader {

  private static final String EXPORT_AGAIN = "Export the plan from Word again (File › Save As › PDF)";

  @Override
  public PlanFormat format() {
    return PlanFormat.PDF;
  }

  @Override
  public Plan read(String path, byte[] content) throws InputError {
    checkSignature(path, content);
    try (PDDocument doc = Loader.loadPDF(content)) {
      if (doc.getNumberOfPages() == 0) {
        throw new InputError(path, 0, "has no pages; it is damaged or was never finished. " + EXPORT_AGAIN + ".");
      }
      PlanContext context = context(path, doc.getDocumentInformation());
      List<PdfLine> lines = RunningText.remove(PdfText.lines(doc));
      if (lines.stream().noneMatch(l -> l.text().chars().anyMatch(Character::isLetter))) {
        throw new InputError(path, 0, "has no text layer: its " + doc.getNumberOfPages()
            + (doc.getNumberOfPages() == 1 ? " page is an image" : " pages are images")
            + " (a scan or a photo), so there is nothing to read. " + EXPORT_AGAIN
            + ", or run OCR on the scan first (e.g. 'ocrmypdf in.pdf out.pdf').");
      }
      PdfBlocks blocks = new PdfBlocks(lines);
      SectionBuilder sections = new SectionBuilder();
      blocks.emit(PdfHeadings.levels(doc, lines, blocks.inTable()), sections);
      return new Plan(path, format(), context, sections.build(), Digest.sha256(content), List.of());
    } catch (InvalidPasswordException e) {
      throw new InputError(path, 0, "is protected with a password, so parat cannot read it. Save a copy "
          + "without the password (or ask whoever protected it for one), or " + lower(EXPORT_AGAIN) + ".");
    } catch (IOException | RuntimeException e) {
      // PDFBox signals a damaged file with runtime exceptions as well as IOExceptions.
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
      throw new InputError(path, 0, "cannot be read as a PDF (" + why + "); it may be damaged. "
          + EXPORT_AGAIN + ".");
    }
  }

  private static void checkSignature(String path, byte[] content) throws InputError {
    FileSignature signature = FileSignature.of(content);
    if (signature == FileSignature.EMPTY) {
      throw new InputError(path, 0, "is empty (0 bytes); the export or copy went wrong. " + EXPORT_AGAIN + ".");
    }
    if (signature == FileSignature.ZIP) {
      throw new InputError(path, 0, "is a ZIP archive (a Word document or a .zip) with the ending .pdf. "
          + "If it is a Word document, rename it to .docx; if it is a .zip, unpack it and name the plan in it.");
    }
    if (signature == FileSignature.OLE2) {
      throw new InputError(path, 0, "is an Office file (a Word 97–2003 document, or a password-protected one) "
          + "with the ending .pdf. Open it in Word and save it as PDF or as a Word Document (.docx).");
    }
    if (signature != FileSignature.PDF) {
      throw new InputError(path, 0, "is not a PDF. " + EXPORT_AGAIN + ".");
    }
    if (!FileSignature.pdfIsComplete(content)) {
      throw new InputError(path, 0, "is cut short: the PDF ends before its end marker, as when a download or "
          + "copy stops early. Download or copy the plan again.");
    }
  }

  private static PlanContext context(String path, PDDocumentInformation info) throws InputError {
    Map<String, String> custom = new LinkedHashMap<>();
    for (String key : info.getMetadataKeys()) {
      String value = info.getCustomMetadataValue(key);
      if (value != null) {
        custom.put(key, value);
      }
    }
    return ContextReader.fromProperties(path, info.getTitle(), info.getAuthor(), custom);
  }

  private static String lower(String s) {
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
