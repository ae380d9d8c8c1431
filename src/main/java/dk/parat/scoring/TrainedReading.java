package dk.parat.scoring;

import dk.parat.checklist.ItemKind;
import dk.parat.checklist.Status;
import dk.parat.reader.BestSentences;
import dk.parat.reader.Combiner;
import dk.parat.reader.Cuts;
import dk.parat.reader.ReaderModel;
import dk.parat.reader.Side;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The trained reader's say in each verdict. The reader finds, for each item, the sentence most
 * like those consultants quoted for it, and the combiner weighs how sure it is against the rules'
 * verdict. What the reader adds is quoted like any evidence, with its probability in place of a
 * pattern. What the reader cannot do, as {@code docs/scoring-semantics.md} says: settle a
 * contradiction the rules found, doubt a red flag the rules found unless it is as sure as training
 * calibrated that the plan does not walk into the pitfall, turn the rules' guard into a red flag,
 * or turn their red flag into a guard unless it is sure enough of the guard and finds less than
 * even odds of the red flag in that sentence (then the rules' red flag is doubted). Where it finds
 * one side and the rules the other, or where the rules are silent and it is sure enough of a guard
 * in one sentence and of a red flag in another, the plan contradicts itself: unclear, with both
 * sides quoted.
 */
final class TrainedReading {

  private final ReaderModel model;
  private final Map<String, List<Integer>> sidesByItem;
  /** For each guard side, its pitfall's red-flag side; -1 for the other sides. */
  private final int[] redFlagOf;
  /** Each pitfall's guard side, by the pitfall's id. */
  private final Map<String, Integer> guardSides = new HashMap<>();

  TrainedReading(ReaderModel model) {
    this.model = model;
    this.sidesByItem = Side.byItem(model.sides());
    this.redFlagOf = new int[model.sides().size()];
    Arrays.fill(redFlagOf, -1);
    // A pitfall's sides are its guard, then its red flag, as pitfall() reads them.
    for (List<Integer> item : sidesByItem.values()) {
      if (model.sides().get(item.get(0)).kind() == Side.Kind.GUARD) {
        redFlagOf[item.get(0)] = item.get(1);
        guardSides.put(model.sides().get(item.get(0)).item(), item.get(0));
      }
    }
  }

  /** The verdicts, given the rules' and the reader's best sentences in the plan. */
  List<ItemResult> apply(PlanSentences read, List<ItemResult> ruled, BestSentences best) {
    List<Sentence> sentences = read.sentences();
    if (sentences.isEmpty()) {
      return ruled;
    }
    Found found = new Found(read.plan().path(), best, sentences, model.sides(), redFlagOf, guardSides, guards(ruled),
        model.cuts().sureEnough(), model.cuts().contradictFrom(), Found.unknownRanks(model.sides().size()));
    int words = read.plan().words();
    double insightCredit = model.cuts().insightCredit(words);
    List<ItemResult> results = new ArrayList<>(ruled.size());
    for (ItemResult rule : ruled) {
      List<Integer> sides = sidesByItem.get(rule.item().id());
      ItemKind kind = rule.item().item().kind();
      Combiner combiner = model.combiners().get(kind);
      if (sides == null || combiner == null || !rule.applicable()) {
        results.add(rule);
        continue;
      }
      Map<String, Double> features = Combiner.features(rule.item().id(), kind, rule.status().level(),
          rule.contradicts(), best, sides);
      if (kind == ItemKind.PITFALL) {
        ItemResult judged = pitfall(rule, combiner.level(features, Cuts.EVEN), sides, found);
        results.add(doubted(judged, rule, combiner.atLeastMiddle(features), words));
      } else {
        results.add(insight(rule, combiner.level(features, insightCredit), sides.get(0), found));
      }
    }
    return results;
  }

  /**
   * A red flag the rules found, which stands after the reader's say, is doubted when the combiner
   * is at least the calibrated probability sure that the plan does not walk into the pitfall
   * (consultants call many such plans {@code unclear}: the flag was a turn of phrase, or the plan
   * guards in words the rules do not know); the flag is then quoted as doubted, not counted.
   */
  private ItemResult doubted(ItemResult judged, ItemResult rule, double notWalkedInto, int words) {
    if (judged.status() != Status.EXPOSED || rule.status() != Status.EXPOSED || rule.contradicts()
        || !model.cuts().doubts(notWalkedInto, words)) {
      return judged;
    }
    List<Evidence> evidence = new ArrayList<>();
    List<Evidence> notCounted = new ArrayList<>(rule.notCounted());
    String doubt = String.format(Locale.ROOT, "; doubted by the trained reader: not walked into %.2f", notWalkedInto);
    for (Evidence e : rule.evidence()) {
      if (e.role() == Evidence.Role.RED_FLAG) {
        notCounted.add(asDoubted(e, doubt));
      } else {
        evidence.add(e);
      }
    }
    return with(rule, Status.UNCLEAR, evidence, notCounted);
  }

  private ItemResult insight(ItemResult rule, int level, int side, Found found) {
    int ruled = rule.status().level();
    if (level == ruled) {
      return rule;
    }
    Status status = level == 2 ? Status.COVERED : level == 1 ? Status.PARTIAL : Status.MISSING;
    List<Evidence> evidence = new ArrayList<>(rule.evidence());
    List<Evidence> notCounted = new ArrayList<>(rule.notCounted());
    if (status == Status.MISSING) {
      evidence.forEach(e -> notCounted.add(as(e, Evidence.Role.CONSIDERED)));
      evidence.clear();
    } else if (level > ruled) {
      if (found.setAside(side, rule, 0)) {
        return rule;
      }
      evidence.add(found.evidence(side, 0));
    }
    return with(rule, status, evidence, notCounted);
  }

  private ItemResult pitfall(ItemResult rule, int combined, List<Integer> sides, Found found) {
    int ruled = rule.status().level();
    if (rule.contradicts()) {
      return rule;
    }
    if (rule.status() == Status.UNCLEAR && found.sureOfBoth(sides, rule)) {
      List<Evidence> evidence = new ArrayList<>(rule.evidence());
      evidence.add(found.evidence(sides.get(0), found.usable(sides.get(0), rule)));
      evidence.add(found.evidence(sides.get(1), found.usable(sides.get(1), rule)));
      return with(rule, Status.UNCLEAR, evidence, rule.notCounted());
    }
    // The reader finds a side by its combined judgement, or by one sentence it is sure enough of:
    // against the rules' verdict the plan then contradicts itself, as below.
    OptionalInt sure = sureOf(rule, sides, found, combined);
    int level = sure.orElse(combined);
    if (level == ruled) {
      return rule;
    }
    List<Evidence> evidence = new ArrayList<>(rule.evidence());
    List<Evidence> notCounted = new ArrayList<>(rule.notCounted());
    int side = sides.get(level == 2 ? 0 : 1);
    // A sure sentence is the surest the rules leave the reader a say in, so it is never set aside;
    // the combined judgement rests on the best, which may be.
    int rank = sure.isPresent() ? found.usable(side, rule) : 0;
    if (sure.isEmpty() && level != 1 && found.setAside(side, rule, rank)) {
      return rule;
    }
    if (level == 2 && found.overrules(side, rank)) {
      found.overrule(side, rank, evidence, notCounted);
    }
    boolean ruleFlag = has(evidence, Evidence.Role.RED_FLAG) || has(notCounted, Evidence.Role.RED_FLAG);
    boolean ruleGuard = has(evidence, Evidence.Role.SUPPORT);
    if (level == 2) {
      evidence.add(found.evidence(side, rank));
      if (ruleFlag) {
        moveFlags(evidence, notCounted);
        return with(rule, Status.UNCLEAR, evidence, notCounted);
      }
      return with(rule, Status.GUARDED, evidence, notCounted);
    }
    if (level == 0) {
      evidence.add(found.evidence(side, rank));
      return with(rule, ruleGuard ? Status.UNCLEAR : Status.EXPOSED, evidence, notCounted);
    }
    // At the middle level the rules' red flag stands here: whether the combiner is sure enough to doubt it is doubted()'s call.
    return rule.status() == Status.EXPOSED ? rule : with(rule, Status.UNCLEAR, evidence, notCounted);
  }

  /**
   * The level one sentence the reader is sure enough of gives: a red flag against the rules' guard,
   * a guard against their red flag (each from {@link Cuts#contradictFrom()}), or either side alone
   * where the rules found neither (from {@link Cuts#sureEnough()}), unless the reader's judgement of
   * the whole plan is the other side (then that judgement stands).
   */
  private OptionalInt sureOf(ItemResult rule, List<Integer> sides, Found found, int combined) {
    if (rule.contradicts()) {
      return OptionalInt.empty();
    }
    return switch (rule.status()) {
      case GUARDED -> found.sureAgainst(sides.get(1), rule) ? OptionalInt.of(0) : OptionalInt.empty();
      case EXPOSED -> found.sureAgainst(sides.get(0), rule) ? OptionalInt.of(2) : OptionalInt.empty();
      default -> alone(found.sure(sides.get(0), rule), found.sure(sides.get(1), rule), combined);
    };
  }

  private static OptionalInt alone(boolean guard, boolean flag, int combined) {
    return guard == flag || combined == (guard ? 0 : 2) ? OptionalInt.empty() : OptionalInt.of(guard ? 2 : 0);
  }

  /** The rules' red flags that were not counted become the other side of the contradiction. */
  private static void moveFlags(List<Evidence> evidence, List<Evidence> notCounted) {
    List<Evidence> flags = notCounted.stream().filter(e -> e.role() == Evidence.Role.RED_FLAG).toList();
    notCounted.removeAll(flags);
    evidence.addAll(flags);
  }

  /** A guard the rules found: its quote and its pitfall. */
  private record RuleGuard(String quote, String item) {}

  /** The guards the rules found for any pitfall, counted or not. */
  private static List<RuleGuard> guards(List<ItemResult> ruled) {
    return ruled.stream()
        .filter(r -> r.item().item().kind() == ItemKind.PITFALL)
        .flatMap(r -> Stream.concat(r.evidence().stream(), r.notCounted().stream())
            .filter(e -> e.role() == Evidence.Role.SUPPORT)
            .map(e -> new RuleGuard(unclipped(e.quote()), r.item().id())))
        .toList();
  }

  private static String unclipped(String quote) {
    return quote.replace("… ", "").replace(" …", "");
  }

  /**
   * The reader's best sentences in one plan, quoted as evidence.
   *
   * @param redFlagOf for each guard side, its pitfall's red-flag side ({@link TrainedReading#redFlagOf})
   * @param guardSides each pitfall's guard side, by its id
   * @param usableRanks each side's {@link #usable} rank once worked out, {@link #UNKNOWN} before:
   *     a side is one item's, so its rank depends on that item's verdict alone
   * @param enough how sure the reader must be of one sentence for it to count ({@link Cuts#sureEnough()})
   * @param against how sure it must be of one sentence to stand against the rules ({@link Cuts#contradictFrom()})
   */
  private record Found(String file, BestSentences best, List<Sentence> sentences, List<Side> sides, int[] redFlagOf,
      Map<String, Integer> guardSides, List<RuleGuard> guards, double enough, double against, int[] usableRanks) {

    private static final int UNKNOWN = -2;

    static int[] unknownRanks(int sides) {
      int[] ranks = new int[sides];
      Arrays.fill(ranks, UNKNOWN);
      return ranks;
    }

    /**
     * Whether the rules read the side's sentence of this rank as negated, about an earlier project,
     * or somebody else's words: the reader does not know those contexts, so it has no say there; or
     * as the other side, so one sentence is not both sides of a contradiction. A sentence the rules
     * read as a guard, counted or not, is no red flag while the guard {@link #stands} (the reader
     * cannot see that "ikke fordi de har meldt sig" negates what it holds); their red flag of this
     * pitfall, even a weak sign they did not count, is no guard unless the reader {@link #overrules} it.
     */
    boolean setAside(int side, ItemResult rule, int rank) {
      String sentence = ItemJudge.oneLine(sentences.get(best.rankedAt(side, rank)));
      Side.Kind kind = sides.get(side).kind();
      if (kind == Side.Kind.RED_FLAG
          && guards.stream().anyMatch(g -> sentence.contains(g.quote()) && stands(g, side, rank))) {
        return true;
      }
      Set<Evidence.Role> noSay = EnumSet.of(Evidence.Role.NEGATED, Evidence.Role.PAST, Evidence.Role.QUOTED);
      if (kind == Side.Kind.GUARD && !overrules(side, rank)) {
        noSay.add(Evidence.Role.RED_FLAG);
      }
      return Stream.concat(rule.evidence().stream(), rule.notCounted().stream())
          .filter(e -> noSay.contains(e.role()))
          .anyMatch(e -> sentence.contains(unclipped(e.quote())));
    }

    /**
     * Whether the rules' guard in the red-flag side's sentence of this rank keeps the reader from
     * reading a red flag there: a guard of this pitfall always does; one of another pitfall does
     * unless the reader finds less than even odds of that guard in the sentence (the rules' phrase
     * matched words the sentence does not mean, as in "indvendinger … håndteres af teamlederen som
     * et spørgsmål om omstillingsparathed", which is no dialogue with the staff).
     */
    private boolean stands(RuleGuard guard, int side, int rank) {
      Integer guardSide = guardSides.get(guard.item());
      return guard.item().equals(sides.get(side).item()) || guardSide == null
          || best.ranked(side, rank, guardSide) >= Cuts.EVEN;
    }

    /**
     * The rank of the side's surest sentence that the rules' reading leaves the reader a say in;
     * -1 when none of its best is. A sentence set aside does not silence the next.
     */
    int usable(int side, ItemResult rule) {
      if (usableRanks[side] == UNKNOWN) {
        usableRanks[side] = -1;
        for (int rank = 0; rank < BestSentences.RANKED && best.rankedAt(side, rank) >= 0; rank++) {
          if (!setAside(side, rule, rank)) {
            usableRanks[side] = rank;
            break;
          }
        }
      }
      return usableRanks[side];
    }

    /**
     * Whether the reader, sure enough of the guard side's sentence of this rank, does not read it as
     * the pitfall's red flag (less than even odds): then a red flag the rules read there is doubted,
     * not the reader's guard set aside.
     */
    boolean overrules(int side, int rank) {
      return redFlagOf[side] >= 0 && best.ranked(side, rank, side) >= enough
          && best.ranked(side, rank, redFlagOf[side]) < Cuts.EVEN;
    }

    /** The rules' red flags in the side's sentence of this rank become doubted: the reader reads it as a guard. */
    void overrule(int side, int rank, List<Evidence> evidence, List<Evidence> notCounted) {
      String sentence = ItemJudge.oneLine(sentences.get(best.rankedAt(side, rank)));
      String doubt = String.format(Locale.ROOT, "; doubted by the trained reader: guard %.2f", best.ranked(side, rank, side));
      for (List<Evidence> list : List.of(evidence, notCounted)) {
        List<Evidence> flags = list.stream()
            .filter(e -> e.role() == Evidence.Role.RED_FLAG && sentence.contains(unclipped(e.quote()))).toList();
        list.removeAll(flags);
        flags.forEach(e -> notCounted.add(asDoubted(e, doubt)));
      }
    }

    /**
     * Whether the reader is sure enough of a guard and of a red flag in two different sentences:
     * the plan contradicts itself, whatever the reader makes of it as a whole.
     */
    boolean sureOfBoth(List<Integer> sides, ItemResult rule) {
      return sure(sides.get(0), rule) && sure(sides.get(1), rule) && best.rankedAt(sides.get(0),
          usable(sides.get(0), rule)) != best.rankedAt(sides.get(1), usable(sides.get(1), rule));
    }

    /** Whether the side's surest sentence the rules' reading leaves it a say in is sure enough. */
    boolean sure(int side, ItemResult rule) {
      return sureFrom(enough, side, rule);
    }

    /** Whether the side's surest sentence the rules' reading leaves it a say in is sure enough to stand against their verdict. */
    boolean sureAgainst(int side, ItemResult rule) {
      return sureFrom(against, side, rule);
    }

    private boolean sureFrom(double bar, int side, ItemResult rule) {
      // No sentence is surer than the best: below the bar, what the rules set aside does not matter.
      if (best.best()[side] < bar) {
        return false;
      }
      int rank = usable(side, rule);
      return rank >= 0 && best.ranked(side, rank, side) >= bar;
    }

    Evidence evidence(int side, int rank) {
      Sentence s = sentences.get(best.rankedAt(side, rank));
      Side.Kind kind = sides.get(side).kind();
      Evidence.Role role = kind == Side.Kind.RED_FLAG ? Evidence.Role.RED_FLAG : Evidence.Role.SUPPORT;
      String pattern = String.format(Locale.ROOT, "trained reader: %s %.2f", kind.id(), best.ranked(side, rank, side));
      return new Evidence(role, file, s.block().locationAt(s.start()), s.section().headingPath(), ItemJudge.quote(s),
          pattern, List.of());
    }
  }

  private static boolean has(List<Evidence> evidence, Evidence.Role role) {
    return evidence.stream().anyMatch(e -> e.role() == role);
  }

  /** The rules' red flag, quoted as doubted, with why after its pattern. */
  private static Evidence asDoubted(Evidence flag, String why) {
    return new Evidence(Evidence.Role.DOUBTED, flag.file(), flag.location(), flag.headingPath(), flag.quote(),
        flag.pattern() + why, flag.signals());
  }

  private static Evidence as(Evidence e, Evidence.Role role) {
    return new Evidence(role, e.file(), e.location(), e.headingPath(), e.quote(), e.pattern(), e.signals());
  }

  private static ItemResult with(ItemResult rule, Status status, List<Evidence> evidence, List<Evidence> notCounted) {
    return new ItemResult(rule.item(), status, rule.weight(), evidence, notCounted, rule.notApplicableReason());
  }
}
