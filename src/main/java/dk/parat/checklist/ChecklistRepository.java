package dk.parat.checklist;

import dk.parat.checklist.ChecklistException.Problem;
import dk.parat.files.InputError;
import dk.parat.files.InputFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/** Finds checklist files: bundled ones by id, the user's own by path. */
public final class ChecklistRepository {

  public static final String DEFAULT_CHECKLIST = "bedre-implementering";
  public static final String LEXICON = "lexicon";
  public static final String CONCEPTS = "concepts";
  private static final String FOLDER = "checklists";
  /** Ten times the largest bundled checklist. */
  private static final long MAX_BYTES = 2L * 1024 * 1024;

  private ChecklistRepository() {}

  /** Ids of the checklists that ship inside parat, sorted. */
  public static List<String> bundledIds() {
    URL lexicon = ChecklistRepository.class.getResource("/" + bundledName(LEXICON));
    if (lexicon == null) {
      throw new IllegalStateException("parat was built without its bundled checklists");
    }
    try {
      // From the jar's own directory of entries: opening the jar as a file system took 70 ms to index its
      // twenty thousand entries on every run that listed the checklists.
      if (lexicon.openConnection() instanceof JarURLConnection connection) {
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
          return ids(jar.stream().map(ZipEntry::getName).filter(n -> n.startsWith(FOLDER + "/"))
              .map(n -> n.substring(FOLDER.length() + 1)));
        }
      }
      try (Stream<Path> files = Files.list(Path.of(lexicon.toURI()).getParent())) {
        return ids(files.map(p -> p.getFileName().toString()));
      }
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("the bundled checklists cannot be listed", e);
    }
  }

  /** Reads a checklist given as a bundled id or as a path to a YAML file. */
  public static YamlSource resolve(String ref) throws ChecklistException {
    if (!isBundled(ref)) {
      return file(Path.of(ref));
    }
    return bundled(ref).orElseThrow(() -> new ChecklistException(List.of(new Problem(ref, 0, 0,
        "no checklist with this id; bundled checklists are " + bundledIds()
            + ", or give the path to a .yaml file"))));
  }

  /**
   * Whether a checklist named on the command line or in a config is one that ships with parat:
   * an id, not a path, and no file of that name beside the user. Any other is read from a file,
   * which whoever can change the file can change.
   */
  public static boolean isBundled(String ref) {
    boolean looksLikePath = ref.endsWith(".yaml") || ref.endsWith(".yml") || ref.contains("/") || ref.contains("\\");
    return !looksLikePath && !Files.exists(Path.of(ref));
  }

  public static YamlSource file(Path path) throws ChecklistException {
    if (!Files.exists(path) || Files.isDirectory(path)) {
      throw new ChecklistException(List.of(new Problem(path.toString(), 0, 0,
          Files.isDirectory(path) ? "is a folder; give the path of a checklist .yaml file" : "no such file")));
    }
    try {
      return new YamlSource(path.toString(), InputFile.readText(path, path.toString(), MAX_BYTES, "checklists"));
    } catch (InputError e) {
      throw new ChecklistException(List.of(new Problem(path.toString(), 0, 0,
          e.reason())));
    } catch (IOException e) {
      throw new ChecklistException(List.of(new Problem(path.toString(), 0, 0,
          "cannot be read as UTF-8 text (" + e.getClass().getSimpleName() + "); check permissions and encoding")));
    }
  }

  public static Optional<YamlSource> bundled(String id) {
    if (!id.matches("[a-z0-9-]+")) {
      return Optional.empty();
    }
    String name = bundledName(id);
    return resource(name).map(bytes -> new YamlSource(name, new String(bytes, StandardCharsets.UTF_8), true));
  }

  /** The name of a bundled checklist's file inside parat: {@code checklists/ID.yaml}. */
  static String bundledName(String id) {
    return FOLDER + "/" + id + ".yaml";
  }

  /** A file inside parat, such as {@code checklists/lexicon.yaml}. */
  static Optional<byte[]> resource(String name) {
    try (InputStream in = ChecklistRepository.class.getResourceAsStream("/" + name)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new IllegalStateException(name + " cannot be read from parat's jar", e);
    }
  }

  /** A file parat cannot run without (the lexicon, the concepts). */
  public static YamlSource bundledOrFail(String id) {
    return bundled(id).orElseThrow(() -> new IllegalStateException("parat was built without checklists/" + id + ".yaml"));
  }

  /** The ids among the names of the files in the checklists folder. */
  private static List<String> ids(Stream<String> names) {
    return names.filter(n -> n.endsWith(".yaml") && !n.contains("/"))
        .map(n -> n.substring(0, n.length() - ".yaml".length()))
        .filter(n -> !n.equals(LEXICON) && !n.equals(CONCEPTS))
        .sorted()
        .toList();
  }
}
