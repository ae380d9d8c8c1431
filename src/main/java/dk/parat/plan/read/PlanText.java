package dk.parat.plan.read;

import dk.parat.files.InputError;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/** Decodes a plan's bytes as text, refusing what is not text with a message that says what to do. */
public final class PlanText {

  private PlanText() {}

  public static String decode(String path, byte[] content) throws InputError {
    if (startsWith(content, 0xFE, 0xFF)) {
      return strict(path, content, 2, StandardCharsets.UTF_16BE);
    }
    if (startsWith(content, 0xFF, 0xFE)) {
      return strict(path, content, 2, StandardCharsets.UTF_16LE);
    }
    int skip = startsWith(content, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    for (int i = skip; i < Math.min(content.length, 8192); i++) {
      if (content[i] == 0) {
        throw new InputError(path, 0, binary(content));
      }
    }
    String text = strict(path, content, skip, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
    if (text.isBlank()) {
      throw new InputError(path, 0, "is empty; write the plan in it (or check that you named the right file)");
    }
    return text;
  }

  /** What to say of a binary file with a text ending: a renamed PDF or Word file is named for what it is. */
  private static String binary(byte[] content) {
    return switch (FileSignature.of(content)) {
      case PDF -> "is a binary file (a PDF), not a plan in text; rename it to .pdf and run again.";
      case ZIP -> "is a binary file (a ZIP archive, as a Word document is), not a plan in text; if it is a Word "
          + "document, rename it to .docx and run again.";
      default -> "is a binary file, not a plan in text; parat reads Markdown (.md), YAML (.yaml), plain text (.txt), "
          + "Word (.docx) and PDF (.pdf). Save the plan in one of those formats and run again.";
    };
  }

  private static String strict(String path, byte[] content, int skip, Charset charset) throws InputError {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.wrap(content, skip, content.length - skip);
    try {
      return decoder.decode(bytes).toString();
    } catch (MalformedInputException e) {
      int bad = bytes.position();
      throw new InputError(path, lineOf(content, bad), "is not valid " + charset.name()
          + " (byte 0x" + Integer.toHexString(content[Math.min(bad, content.length - 1)] & 0xFF)
          + " here; the file looks saved as Windows-1252 or Latin-1). Save it as UTF-8 and run again.");
    } catch (CharacterCodingException e) {
      throw new InputError(path, 0, "cannot be decoded as " + charset.name() + "; save it as UTF-8.");
    }
  }

  private static int lineOf(byte[] content, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < content.length; i++) {
      if (content[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static boolean startsWith(byte[] content, int... prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((content[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
