package dk.parat.plan;

import dk.parat.files.InputError;
import dk.parat.files.InputFile;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Picks the reader for a plan file by its name and reads it, refusing what is no plan. */
public final class PlanLoader {

  /** Plans larger than this are refused: no real plan is this large, and reading one would take the memory. */
  public static final long MAX_BYTES = 10L * 1024 * 1024;

  /** Documents people save plans in that parat does not read, but can be saved as one it does. */
  private static final Pattern OTHER_DOCUMENTS = Pattern.compile(".*\\.(doc|docm|dotx|odt|rtf|pages|wpd)$");

  /**
   * The ending of the answers file that {@code parat interview} keeps beside a plan. It is YAML
   * too, so a folder of plans must not take it for one.
   */
  public static final String ANSWERS_SUFFIX = ".parat.yaml";

  private final List<PlanReader> readers;

  public PlanLoader(List<PlanReader> readers) {
    this.readers = List.copyOf(readers);
  }

  /**
   * A loader with every reader parat has. The readers live in subpackages that depend on this
   * one, so they are found as services (META-INF/services/dk.parat.plan.PlanReader lists them, one
   * line per format) rather than named here.
   */
  public static PlanLoader standard() {
    return new PlanLoader(ServiceLoader.load(PlanReader.class, PlanReader.class.getClassLoader()).stream()
        .map(ServiceLoader.Provider::get).toList());
  }

  public List<String> extensions() {
    return readers.stream().flatMap(r -> r.extensions().stream()).toList();
  }

  public Plan load(Path file) throws InputError {
    return load(file, file.toString());
  }

  /** @param name the file as the user named it, for messages and reports */
  public Plan load(Path file, String name) throws InputError {
    if (!Files.exists(file)) {
      throw new InputError(name, 0, "no such file; check the path (it is read relative to "
          + Path.of("").toAbsolutePath() + ")");
    }
    if (Files.isDirectory(file)) {
      throw new InputError(name, 0, "is a folder; name a plan file in it, or use 'parat batch' for many plans");
    }
    byte[] content;
    try {
      content = InputFile.read(file, name, MAX_BYTES, "plans");
    } catch (AccessDeniedException e) {
      throw new InputError(name, 0, "cannot be read: permission denied");
    } catch (IOException e) {
      throw new InputError(name, 0, "cannot be read (" + e.getMessage() + ")");
    }
    return read(name, content);
  }

  /**
   * Reads a plan's bytes with the reader for its ending. A reader that runs out of stack or
   * memory on a file (nesting or a size its library cannot take), or whose library reaches for a
   * part parat does not ship, has met a file it cannot read, which is said of that file; the rest
   * of a run goes on.
   */
  public Plan read(String name, byte[] content) throws InputError {
    PlanReader reader = readerFor(name);
    try {
      return reader.read(name, content);
    } catch (StackOverflowError e) {
      throw new InputError(name, 0, "is nested too deeply for parat to read (lists, quotes or tables inside each "
          + "other thousands of levels deep); no plan is written so. Check where the file came from, or save it "
          + "again from the program that made it.");
    } catch (LinkageError e) {
      // A library met a feature of the file it needs a part for that parat does not ship.
      throw new InputError(name, 0, "uses a feature parat cannot read (" + e + "); save it again from the program "
          + "that made it, in the usual way.");
    } catch (OutOfMemoryError e) {
      throw new InputError(name, 0, "needs more memory to read than parat has (" + Runtime.getRuntime().maxMemory()
          / (1024 * 1024) + " MiB); split the plan into parts, or give parat more memory (PARAT_JAVA_OPTS=-Xmx1g).");
    }
  }

  /** Whether a file of this name is read as a plan: by its ending, and not an interview's answers file. */
  public boolean reads(String name) {
    return readerByEnding(name).isPresent();
  }

  private Optional<PlanReader> readerByEnding(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(ANSWERS_SUFFIX)) {
      return Optional.empty();
    }
    return readers.stream().filter(r -> r.extensions().stream().anyMatch(lower::endsWith)).findFirst();
  }

  private PlanReader readerFor(String name) throws InputError {
    Optional<PlanReader> reader = readerByEnding(name);
    if (reader.isPresent()) {
      return reader.get();
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(ANSWERS_SUFFIX)) {
      throw new InputError(name, 0, "holds the answers of 'parat interview', not a plan; name the plan it "
          + "belongs to (" + name.substring(0, name.length() - ANSWERS_SUFFIX.length()) + "), which parat reads it with");
    }
    throw new InputError(name, 0, "has an ending parat does not read; plans are "
        + readers.stream().flatMap(r -> r.extensions().stream()).collect(Collectors.joining(", "))
        + (OTHER_DOCUMENTS.matcher(lower).matches() ? " (save the plan from its program as Word .docx or as PDF)" : ""));
  }
}
