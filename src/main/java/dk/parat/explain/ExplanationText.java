package dk.parat.explain;

import dk.parat.report.Messages;

/** {@code parat explain ITEM PLAN} as plain text at a terminal. */
public final class ExplanationText {

  private ExplanationText() {}

  public static String render(Explanation x, Messages m) {
    StringBuilder sb = new StringBuilder(x.heading()).append('\n').append(x.verdict()).append("\n\n");
    sb.append(m.get("explain.rule")).append(": ").append(x.rule()).append("\n\n");
    if (x.tally() == null) {
      x.wouldChange().forEach(c -> sb.append(c).append('\n'));
      return sb.toString();
    }
    sb.append(m.get("explain.candidates")).append(" (").append(x.candidates().size()).append("):\n");
    if (x.candidates().isEmpty()) {
      sb.append("  ").append(m.get("explain.candidates.none")).append('\n');
    }
    int n = 1;
    for (Explanation.Candidate c : x.candidates()) {
      sb.append(String.format("  %d. %s · %s: %s%n", n++, c.where(), c.role(), c.decision()));
      sb.append("     “").append(c.quote()).append("”\n");
      sb.append("     ").append(c.foundBy()).append(" · ").append(m.get("explain.strength", c.strength()));
      if (!c.detail().isEmpty()) {
        sb.append(" (").append(String.join(", ", c.detail())).append(')');
      }
      sb.append('\n');
    }
    sb.append('\n').append(m.get("explain.headings")).append(':');
    if (x.headings().isEmpty()) {
      sb.append(' ').append(m.get("explain.headings.none")).append('\n');
    } else {
      sb.append('\n');
      x.headings().forEach(h -> sb.append("  - ").append(h).append('\n'));
      sb.append("  ").append(m.get("explain.headings.note")).append('\n');
    }
    if (x.conflict() != null) {
      sb.append('\n').append(m.get("explain.conflict")).append(": ").append(x.conflict()).append('\n');
    }
    sb.append('\n').append(x.tally()).append("\n\n");
    sb.append(m.get("explain.change")).append(":\n");
    x.wouldChange().forEach(c -> sb.append("  - ").append(c).append('\n'));
    return sb.toString();
  }
}
