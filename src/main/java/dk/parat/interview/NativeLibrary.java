package dk.parat.interview;

import dk.parat.plan.read.Digest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jline.nativ.JLineNativeLoader;
import org.jline.nativ.OSInfo;

/**
 * JLine's native library, which its terminal for Java 17 to 21 needs. Left to itself, JLine
 * copies the library into the temporary folder at every start and removes the copy only at a
 * normal exit, so each interview ended by a kill or a closed window leaves one behind. parat keeps
 * one copy per version of the library in its cache folder instead, written once and then reused,
 * and points JLine at it ({@code library.jline.path}).
 */
public final class NativeLibrary {

  private NativeLibrary() {}

  /**
   * Puts the library for this system in a folder of {@code cache} unless it is there, and has
   * JLine load it from there. Where that cannot be done (no library for this system, a cache that
   * cannot be written), JLine is left to do as it does.
   */
  public static void useFrom(Path cache) {
    String name = System.mapLibraryName("jlinenative").replace(".dylib", ".jnilib");
    String resource = "/org/jline/nativ/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name;
    try (InputStream in = JLineNativeLoader.class.getResourceAsStream(resource)) {
      if (in == null) {
        return;
      }
      byte[] library = in.readAllBytes();
      // The folder is named after the library's content, so a copy found there is the right one.
      Path folder = cache.resolve("jline-" + Digest.sha256(library).substring(0, 16));
      Path file = folder.resolve(name);
      if (!Files.isRegularFile(file) || Files.size(file) != library.length) {
        Files.createDirectories(folder);
        Path written = Files.createTempFile(folder, name, ".tmp");
        try {
          Files.write(written, library);
          written.toFile().setExecutable(true);
          Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
          Files.deleteIfExists(written);
        }
      }
      System.setProperty("library.jline.path", folder.toString());
    } catch (IOException | SecurityException e) {
      // No cache to write into: JLine copies the library into the temporary folder, as it would anyway.
    }
  }
}
