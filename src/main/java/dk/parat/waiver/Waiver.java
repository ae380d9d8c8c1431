package dk.parat.waiver;

import java.time.LocalDate;

/**
 * An accepted risk: a gap on one item that must not fail the gate, with who accepted it, why
 * and until when.
 *
 * @param until the last day the waiver holds; null for no end
 * @param declaredIn the file that declares it (the plan or a config file), with {@code line}
 */
public record Waiver(String item, String reason, String owner, LocalDate until, String ticket, String declaredIn,
    int line) {

  public boolean activeOn(LocalDate today) {
    return until == null || !today.isAfter(until);
  }
}
