package dk.parat.waiver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which waiver holds for which item: a plan's own waiver wins over the config's for the
 * same item, and a waiver past its {@code until} date still belongs to its item but is inactive,
 * so reports can say it expired.
 */
public final class WaiverApplier {

  private final List<Waiver> configWaivers;
  private final LocalDate today;

  public WaiverApplier(List<Waiver> configWaivers, LocalDate today) {
    this.configWaivers = List.copyOf(configWaivers);
    this.today = today;
  }

  /** The waiver for each item that one names, by item id. */
  public Map<String, Waiver> byItem(List<Waiver> planWaivers) {
    Map<String, Waiver> byItem = new LinkedHashMap<>();
    configWaivers.forEach(w -> byItem.put(w.item(), w));
    planWaivers.forEach(w -> byItem.put(w.item(), w));
    return byItem;
  }

  /** Whether a waiver holds today. */
  public boolean active(Waiver waiver) {
    return waiver.activeOn(today);
  }

  /** Waivers naming an item none of the run's checklists has: a typo that would silently waive nothing. */
  public List<Waiver> unknown(Collection<String> items, List<Waiver> planWaivers) {
    List<Waiver> unknown = new ArrayList<>();
    configWaivers.stream().filter(w -> !items.contains(w.item())).forEach(unknown::add);
    planWaivers.stream().filter(w -> !items.contains(w.item())).forEach(unknown::add);
    return unknown;
  }
}
