package dk.parat.reader;

import dk.parat.checklist.CompiledChecklist;
import dk.parat.files.InputError;
import dk.parat.files.InputFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The trained reader of a checklist. A checklist read from a file a user named is read with
 * {@code readers/ID.reader} beside that file when there is one, as {@code parat checklist train
 * --write} leaves it. Otherwise it is the reader parat ships for the checklist's id, one per
 * bundled checklist that has one ({@code checklists/readers/ID.reader}), read once per run: from
 * the binary form the build makes of it ({@link ReaderBinary}) while that is current, else from
 * the text.
 */
public final class Readers {

  /** Set to {@code false} to score with the rules alone (for comparing the two). */
  public static final String PROPERTY = "parat.reader";
  /** A reader file is a few megabytes at most: 2,500 weights a side. */
  private static final long MOST_BYTES = 64L << 20;
  private static final Map<String, Optional<ReaderModel>> BUNDLED = new ConcurrentHashMap<>();
  /** Readers beside checklist files, by path: a check reads one while it reads the plan, and its scorer again. */
  private static final Map<Path, Read> BESIDE = new ConcurrentHashMap<>();

  /** A reader file as it was when it was read. */
  private record Read(long size, long changed, ReaderModel model) {}

  private Readers() {}

  /**
   * The checklist's reader, unless the property sets readers aside: the one beside its file when
   * a user named that file and it has one, else the bundled one for its id.
   */
  public static Optional<ReaderModel> of(CompiledChecklist checklist) throws InputError {
    if (!used()) {
      return Optional.empty();
    }
    Optional<Path> beside = beside(checklist);
    if (beside.isEmpty()) {
      return bundled(checklist.id());
    }
    Path file = beside.get();
    try {
      long size = Files.size(file);
      long changed = Files.getLastModifiedTime(file).toMillis();
      Read known = BESIDE.get(file);
      if (known != null && known.size() == size && known.changed() == changed) {
        return Optional.of(known.model());
      }
      String text = InputFile.readText(file, file.toString(), MOST_BYTES, "readers");
      ReaderModel model = ReaderFile.read(file.toString(), text);
      if (!model.checklist().equals(checklist.id())) {
        throw new InputError(file.toString(), lineOf(text, "checklist "), "this reader was trained for checklist '"
            + model.checklist() + "', not '" + checklist.id() + "'; train it again with 'parat checklist train "
            + checklist.source() + " --corpus DIR --write'");
      }
      BESIDE.put(file, new Read(size, changed, model));
      return Optional.of(model);
    } catch (CharacterCodingException e) {
      throw new InputError(file.toString(), 0, "cannot be read as UTF-8 text; train it again with 'parat checklist train'");
    } catch (IOException e) {
      throw new InputError(file.toString(), 0, "cannot be read (" + e.getMessage() + "); check that it is a file you may read");
    }
  }

  /** Whether trained readers are used at all in this run ({@link #PROPERTY}). */
  public static boolean used() {
    return !"false".equals(System.getProperty(PROPERTY));
  }

  /** The line, counted from 1, of the first line that starts with the words; 0 when none does. */
  private static int lineOf(String text, String start) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith(start)) {
        return i + 1;
      }
    }
    return 0;
  }

  private static Optional<Path> beside(CompiledChecklist checklist) {
    Path file = Path.of(checklist.source());
    if (checklist.bundled() || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Path reader = file.resolveSibling("readers").resolve(checklist.id() + ".reader");
    return Files.isRegularFile(reader) ? Optional.of(reader) : Optional.empty();
  }

  /** The bundled reader of the checklist, unless the property sets readers aside. */
  public static Optional<ReaderModel> bundled(String checklist) {
    if (!used()) {
      return Optional.empty();
    }
    return BUNDLED.computeIfAbsent(checklist, Readers::load);
  }

  private static String resource(String checklist) {
    return "checklists/readers/" + checklist + ".reader";
  }

  private static Optional<ReaderModel> load(String checklist) {
    String name = resource(checklist);
    Optional<byte[]> text = bytes(name);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<ReaderModel> model = bytes(binary(checklist)).flatMap(b -> ReaderBinary.decode(b, text.get()));
    if (model.isEmpty()) {
      try {
        model = Optional.of(ReaderFile.read(name, new String(text.get(), StandardCharsets.UTF_8)));
      } catch (InputError e) {
        throw new IllegalStateException(name + " cannot be read from parat's jar: " + e.getMessage(), e);
      }
    }
    return model.filter(m -> m.checklist().equals(checklist));
  }

  private static String binary(String checklist) {
    return "checklists/precompiled/" + checklist + ".reader.bin";
  }

  private static Optional<byte[]> bytes(String name) {
    try (InputStream in = Readers.class.getResourceAsStream("/" + name)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new IllegalStateException(name + " cannot be read from parat's jar", e);
    }
  }

  /**
   * The build step: stores each bundled reader in binary under the folder given, which holds the
   * bundled files, beside the precompiled checklists.
   */
  public static void main(String[] args) throws IOException, InputError {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: Readers CLASSES-FOLDER");
    }
    Path folder = Path.of(args[0]);
    Path readers = folder.resolve("checklists/readers");
    if (!Files.isDirectory(readers)) {
      return;
    }
    try (Stream<Path> files = Files.list(readers)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".reader")).sorted().toList()) {
        byte[] text = Files.readAllBytes(file);
        ReaderModel model = ReaderFile.read(file.toString(), new String(text, StandardCharsets.UTF_8));
        Path target = folder.resolve(binary(model.checklist()));
        Files.createDirectories(target.getParent());
        Files.write(target, ReaderBinary.encode(model, text));
      }
    }
  }
}
