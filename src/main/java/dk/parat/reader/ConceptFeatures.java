package dk.parat.reader;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The concepts a sentence holds (the checklists' synonym sets: {@code same-time}, {@code scope-all}
 * …) as features of the trained reader, beside its runs of letters: each concept alone, and each
 * pair of concepts that stand in one sentence ("alle plejecentre … samme dag" holds
 * {@code scope-all} and {@code same-time} together, as "every site in one go" does). A sentence
 * worded as none the reader was trained on still shares its concepts with them, and a synonym
 * added to a concept reaches the reader without training it again. A concept's feature is named
 * by the concept's name, hashed into the numbers from {@link CharGrams#BUCKETS} on, so a reader
 * keeps its weights when concepts are added or reordered.
 */
public final class ConceptFeatures {

  /**
   * A concept's value in a sentence's features, whatever the sentence's length: a few runs of
   * letters' worth. Of 0.5, 0.25 and 0.15, each trained in full, 0.15 gave the best
   * cross-validated pitfall κ; 0.5 let the concepts crowd out the words ({@code docs/agreement.md}).
   */
  static final double VALUE = 0.15;

  private final int[] single;
  /** Each concept's place among the names in alphabetical order, which names a pair's feature. */
  private final int[] alphabetical;

  /** @param names the concepts, by the numbers {@link #buckets} is given */
  public ConceptFeatures(List<String> names) {
    single = names.stream().mapToInt(ConceptFeatures::bucket).toArray();
    alphabetical = new int[names.size()];
    int[] byName = IntStream.range(0, names.size()).boxed().sorted(Comparator.comparing(names::get))
        .mapToInt(Integer::intValue).toArray();
    for (int place = 0; place < byName.length; place++) {
      alphabetical[byName[place]] = place;
    }
  }

  /**
   * The features of a sentence that holds these concepts (by their numbers): each concept's and
   * each pair's, each once.
   */
  public int[] buckets(int[] concepts) {
    int[] found = new int[concepts.length * (concepts.length + 1) / 2];
    int n = 0;
    for (int i = 0; i < concepts.length; i++) {
      found[n++] = single[concepts[i]];
      for (int j = i + 1; j < concepts.length; j++) {
        found[n++] = pair(concepts[i], concepts[j]);
      }
    }
    // Sorted and each once, without a stream: this is done for every sentence of every plan.
    Arrays.sort(found, 0, n);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || found[i] != found[i - 1]) {
        found[distinct++] = found[i];
      }
    }
    return Arrays.copyOf(found, distinct);
  }

  /** A pair's feature, the same whichever of the two comes first: named by the names in alphabetical order. */
  private int pair(int one, int other) {
    boolean inOrder = alphabetical[one] <= alphabetical[other];
    int first = single[inOrder ? one : other];
    int second = single[inOrder ? other : one];
    return CharGrams.BUCKETS + CharGrams.spread(31 * first + second);
  }

  private static int bucket(String name) {
    return CharGrams.BUCKETS + CharGrams.spread(Arrays.hashCode(name.getBytes(StandardCharsets.UTF_8)));
  }
}
