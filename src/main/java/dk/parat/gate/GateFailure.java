package dk.parat.gate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One reason a plan failed the gate, kept as data so that each report can say it in its own
 * language; {@link #english()} is the wording of the messages and the machine formats.
 */
public sealed interface GateFailure {

  String english();

  /** An item has a status the gate fails on. */
  record ItemStatus(String item, String status) implements GateFailure {
    @Override
    public String english() {
      return item + " is " + status;
    }
  }

  /** An item has a status the gate fails on, and the waiver that accepted it has expired. */
  record ExpiredWaiver(String item, String status, String declaredIn, int line, LocalDate until) implements GateFailure {
    @Override
    public String english() {
      return item + " is " + status + " (its waiver in " + declaredIn + ":" + line + " expired on " + until + ")";
    }
  }

  /** The overall score is below the minimum. */
  record OverallBelow(long score, double minimum) implements GateFailure {
    @Override
    public String english() {
      return String.format(Locale.ROOT, "overall score %d is below the minimum %s", score, number(minimum));
    }
  }

  /** A chapter scores below its minimum. */
  record ChapterBelow(String chapter, long score, double minimum) implements GateFailure {
    @Override
    public String english() {
      return String.format(Locale.ROOT, "chapter %s scores %d, below the minimum %s", chapter, score, number(minimum));
    }
  }

  private static String number(double d) {
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }
}
