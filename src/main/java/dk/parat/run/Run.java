package dk.parat.run;

import dk.parat.answers.Answers;
import dk.parat.answers.AppliedAnswer;
import dk.parat.gate.GateResult;
import dk.parat.scoring.ItemResult;
import dk.parat.scoring.PlanResult;
import dk.parat.waiver.Waiver;
import java.util.List;
import java.util.Optional;

/**
 * Everything one run produced, as the report writers see it: each scored plan with its gate
 * results, the plans that could not be read, and what besides parat's own verdicts shaped them.
 */
public record Run(List<Scored> plans, List<Unreadable> unreadable, Sources sources) {

  public Run {
    plans = List.copyOf(plans);
    unreadable = List.copyOf(unreadable);
  }

  /**
   * A scored plan, per checklist whether it passed the gate (empty when no gate is set), the
   * consultant's answers whose statuses it counts, and what of the plan's own sources the run set
   * aside. The waivers that count stand on its items.
   */
  public record Scored(PlanResult result, List<GateResult> gates, Answers answers, Skipped skipped) {
    public Scored {
      gates = List.copyOf(gates);
    }

    /** A plan scored without answers. */
    public Scored(PlanResult result, List<GateResult> gates) {
      this(result, gates, Answers.none(), Skipped.NONE);
    }

    public Optional<GateResult> gate(String checklist) {
      return gates.stream().filter(g -> g.checklist().equals(checklist)).findFirst();
    }

    /** The consultant's answer on an item with parat's own status beside it, or null when there is none. */
    public AppliedAnswer answer(ItemResult item) {
      return answers.of(item.item().id())
          .map(a -> new AppliedAnswer(a, item.foundStatus(), a.staleFor(result.plan().digest())))
          .orElse(null);
    }
  }

  /**
   * What a run set aside of one plan's own sources ({@code --strict}, {@code --no-answers},
   * {@code --no-waivers}), so that reports can say it was there and did not count.
   *
   * @param answersFile the answers file beside the plan, or null when there is none or it was used
   * @param waivers the waivers the plan declares that were not applied
   */
  public record Skipped(String answersFile, List<Waiver> waivers) {
    public static final Skipped NONE = new Skipped(null, List.of());

    public Skipped {
      waivers = List.copyOf(waivers);
    }
  }

  /** A plan that could not be read, and why. */
  public record Unreadable(String path, String message) {

    /** Why, without the path the message begins with, for a list that shows the path beside it. */
    public String reason() {
      return message.startsWith(path + ":") ? message.substring(path.length() + 1).strip() : message;
    }

    /** A plan parat itself failed on: a bug, reported against the plan so that the rest of the run goes on. */
    public static Unreadable bug(String path, Throwable e) {
      return new Unreadable(path, path + ": parat failed on this plan (" + String.valueOf(e).lines().findFirst().orElse("")
          + "); this is a bug in parat, please report it with the plan");
    }
  }

  public boolean gatePassed() {
    return plans.stream().flatMap(p -> p.gates().stream()).allMatch(GateResult::passed);
  }
}
