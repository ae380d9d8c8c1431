package dk.parat.plan.read;

import java.nio.charset.StandardCharsets;

/**
 * What a document's bytes say it is, whatever its name says: users rename files, and a
 * download cut short or a password-protected copy must be named for what it is, not for the
 * parser error it would cause.
 */
public enum FileSignature {
  EMPTY, PDF, ZIP,
  /** A compound file: an Office 97–2003 document, or an encrypted Office document of any age. */
  OLE2,
  OTHER;

  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
  private static final byte[] ZIP_END = {'P', 'K', 5, 6};
  private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
  /** PDF readers accept the header anywhere in the first KiB and the end marker in the last. */
  private static final int PDF_SLACK = 1024;
  /** A ZIP's end record is 22 bytes plus a comment of at most 64 KiB. */
  private static final int ZIP_END_SEARCH = 22 + 65535;

  public static FileSignature of(byte[] content) {
    if (content.length == 0) {
      return EMPTY;
    }
    if (indexOf(content, PDF_MAGIC, 0, Math.min(content.length, PDF_SLACK)) >= 0) {
      return PDF;
    }
    if (startsWith(content, ZIP_MAGIC) || startsWith(content, ZIP_END)) {
      return ZIP;
    }
    return startsWith(content, OLE2_MAGIC) ? OLE2 : OTHER;
  }

  /** Whether a ZIP archive (a .docx) has its end record, which a cut-short copy lacks. */
  public static boolean zipIsComplete(byte[] content) {
    return indexOf(content, ZIP_END, Math.max(0, content.length - ZIP_END_SEARCH), content.length) >= 0;
  }

  /** Whether a PDF has its end marker, which a cut-short copy lacks. */
  public static boolean pdfIsComplete(byte[] content) {
    return indexOf(content, PDF_END, Math.max(0, content.length - PDF_SLACK), content.length) >= 0;
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    return content.length >= prefix.length && indexOf(content, prefix, 0, prefix.length) == 0;
  }

  private static int indexOf(byte[] content, byte[] needle, int from, int to) {
    for (int i = from; i + needle.length <= to; i++) {
      int j = 0;
      while (j < needle.length && content[i + j] == needle[j]) {
        j++;
      }
      if (j == needle.length) {
        return i;
      }
    }
    return -1;
  }
}
