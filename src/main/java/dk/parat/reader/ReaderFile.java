package dk.parat.reader;

import dk.parat.checklist.ItemKind;
import dk.parat.files.InputError;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A trained reader as a text file, one fact per line, so that a retrained model shows in a diff
 * as the lines that moved:
 *
 * <pre>
 * parat-reader 1
 * checklist bedre-implementering
 * trained-on src/test/resources/corpus, training part (306 plans)
 * side BI-1-I1 support -3.21
 * combiner insight middle bias=-1.2 rule0=-0.8 p0=2.1 item:BI-1-I1=0.3 …
 * sure-enough 0.95
 * contradict-from 0.80
 * doubt-red-flag 0.65 177
 * thin-credit 0.75 800
 * gram 1048 0:0.1234 17:-0.0456
 * </pre>
 */
public final class ReaderFile {

  static final String FORMAT = "parat-reader 1";
  /** What each kind of line holds, to tell a cut or mistyped line by. */
  private static final Map<String, String> SHAPES = Map.of(
      "checklist", "'checklist ID'",
      "trained-on", "'trained-on TEXT'",
      "side", "'side ITEM KIND BIAS'",
      "combiner", "'combiner KIND LEVEL NAME=WEIGHT ...'",
      "sure-enough", "'sure-enough P' or 'sure-enough never'",
      "contradict-from", "'contradict-from P' or 'contradict-from never'",
      "doubt-red-flag", "'doubt-red-flag P WORDS' or 'doubt-red-flag never'",
      "thin-credit", "'thin-credit P WORDS'",
      "gram", "'gram BUCKET SIDE:WEIGHT ...'");

  private ReaderFile() {}

  public static ReaderModel read(String name, String text) throws InputError {
    String[] lines = text.split("\n", -1);
    if (lines.length == 0 || !lines[0].strip().equals(FORMAT)) {
      throw new InputError(name, 1, "is not a trained reader of this parat (its first line must be '" + FORMAT
          + "'); train it again with 'parat checklist train'");
    }
    String checklist = null;
    String trainedOn = "";
    List<Side> sides = new ArrayList<>();
    Map<ItemKind, Map<String, Map<String, Double>>> combiners = new EnumMap<>(ItemKind.class);
    SortedMap<Integer, List<GramWeights.Weight>> grams = new TreeMap<>();
    double sureEnough = ReaderModel.NEVER;
    Double contradict = null;
    double doubt = ReaderModel.NEVER;
    int doubtWords = 0;
    double thinCredit = Cuts.EVEN;
    int thinWords = 0;
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split(" ");
      try {
        switch (f[0]) {
          case "checklist" -> checklist = f[1];
          case "trained-on" -> trainedOn = line.substring("trained-on".length()).strip();
          case "side" -> sides.add(new Side(f[1], Side.Kind.parse(f[2]), Double.parseDouble(f[3])));
          case "combiner" -> combiners.computeIfAbsent(ItemKind.parse(f[1]), k -> new HashMap<>())
              .put(f[2], weights(f));
          case "sure-enough" -> sureEnough = probability(f[1]);
          case "contradict-from" -> contradict = probability(f[1]);
          case "doubt-red-flag" -> {
            doubt = probability(f[1]);
            doubtWords = doubt == ReaderModel.NEVER ? 0 : Integer.parseInt(f[2]);
          }
          case "thin-credit" -> {
            thinCredit = Double.parseDouble(f[1]);
            thinWords = Integer.parseInt(f[2]);
          }
          case "gram" -> grams.put(bucket(f[1]), gram(f, sides.size()));
          default -> throw new IllegalArgumentException("'" + f[0] + "' starts no line of a trained reader");
        }
      } catch (NumberFormatException | IndexOutOfBoundsException e) {
        throw new InputError(name, i + 1, "cannot be read: a '" + f[0] + "' line has the shape " + SHAPES.get(f[0])
            + ", not '" + line + "'; train it again with 'parat checklist train'");
      } catch (IllegalArgumentException e) {
        throw new InputError(name, i + 1, "cannot be read: " + e.getMessage() + "; train it again with 'parat checklist train'");
      }
    }
    if (checklist == null || sides.isEmpty()) {
      throw new InputError(name, 1, "names no checklist or no sides; train it again with 'parat checklist train'");
    }
    Map<ItemKind, Combiner> byKind = new EnumMap<>(ItemKind.class);
    for (Map.Entry<ItemKind, Map<String, Map<String, Double>>> e : combiners.entrySet()) {
      Map<String, Double> middle = e.getValue().get("middle");
      Map<String, Double> top = e.getValue().get("top");
      if (middle == null || top == null) {
        throw new InputError(name, 1, "has no middle or no top combiner for " + e.getKey().id());
      }
      byKind.put(e.getKey(), new Combiner(middle, top));
    }
    return new ReaderModel(checklist, trainedOn, sides, GramWeights.of(grams), byKind,
        // A reader trained before the two bars were told apart has one bar for both.
        new Cuts(sureEnough, contradict == null ? sureEnough : contradict, doubt, doubtWords, thinCredit, thinWords));
  }

  private static double probability(String field) {
    return field.equals("never") ? ReaderModel.NEVER : Double.parseDouble(field);
  }

  private static String probability(double p) {
    return p == ReaderModel.NEVER ? "never" : number(p);
  }

  private static Map<String, Double> weights(String[] fields) {
    Map<String, Double> weights = new HashMap<>();
    for (int i = 3; i < fields.length; i++) {
      int eq = fields[i].lastIndexOf('=');
      weights.put(fields[i].substring(0, eq), Double.parseDouble(fields[i].substring(eq + 1)));
    }
    return weights;
  }

  private static int bucket(String field) {
    int bucket = Integer.parseInt(field);
    if (bucket < 0 || bucket >= CharGrams.FEATURES) {
      throw new IllegalArgumentException("bucket " + bucket + " is not between 0 and " + (CharGrams.FEATURES - 1));
    }
    return bucket;
  }

  private static List<GramWeights.Weight> gram(String[] fields, int sides) {
    List<GramWeights.Weight> weights = new ArrayList<>();
    for (int i = 2; i < fields.length; i++) {
      int colon = fields[i].indexOf(':');
      int side = Integer.parseInt(fields[i].substring(0, colon));
      if (side < 0 || side >= sides) {
        throw new IllegalArgumentException("side " + side + " is not among the " + sides + " sides listed above");
      }
      weights.add(new GramWeights.Weight(side, Float.parseFloat(fields[i].substring(colon + 1))));
    }
    return weights;
  }

  public static String write(ReaderModel model) {
    StringBuilder out = new StringBuilder(FORMAT).append('\n');
    out.append("# Written by 'parat checklist train' (docs/agreement.md); train again rather than edit.\n");
    out.append("checklist ").append(model.checklist()).append('\n');
    out.append("trained-on ").append(model.trainedOn()).append('\n');
    for (Side side : model.sides()) {
      out.append("side ").append(side.item()).append(' ').append(side.kind().id()).append(' ')
          .append(number(side.bias())).append('\n');
    }
    for (Map.Entry<ItemKind, Combiner> e : new TreeMap<>(model.combiners()).entrySet()) {
      combiner(out, e.getKey(), "middle", e.getValue().middle());
      combiner(out, e.getKey(), "top", e.getValue().top());
    }
    Cuts cuts = model.cuts();
    out.append("sure-enough ").append(probability(cuts.sureEnough())).append('\n');
    out.append("contradict-from ").append(probability(cuts.contradictFrom())).append('\n');
    out.append("doubt-red-flag ").append(probability(cuts.doubtFrom()))
        .append(cuts.doubtFrom() == ReaderModel.NEVER ? "" : " " + cuts.doubtWords()).append('\n');
    out.append("thin-credit ").append(number(cuts.thinCredit())).append(' ').append(cuts.thinWords()).append('\n');
    for (Map.Entry<Integer, List<GramWeights.Weight>> e : model.weights().byBucket().entrySet()) {
      out.append("gram ").append(e.getKey());
      for (GramWeights.Weight w : e.getValue()) {
        out.append(' ').append(w.side()).append(':').append(number(w.weight()));
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static void combiner(StringBuilder out, ItemKind kind, String level, Map<String, Double> weights) {
    out.append("combiner ").append(kind.id()).append(' ').append(level);
    new TreeMap<>(weights).forEach((name, w) -> out.append(' ').append(name).append('=').append(number(w)));
    out.append('\n');
  }

  /** Four significant digits: more would only make the file longer. */
  static String number(double value) {
    return String.format(Locale.ROOT, "%.4g", value);
  }
}
