package dk.parat.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads an input (a plan, an answers file, a config file, a checklist, a list of plans) whole,
 * with a limit counted in the bytes actually read: a file's reported size means nothing for a
 * pipe or a device, which report 0 and may never end ({@code /dev/zero}). Only regular files are
 * read; a pipe or a device, named or behind a link, is refused before it is opened, since opening
 * a pipe waits for a writer that may never come.
 */
public final class InputFile {

  private static final long MIB = 1024 * 1024;
  /** File type bits of a Unix mode. */
  private static final int TYPE = 0170000;
  private static final int FIFO = 0010000;
  private static final int SOCKET = 0140000;

  private InputFile() {}

  /**
   * The file's bytes.
   *
   * @param name the file as the user knows it, for messages
   * @param limit the most bytes read; a file with more is refused
   * @param what what such files are, in the plural, for messages ("plans", "answers files")
   * @throws java.nio.file.NoSuchFileException when there is no such file (callers say what to do)
   */
  public static byte[] read(Path file, String name, long limit, String what) throws IOException, InputError {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    if (attributes.isDirectory()) {
      throw new InputError(name, 0, "is a folder, not a file; name the file itself");
    }
    if (!attributes.isRegularFile()) {
      throw new InputError(name, 0, "is " + kind(file) + ", not a file: it may never end, so parat does not read "
          + what + " from it. Save the content to a file and name that");
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (bytes.length > limit) {
        throw tooLarge(name, limit, what);
      }
      return bytes;
    }
  }

  /** The file's text, which must be UTF-8 (a byte-order mark is skipped). */
  public static String readText(Path file, String name, long limit, String what) throws IOException, InputError {
    return utf8(read(file, name, limit, what));
  }

  /** Bytes decoded as UTF-8, refusing what is no UTF-8 rather than guessing. */
  public static String utf8(byte[] bytes) throws CharacterCodingException {
    int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
        ? 3 : 0;
    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
        .toString();
  }

  /** The refusal of a file larger than {@code limit} bytes. */
  public static InputError tooLarge(String name, long limit, String what) {
    String size = limit >= MIB ? limit / MIB + " MiB" : limit / 1024 + " KiB";
    return new InputError(name, 0, "is larger than " + size + "; parat reads " + what + " up to " + size
        + ". Is this the right file? If it is, split it into parts.");
  }

  private static String kind(Path file) {
    try {
      int type = (Integer) Files.getAttribute(file, "unix:mode") & TYPE;
      return type == FIFO ? "a named pipe (FIFO)" : type == SOCKET ? "a socket" : "a device";
    } catch (IOException | RuntimeException e) {
      return "a pipe or a device";
    }
  }
}
