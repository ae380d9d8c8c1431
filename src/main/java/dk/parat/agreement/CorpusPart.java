package dk.parat.agreement;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which part of parat's labelled corpus a document belongs to, decided by its file name alone
 * and fixed before the documents it splits were written, so that no rule can be tuned on the
 * held-out part.
 *
 * <ul>
 *   <li>{@code D<w>-<nn>_…}: written in wave D by writer {@code w}; the documents of even-numbered
 *       writers are held out. A whole writer is held out, not single documents, so that the held-out
 *       figure also measures wording and sectors the rules never saw.
 *   <li>{@code Z…}: the fresh held-out wave, written after the engine was last changed. Waves E to
 *       Y were fresh in their turn: each was scored once to a few times, then used for training,
 *       so that every new wave measures the engine as it stands.
 *   <li>Everything else (the first corpus, the earlier labelled sets, waves E to Y) is for training.
 * </ul>
 */
public enum CorpusPart {
  TRAIN("train"),
  HELD_OUT("held-out"),
  FRESH("fresh");

  private static final Pattern WAVE_D = Pattern.compile("D(\\d+)-\\d+_.*");

  private final String id;

  CorpusPart(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static CorpusPart of(String fileName) {
    Matcher d = WAVE_D.matcher(fileName);
    if (d.matches()) {
      return Integer.parseInt(d.group(1)) % 2 == 0 ? HELD_OUT : TRAIN;
    }
    return fileName.startsWith("Z") ? FRESH : TRAIN;
  }
}
