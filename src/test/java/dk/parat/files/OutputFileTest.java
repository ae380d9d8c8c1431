package dk.parat.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {

  @TempDir
  Path dir;

  @Test
  void a_write_that_fails_halfway_keeps_the_old_file_and_leaves_no_temporary_file() throws IOException {
    Path file = Files.writeString(dir.resolve("report.md"), "old");
    assertThatThrownBy(() -> OutputFile.named(file, "report.md").write(out -> {
      out.write("half of the new");
      throw new IOException("disk full");
    })).isInstanceOf(OutputError.class).hasMessage("report.md: cannot be written (disk full); choose a place you can write to");
    assertThat(Files.readString(file)).isEqualTo("old");
    assertThat(listing()).containsExactly("report.md");
  }

  @Test
  void temporary_names_cannot_be_guessed() {
    Path target = dir.resolve("parat.md");
    assertThat(AtomicFile.temporaryName(target)).isNotEqualTo(AtomicFile.temporaryName(target))
        .matches("\\.parat\\.md\\.\\d+-[0-9a-f]{24}\\.parat-tmp");
  }

  @Test
  void a_name_parat_chose_replaces_a_link_there_without_following_it() throws IOException {
    Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
    Files.createDirectories(dir.resolve("out"));
    Files.createSymbolicLink(dir.resolve("out/parat.md"), victim);
    OutputFile.inFolder(dir.resolve("out/parat.md"), "out/parat.md").write(out -> out.write("report"));
    assertThat(Files.readString(victim)).isEqualTo("precious");
    assertThat(Files.isSymbolicLink(dir.resolve("out/parat.md"))).isFalse();
    assertThat(Files.readString(dir.resolve("out/parat.md"))).isEqualTo("report");
  }

  @Test
  void a_chain_of_links_that_loops_is_refused() throws IOException {
    Files.createSymbolicLink(dir.resolve("a"), Path.of("b"));
    Files.createSymbolicLink(dir.resolve("b"), Path.of("a"));
    assertThatThrownBy(() -> OutputFile.named(dir.resolve("a"), "a")).isInstanceOf(OutputError.class)
        .hasMessageContaining("a: is a chain of symbolic links that does not end");
  }

  @Test
  void a_temporary_file_abandoned_by_a_dead_process_is_removed_by_the_next_write() throws IOException {
    Path abandoned = Files.writeString(dir.resolve(".parat.md.999999999-00ff00ff00ff00ff00ff00ff.parat-tmp"), "x");
    Files.setLastModifiedTime(abandoned, java.nio.file.attribute.FileTime.fromMillis(0));
    Path young = Files.writeString(dir.resolve(".parat.md.999999998-00ff00ff00ff00ff00ff00ff.parat-tmp"), "x");
    AtomicFile.write(dir.resolve("parat.md"), out -> out.write("report"));
    assertThat(listing()).containsExactlyInAnyOrder("parat.md", young.getFileName().toString());
  }

  @Test
  void a_set_appears_whole_at_commit_and_not_at_all_without() throws IOException {
    Files.writeString(dir.resolve("a.csv"), "old a");
    Files.writeString(dir.resolve("b.md"), "old b");
    try (FileSet set = FileSet.open(dir, List.of("a.csv", "b.md"), List.of())) {
      set.writer("a.csv").write("new a");
      set.writer("b.md").write("new b");
    }
    assertThat(Files.readString(dir.resolve("a.csv"))).isEqualTo("old a");
    assertThat(listing()).containsExactlyInAnyOrder("a.csv", "b.md");
    try (FileSet set = FileSet.open(dir, List.of("a.csv", "b.md"), List.of())) {
      set.writer("a.csv").write("new a");
      set.writer("b.md").write("new b");
      assertThat(Files.readString(dir.resolve("b.md"))).isEqualTo("old b");
      set.commit();
    }
    assertThat(Files.readString(dir.resolve("a.csv"))).isEqualTo("new a");
    assertThat(Files.readString(dir.resolve("b.md"))).isEqualTo("new b");
    assertThat(listing()).containsExactlyInAnyOrder("a.csv", "b.md");
  }

  @Test
  void a_set_with_a_folder_at_one_of_its_names_is_refused_before_anything_is_written() throws IOException {
    Files.createDirectories(dir.resolve("b.md"));
    assertThatThrownBy(() -> FileSet.open(dir, List.of("a.csv", "b.md"), List.of())).isInstanceOf(OutputError.class)
        .hasMessageContaining("b.md: is a folder");
    assertThat(listing()).containsExactly("b.md");
  }

  @Test
  void a_shutdown_waits_for_outputs_being_put_in_place_removes_what_is_left_and_lets_nothing_new_be_made()
      throws Exception {
    TemporaryFiles files = new TemporaryFiles();
    Path left = dir.resolve(".left.parat-tmp");
    Path placed = dir.resolve(".placed.parat-tmp");
    files.made(left, () -> Files.writeString(left, "left"));
    files.made(placed, () -> Files.writeString(placed, "placed"));
    CountDownLatch placing = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread committer = new Thread(() -> {
      try {
        files.uninterrupted(() -> {
          placing.countDown();
          await(release);
          Files.move(placed, dir.resolve("report.md"));
          files.remove(placed);
        });
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    committer.start();
    placing.await();
    Thread shutdown = new Thread(files::removeAll);
    shutdown.start();
    shutdown.join(300);
    assertThat(shutdown.isAlive()).as("the shutdown waits for the renames").isTrue();
    release.countDown();
    committer.join();
    shutdown.join();
    assertThat(listing()).containsExactly("report.md");
    Path late = dir.resolve(".late.parat-tmp");
    assertThatThrownBy(() -> files.made(late, () -> Files.writeString(late, "late"))).hasMessage("parat is stopping");
    assertThat(late).doesNotExist();
  }

  private static void await(CountDownLatch latch) throws IOException {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      throw new IOException(e);
    }
  }

  private List<String> listing() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).toList();
    }
  }
}
