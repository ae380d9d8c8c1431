package dk.parat.hostile;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/** What a folder holds, links not followed: to tell afterwards what a run wrote, and where. */
final class FileTree {

  /** One entry: its kind, and its content's digest for a file or its target for a link. */
  record Entry(String kind, String content) {}

  private FileTree() {}

  static Map<String, Entry> of(Path root) throws IOException {
    Map<String, Entry> entries = new TreeMap<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        entries.put(name(root, dir), new Entry("folder", ""));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Entry entry = attrs.isSymbolicLink() ? new Entry("link", Files.readSymbolicLink(file).toString())
            : attrs.isRegularFile() ? new Entry("file", digest(file)) : new Entry("other", "");
        entries.put(name(root, file), entry);
        return FileVisitResult.CONTINUE;
      }
    });
    return entries;
  }

  /** The paths added, changed or removed between two looks. */
  static List<String> changes(Map<String, Entry> before, Map<String, Entry> after) {
    TreeSet<String> all = new TreeSet<>(before.keySet());
    all.addAll(after.keySet());
    List<String> changed = new ArrayList<>();
    for (String path : all) {
      if (!Objects.equals(before.get(path), after.get(path))) {
        changed.add(path);
      }
    }
    return changed;
  }

  private static String name(Path root, Path path) {
    return root.relativize(path).toString();
  }

  private static String digest(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
