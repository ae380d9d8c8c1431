package dk.parat.waiver;

import dk.parat.scoring.ChecklistScore;
import dk.parat.scoring.ItemResult;
import dk.parat.scoring.PlanResult;
import dk.parat.scoring.Scorer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Attaches waivers to the items they name. A plan's own waiver wins over the config's for
 * the same item. A waiver past its {@code until} date stays attached but inactive, so reports
 * can say it expired.
 */
public final class WaiverApplier {

  private final List<Waiver> configWaivers;
  private final LocalDate today;

  public WaiverApplier(List<Waiver> configWaivers, LocalDate today) {
    this.configWaivers = List.copyOf(configWaivers);
    this.today = today;
  }

  public PlanResult apply(PlanResult result) {
    Map<String, Waiver> byItem = new LinkedHashMap<>();
    configWaivers.forEach(w -> byItem.put(w.item(), w));
    result.plan().waivers().forEach(w -> byItem.put(w.item(), w));
    if (byItem.isEmpty()) {
      return result;
    }
    List<ChecklistScore> scores = new ArrayList<>();
    for (ChecklistScore score : result.scores()) {
      List<ItemResult> items = score.items().stream().map(i -> {
        Waiver w = byItem.get(i.item().id());
        return w == null ? i : i.withWaiver(w, w.activeOn(today));
      }).toList();
      scores.add(Scorer.score(score.checklist(), items));
    }
    return new PlanResult(result.plan(), scores);
  }

  /** Waivers naming an item none of the run's checklists has: a typo that would silently waive nothing. */
  public List<Waiver> unknown(PlanResult result) {
    Set<String> ids = new HashSet<>();
    result.scores().forEach(s -> s.items().forEach(i -> ids.add(i.item().id())));
    List<Waiver> unknown = new ArrayList<>();
    configWaivers.stream().filter(w -> !ids.contains(w.item())).forEach(unknown::add);
    result.plan().waivers().stream().filter(w -> !ids.contains(w.item())).forEach(unknown::add);
    return unknown;
  }
}
