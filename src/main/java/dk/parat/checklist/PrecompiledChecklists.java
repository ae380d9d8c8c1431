package dk.parat.checklist;

import dk.parat.text.Concepts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.CRC32C;

/**
 * The bundled checklists and the lexicon as the build compiled them, one file each in
 * {@code checklists/precompiled/}: loading them takes no YAML parsing and no pattern
 * compilation, which were most of a short run's time.
 *
 * <p>Each file names the YAML files it was compiled from (the checklist or lexicon and the
 * concepts) with their length and checksum. It is used only while those files are unchanged and
 * while it fits the classes of this parat; otherwise the YAML is compiled as ever, so a changed
 * checklist is never shadowed by an old compilation of it. The checksum guards against a stale
 * build, not against tampering (whoever can change the YAML inside parat can change these files
 * too), so it is CRC-32C, which the processor computes at once, rather than SHA-256, which took
 * about 12 ms of a short run's 300 ms. The build writes the files with {@link #main}.
 */
public final class PrecompiledChecklists {

  /** The files inside parat. */
  static final PrecompiledChecklists BUNDLED = new PrecompiledChecklists(ChecklistRepository::resource);
  /**
   * {@code -Dparat.precompiled=false} compiles the bundled YAML on every run, as if nothing had
   * been precompiled: to compare the two forms' reports, or to rule the precompiled form out.
   */
  public static final String PROPERTY = "parat.precompiled";
  private static final PrecompiledChecklists NONE = new PrecompiledChecklists(name -> Optional.empty());

  private static final String FOLDER = "checklists/precompiled/";
  /** Changed whenever {@link RecordCodec} writes differently. */
  private static final String FORMAT = "parat precompiled checklist, format 3";

  private final Function<String, Optional<byte[]>> files;

  /** @param files the contents of a file inside parat by its name, such as {@code checklists/lexicon.yaml} */
  PrecompiledChecklists(Function<String, Optional<byte[]>> files) {
    this.files = files;
  }

  /** The bundled precompiled files, or none when {@link #PROPERTY} is false. */
  static PrecompiledChecklists bundled() {
    return Boolean.parseBoolean(System.getProperty(PROPERTY, "true")) ? BUNDLED : NONE;
  }

  /**
   * The build step: compiles every bundled checklist and the lexicon into
   * {@code checklists/precompiled/} under the folder given, which holds the bundled files.
   */
  public static void main(String[] args) throws ChecklistException, IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: PrecompiledChecklists CLASSES-FOLDER");
    }
    Path folder = Path.of(args[0]).resolve(FOLDER);
    Files.createDirectories(folder);
    Concepts concepts = ChecklistLoader.concepts(ChecklistRepository.bundledOrFail(ChecklistRepository.CONCEPTS));
    for (String id : ChecklistRepository.bundledIds()) {
      Files.write(folder.resolve(id + ".bin"),
          BUNDLED.encode(id, ChecklistLoader.checklist(ChecklistRepository.bundledOrFail(id), concepts)));
    }
    String lexicon = ChecklistRepository.LEXICON;
    Files.write(folder.resolve(lexicon + ".bin"),
        BUNDLED.encode(lexicon, ChecklistLoader.lexicon(ChecklistRepository.bundledOrFail(lexicon), concepts)));
  }

  /** The run's set, when every checklist named is bundled and it and the lexicon are precompiled and current. */
  Optional<ChecklistSet> set(List<String> refs) {
    Optional<List<CompiledFile<CompiledChecklist>>> checklists = checklistFiles(refs);
    if (checklists.isEmpty()) {
      return Optional.empty();
    }
    return read(ChecklistRepository.LEXICON, CompiledLexicon.class)
        .map(lexicon -> ChecklistLoader.assemble(checklists.get(), lexicon));
  }

  /** The checklists alone, when every one named is bundled and precompiled and current. */
  Optional<List<CompiledChecklist>> checklists(List<String> refs) {
    return checklistFiles(refs).map(files -> files.stream().map(CompiledFile::compiled).toList());
  }

  private Optional<List<CompiledFile<CompiledChecklist>>> checklistFiles(List<String> refs) {
    List<CompiledFile<CompiledChecklist>> found = new ArrayList<>();
    for (String ref : refs) {
      if (!ChecklistRepository.isBundled(ref)) {
        return Optional.empty();
      }
      Optional<CompiledFile<CompiledChecklist>> file = read(ref, CompiledChecklist.class);
      if (file.isEmpty()) {
        return Optional.empty();
      }
      found.add(file.get());
    }
    return Optional.of(found);
  }

  /** A compiled checklist or the lexicon and the fingerprints of the files it was compiled from. */
  byte[] encode(String id, CompiledFile<?> compiled) {
    Map<String, String> sources = new LinkedHashMap<>();
    for (String source : List.of(id, ChecklistRepository.CONCEPTS)) {
      String name = ChecklistRepository.bundledName(source);
      sources.put(name, fingerprint(name).orElseThrow(() -> new IllegalStateException("parat holds no " + name)));
    }
    return new RecordCodec.Writer().write(FORMAT).write(sources).write(compiled).toByteArray();
  }

  /** One precompiled file, when it was made from the YAML parat holds now by a build of this parat. */
  @SuppressWarnings("unchecked")
  <T> Optional<CompiledFile<T>> read(String id, Class<T> type) {
    Optional<byte[]> bytes = files.apply(FOLDER + id + ".bin");
    if (bytes.isEmpty()) {
      return Optional.empty();
    }
    RecordCodec.Reader reader = new RecordCodec.Reader(bytes.get());
    try {
      if (!FORMAT.equals(reader.read()) || !(reader.read() instanceof Map<?, ?> sources) || !current(sources)) {
        return Optional.empty();
      }
      return reader.read() instanceof CompiledFile<?> file && type.isInstance(file.compiled())
          ? Optional.of((CompiledFile<T>) file) : Optional.empty();
    } catch (RecordCodec.MismatchException e) {
      return Optional.empty();
    }
  }

  /** Whether every file a precompiled file was made from is as it was then. */
  private boolean current(Map<?, ?> sources) {
    for (Map.Entry<?, ?> source : sources.entrySet()) {
      if (!fingerprint(String.valueOf(source.getKey())).equals(Optional.of(source.getValue()))) {
        return false;
      }
    }
    return true;
  }

  private Optional<String> fingerprint(String name) {
    return files.apply(name).map(bytes -> {
      CRC32C crc = new CRC32C();
      crc.update(bytes);
      return bytes.length + " bytes, CRC-32C " + Long.toHexString(crc.getValue());
    });
  }
}
