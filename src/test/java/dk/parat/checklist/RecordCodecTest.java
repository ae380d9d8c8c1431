package dk.parat.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.parat.text.Lang;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

class RecordCodecTest {

  record Leaf(String name, Lang lang, boolean flag, int count, double weight, Integer optional) {}

  record Tree(List<Leaf> leaves, Set<String> words, Map<String, Leaf> byName, Map<String, Integer> ordered, Leaf none) {}

  record Renamed(String before) {}

  private static Object roundTrip(Object value) throws RecordCodec.MismatchException {
    return new RecordCodec.Reader(new RecordCodec.Writer().write(value).toByteArray()).read();
  }

  private static Tree tree() {
    Leaf a = new Leaf("a", Lang.DA, true, 3, 0.5, null);
    Leaf b = new Leaf("b", Lang.EN, false, -1, -0.0, 7);
    Map<String, Integer> ordered = new LinkedHashMap<>();
    ordered.put("z", 1);
    ordered.put("a", 2);
    return new Tree(List.of(a, b, new Leaf("a", Lang.DA, true, 3, 0.5, null)), Set.of("x", "y"), Map.of("a", a, "b", b),
        ordered, null);
  }

  @Test
  void a_tree_of_records_reads_back_equal() throws Exception {
    assertThat(roundTrip(tree())).isEqualTo(tree());
  }

  @Test
  void collections_read_back_in_their_order_and_unmodifiable() throws Exception {
    Tree read = (Tree) roundTrip(tree());
    assertThat(read.ordered().keySet()).containsExactly("z", "a");
    assertThat(read.leaves()).extracting(Leaf::name).containsExactly("a", "b", "a");
    assertThatThrownBy(() -> read.leaves().add(null)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> read.words().add("w")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void sets_and_maps_that_iterate_in_a_salted_order_are_written_sorted_so_that_the_bytes_are_the_same_in_every_run()
      throws Exception {
    Tree read = (Tree) roundTrip(tree());
    assertThat(read.words()).containsExactly("x", "y");
    assertThat(read.byName().keySet()).containsExactly("a", "b");
    Set<String> many = Set.of("d", "b", "e", "a", "c");
    assertThat(roundTrip(many)).asInstanceOf(InstanceOfAssertFactories.ITERABLE).containsExactly("a", "b", "c", "d", "e");
  }

  @Test
  void an_equal_value_is_written_once_and_read_as_one_object() throws Exception {
    List<String> phrase = List.of("samme", "dag");
    List<List<String>> repeated = Collections.nCopies(1000, new ArrayList<>(phrase));
    byte[] once = new RecordCodec.Writer().write(List.of(phrase)).toByteArray();
    byte[] many = new RecordCodec.Writer().write(repeated).toByteArray();
    assertThat(many.length).isLessThan(once.length + 1000 * 6);
    List<?> read = (List<?>) new RecordCodec.Reader(many).read();
    assertThat(read).hasSize(1000).allSatisfy(p -> assertThat(p).isEqualTo(phrase));
    assertThat(read.get(0)).isSameAs(read.get(999));
  }

  @Test
  void later_values_may_refer_to_earlier_ones() throws Exception {
    Leaf leaf = new Leaf("a", Lang.EN, false, 0, 1, 1);
    RecordCodec.Reader reader = new RecordCodec.Reader(
        new RecordCodec.Writer().write("header").write(leaf).write(List.of(leaf)).toByteArray());
    assertThat(reader.read()).isEqualTo("header");
    Object first = reader.read();
    assertThat(reader.read()).isEqualTo(List.of(leaf)).satisfies(l -> assertThat(((List<?>) l).get(0)).isSameAs(first));
  }

  @Test
  void a_record_whose_components_changed_since_it_was_written_is_refused() {
    readingChanged("java.lang.String before", "java.lang.String behind")
        .hasMessageContaining("Renamed was (java.lang.String behind), is now (java.lang.String before)");
  }

  @Test
  void a_class_this_parat_does_not_have_is_refused() {
    readingChanged("RecordCodecTest$Renamed", "RecordCodecTest$Rewired")
        .hasMessageContaining("no class dk.parat.checklist.RecordCodecTest$Rewired");
  }

  @Test
  void a_value_of_a_kind_it_does_not_know_is_refused_when_written() {
    assertThatThrownBy(() -> new RecordCodec.Writer().write(List.of(new StringBuilder("x"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.StringBuilder");
  }

  /** Reading a written record whose bytes name something else, as bytes written by another build of parat do. */
  private static AbstractThrowableAssert<?, ? extends Throwable> readingChanged(String from, String to) {
    byte[] changed = replace(new RecordCodec.Writer().write(new Renamed("x")).toByteArray(), from, to);
    return assertThatThrownBy(() -> new RecordCodec.Reader(changed).read()).isInstanceOf(RecordCodec.MismatchException.class);
  }

  /** The bytes with one text of the same length put in place of another. */
  private static byte[] replace(byte[] bytes, String from, String to) {
    byte[] f = from.getBytes(StandardCharsets.UTF_8);
    byte[] t = to.getBytes(StandardCharsets.UTF_8);
    assertThat(t).hasSameSizeAs(f);
    for (int i = 0; i + f.length <= bytes.length; i++) {
      if (Arrays.equals(bytes, i, i + f.length, f, 0, f.length)) {
        byte[] copy = bytes.clone();
        System.arraycopy(t, 0, copy, i, t.length);
        return copy;
      }
    }
    throw new AssertionError("'" + from + "' is not in the bytes");
  }
}
