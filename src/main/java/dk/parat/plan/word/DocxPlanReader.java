package dk.parat.plan.word;

import dk.parat.files.InputError;
import dk.parat.plan.Location;
import dk.parat.plan.Plan;
import dk.parat.plan.PlanContext;
import dk.parat.plan.PlanFormat;
import dk.parat.plan.PlanReader;
import dk.parat.plan.Section;
import dk.parat.plan.read.ContextReader;
import dk.parat.plan.read.Digest;
import dk.parat.plan.read.FileSignature;
import dk.parat.plan.read.SectionBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

/**
 * Reads Word documents (.docx) with Apache POI: headings from paragraph styles and outline
 * levels, paragraphs, list items and table rows as {@link WordBody} walks them, and the plan's
 * context from the document's properties. Blocks are located by their paragraph number under
 * their heading ({@link Location.Paragraph}).
 */
public final class DocxPlanReader implements PlanReader {

  private static final String RESAVE = "open it in Word and save it again as a Word Document (.docx)";

  @Override
  public PlanFormat format() {
    return PlanFormat.WORD;
  }

  @Override
  public Plan read(String path, byte[] content) throws InputError {
    checkSignature(path, content);
    checkPackage(path, content);
    try (XWPFDocument doc = open(path, content)) {
      PlanContext context = context(path, doc.getProperties());
      SectionBuilder sections = new SectionBuilder();
      new WordBody(doc, sections).read();
      List<Section> read = sections.build();
      if (read.isEmpty()) {
        throw new InputError(path, 0, "holds no text; write the plan in it (or check that you named the right file)");
      }
      return new Plan(path, format(), context, read, Digest.sha256(content), List.of());
    } catch (IOException | POIXMLException | OpenXML4JRuntimeException | RecordFormatException
        | IllegalArgumentException e) {
      // POI and XMLBeans signal damaged parts (document properties, styles, values out of range)
      // with runtime exceptions as well as IOExceptions.
      throw unreadable(path, e);
    }
  }

  private static void checkSignature(String path, byte[] content) throws InputError {
    FileSignature signature = FileSignature.of(content);
    switch (signature) {
      case ZIP -> {
        if (!FileSignature.zipIsComplete(content)) {
          throw new InputError(path, 0, "is cut short: the Word file ends before its last part, as when a "
              + "download or copy stops early. Copy or download the plan again.");
        }
      }
      case OLE2 -> throw new InputError(path, 0, isEncrypted(content)
          ? "is protected with a password (or a sensitivity label), so parat cannot read it. Save a copy "
              + "without the protection (in Word: File › Info › Protect Document) and check that copy."
          : "is an old Word 97–2003 document with the ending .docx; " + RESAVE + ".");
      case PDF -> throw new InputError(path, 0, "is a PDF with the ending .docx; rename it to .pdf.");
      case EMPTY -> throw new InputError(path, 0, "is empty (0 bytes); the save or copy went wrong. "
          + "Save the plan from Word again.");
      default -> throw new InputError(path, 0, "is not a Word document; " + RESAVE + ".");
    }
  }

  /**
   * A ZIP that is not a Word document: a renamed archive, workbook, presentation or
   * OpenDocument text, told apart by the parts it holds, which POI would only call invalid.
   */
  private static void checkPackage(String path, byte[] content) throws InputError {
    Set<String> names = WordPackage.parts(path, content);
    if (names.isEmpty()) {
      // POI reads the package again and names what is wrong with it.
      return;
    }
    if (names.contains("word/document.xml") || names.stream().anyMatch(n -> n.startsWith("word/"))) {
      return;
    }
    String what = names.contains("mimetype") && names.contains("content.xml") ? "an OpenDocument file (.odt)"
        : names.stream().anyMatch(n -> n.startsWith("xl/")) ? "an Excel workbook"
        : names.stream().anyMatch(n -> n.startsWith("ppt/")) ? "a PowerPoint presentation"
        : null;
    if (what != null) {
      throw new InputError(path, 0, "is " + what + " with the ending .docx, not a Word document; "
          + "open the plan in Word and save it as a Word Document (.docx).");
    }
    throw new InputError(path, 0, "is a ZIP archive, not a Word document. If the plan is inside it, "
        + "unpack it and name the .docx or .pdf file; otherwise " + RESAVE + ".");
  }

  /** An encrypted Office file is a compound file holding the encrypted package, whatever its ending. */
  private static boolean isEncrypted(byte[] content) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
      return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Opens the package. Unpacking a damaged ZIP fails inside POI and Commons Compress with any
   * runtime exception at all (a NullPointerException for a cut entry, found by fuzzing), so here
   * every one of them means a damaged file.
   */
  private static XWPFDocument open(String path, byte[] content) throws InputError {
    try {
      return new XWPFDocument(OPCPackage.open(new ByteArrayInputStream(content)));
    } catch (InvalidFormatException | IOException | RuntimeException e) {
      throw unreadable(path, e);
    }
  }

  private static InputError unreadable(String path, Exception e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getMessage() == null) {
      cause = cause.getCause();
    }
    String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().lines().findFirst().orElse("");
    return new InputError(path, 0, "cannot be read as a Word document (" + why + "); it may be damaged or "
        + "not made by Word. " + Character.toUpperCase(RESAVE.charAt(0)) + RESAVE.substring(1) + ".");
  }

  private static PlanContext context(String path, POIXMLProperties properties) throws InputError {
    Map<String, String> custom = new LinkedHashMap<>();
    for (CTProperty p : properties.getCustomProperties().getUnderlyingProperties().getPropertyList()) {
      String value = value(p);
      if (p.getName() != null && value != null) {
        custom.put(p.getName(), value);
      }
    }
    var core = properties.getCoreProperties();
    return ContextReader.fromProperties(path, core.getTitle(), core.getCreator(), custom);
  }

  private static String value(CTProperty p) {
    if (p.isSetLpwstr()) {
      return p.getLpwstr();
    }
    if (p.isSetLpstr()) {
      return p.getLpstr();
    }
    if (p.isSetI4()) {
      return String.valueOf(p.getI4());
    }
    return null;
  }
}
