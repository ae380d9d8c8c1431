package dk.parat.checklist;

import dk.parat.checklist.ChecklistException.Problem;
import dk.parat.files.InputError;
import dk.parat.files.InputFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
    try {
      URI uri = resourceUri(LEXICON);
      if ("jar".equals(uri.getScheme())) {
        try (FileSystem fs = jarFileSystem(uri)) {
          return ids(fs.getPath("/" + FOLDER));
        }
      }
      return ids(Path.of(uri).getParent());
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

  public static java.util.Optional<YamlSource> bundled(String id) {
    if (!id.matches("[a-z0-9-]+")) {
      return java.util.Optional.empty();
    }
    try (InputStream in = ChecklistRepository.class.getResourceAsStream("/" + FOLDER + "/" + id + ".yaml")) {
      if (in == null) {
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(new YamlSource(FOLDER + "/" + id + ".yaml",
          new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new IllegalStateException("bundled checklist " + id + " cannot be read", e);
    }
  }

  /** A file parat cannot run without (the lexicon, the concepts). */
  public static YamlSource bundledOrFail(String id) {
    return bundled(id).orElseThrow(() -> new IllegalStateException("parat was built without checklists/" + id + ".yaml"));
  }

  private static URI resourceUri(String id) throws URISyntaxException {
    var url = ChecklistRepository.class.getResource("/" + FOLDER + "/" + id + ".yaml");
    if (url == null) {
      throw new IllegalStateException("parat was built without its bundled checklists");
    }
    return url.toURI();
  }

  private static FileSystem jarFileSystem(URI uri) throws IOException {
    try {
      return FileSystems.newFileSystem(uri, Map.of());
    } catch (FileSystemAlreadyExistsException e) {
      return FileSystems.getFileSystem(uri);
    }
  }

  private static List<String> ids(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .map(n -> n.substring(0, n.length() - ".yaml".length()))
          .filter(n -> !n.equals(LEXICON) && !n.equals(CONCEPTS))
          .sorted()
          .toList();
    }
  }
}
