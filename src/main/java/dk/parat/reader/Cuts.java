package dk.parat.reader;

/**
 * The probabilities at which a trained reader's judgement decides, each calibrated by training on
 * the cross-validated training plans ({@code docs/agreement.md}) rather than set by hand.
 *
 * @param sureEnough how sure the reader must be of one sentence for it to decide a pitfall the rules
 *     found neither side of; {@link ReaderModel#NEVER} when no probability was sure enough
 * @param contradictFrom how sure the reader must be of one sentence for it to stand against the
 *     rules' verdict on a pitfall, which makes the plan contradict itself ({@code unclear}): at most
 *     {@code sureEnough}, as a contradiction moves a verdict one step where deciding alone may move it
 *     two
 * @param doubtFrom how sure the combiner must be that a plan does not walk into a pitfall for it to
 *     doubt a red flag the rules found (the pitfall is then {@code unclear}, the red flag quoted as
 *     not counted); {@link ReaderModel#NEVER} when it may never doubt one
 * @param doubtWords the fewest words a plan must have for that: the combiner weighs the rest of
 *     the plan against the red flag, and it was calibrated on no plan shorter than this (a
 *     one-sentence plan has no rest to weigh)
 * @param thinCredit how sure the combiner must be that an insight is at least touched before it
 *     credits a mention on a plan shorter than {@code thinWords} words (0.5 elsewhere)
 * @param thinWords below how many words a plan is thin; 0 when no plan is
 */
public record Cuts(double sureEnough, double contradictFrom, double doubtFrom, int doubtWords, double thinCredit,
    int thinWords) {

  /** The combiner's own cut, where nothing else was calibrated. */
  public static final double EVEN = 0.5;

  /**
   * A reader calibrated before the other cuts were: one bar for a sentence alone and against the
   * rules; it never doubts a red flag, nor credits a thin plan differently.
   */
  public static Cuts sureEnoughOnly(double sureEnough) {
    return new Cuts(sureEnough, sureEnough, ReaderModel.NEVER, 0, EVEN, 0);
  }

  public Cuts withContradictFrom(double contradict) {
    return new Cuts(sureEnough, contradict, doubtFrom, doubtWords, thinCredit, thinWords);
  }

  public Cuts withDoubtFrom(double doubt, int words) {
    return new Cuts(sureEnough, contradictFrom, doubt, words, thinCredit, thinWords);
  }

  public Cuts withThinCredit(double credit, int words) {
    return new Cuts(sureEnough, contradictFrom, doubtFrom, doubtWords, credit, words);
  }

  /** Whether the combiner, this sure that a plan of this many words does not walk into a pitfall, doubts the rules' red flag. */
  public boolean doubts(double notWalkedInto, int planWords) {
    return notWalkedInto >= doubtFrom && planWords >= doubtWords;
  }

  /** The cut of the combiner's "at least the middle level" for an insight of a plan of this many words. */
  public double insightCredit(int planWords) {
    return planWords < thinWords ? thinCredit : EVEN;
  }
}
