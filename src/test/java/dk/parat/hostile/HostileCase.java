package dk.parat.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One case of the hostile suite: files laid out in a folder of its own ({@code work}, with an
 * {@code outside} folder beside it holding what must never be touched), a command line run in
 * {@code work}, and what must come of it.
 */
final class HostileCase {

  /** What a run must end in. */
  enum Outcome {
    /** Exit 0 or 1, and a report (on standard output or in a file written). */
    REPORT,
    /** Exit 2, and a first line "parat: FILE…" that names the file and says what to do. */
    REFUSED,
    /** Exit 2, the file named among the lines of a list of problems (a checklist's). */
    LISTED,
    /** A batch: exit 0, 1 or 2, its four files written, each failing file named. */
    BATCH,
    /** Either a report, or refused naming the file: a file that is odd but may be a plan. */
    EITHER
  }

  /** Lays out the case's files. */
  @FunctionalInterface
  interface Layout {
    void write(Path work, Path outside) throws Exception;
  }

  final String name;
  final List<Layout> layout = new ArrayList<>();
  final List<String> args = new ArrayList<>();
  final Map<String, String> env = new LinkedHashMap<>();
  /** Paths under {@code work} (or {@code ../outside/…}) the run may write; everything else stays as it was. */
  final List<String> outputs = new ArrayList<>();
  Outcome outcome;
  /** The files a refusal or a batch must name. */
  final List<String> named = new ArrayList<>();

  private HostileCase(String name) {
    this.name = name;
  }

  static HostileCase of(String name) {
    return new HostileCase(name);
  }

  HostileCase file(String path, String text) {
    return bytes(path, text.getBytes(StandardCharsets.UTF_8));
  }

  HostileCase bytes(String path, byte[] content) {
    return with((work, outside) -> {
      Path file = work.resolve(path);
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, content);
    });
  }

  HostileCase link(String path, String target) {
    return with((work, outside) -> {
      Path link = work.resolve(path);
      Files.createDirectories(link.toAbsolutePath().getParent());
      Files.createSymbolicLink(link, Path.of(target));
    });
  }

  HostileCase folder(String path) {
    return with((work, outside) -> Files.createDirectories(work.resolve(path)));
  }

  HostileCase fifo(String path) {
    return with((work, outside) -> mkfifo(work.resolve(path)));
  }

  /** A named pipe that a reader drains, as a tool reading the report would. */
  HostileCase drainedFifo(String path) {
    return with((work, outside) -> {
      Path fifo = work.resolve(path);
      mkfifo(fifo);
      Thread reader = new Thread(() -> {
        try (InputStream in = Files.newInputStream(fifo)) {
          in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      });
      reader.setDaemon(true);
      reader.start();
    });
  }

  HostileCase with(Layout step) {
    layout.add(step);
    return this;
  }

  HostileCase run(String... command) {
    args.addAll(List.of(command));
    return this;
  }

  HostileCase env(String name, String value) {
    env.put(name, value);
    return this;
  }

  HostileCase writes(String... paths) {
    outputs.addAll(List.of(paths));
    return this;
  }

  HostileCase report() {
    outcome = Outcome.REPORT;
    return this;
  }

  HostileCase refused(String file) {
    outcome = Outcome.REFUSED;
    named.add(file);
    return this;
  }

  HostileCase listed(String file) {
    outcome = Outcome.LISTED;
    named.add(file);
    return this;
  }

  HostileCase either(String file) {
    outcome = Outcome.EITHER;
    named.add(file);
    return this;
  }

  /** A batch into {@code out}: its four files written, each of {@code failing} named. */
  HostileCase batch(String... failing) {
    outcome = Outcome.BATCH;
    named.addAll(List.of(failing));
    outputs.add("out");
    return this;
  }

  static void mkfifo(Path path) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("mkfifo", path.toString()).start();
    if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("mkfifo failed for " + path);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
