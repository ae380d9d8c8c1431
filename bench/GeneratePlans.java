import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Writes N varied plans for bench/batch.sh: each one a new front matter and a random choice of
 * the bundled Markdown examples' sections, with words swapped for synonyms and compounds, some
 * statements negated and the numbers changed, so that no two plans share their text. Sizes are
 * 5–40 KB, most of them small (as real plans are); one in ten is written as plain text. The
 * same seed gives the same files.
 *
 * <p>java -cp target/bench-classes GeneratePlans OUT_DIR N [SEED]
 */
public class GeneratePlans {

  private static final String[] MUNICIPALITIES = {"Fjordby", "Bakkeby", "Skovhøj", "Åstrand", "Møllerup", "Engholm",
      "Kystvig", "Lindå", "Sønderbæk", "Højmark", "Egeris", "Vesterå"};
  private static final String[] TECHNOLOGIES = {"Skærmbesøg", "Digitale låse", "Talegenkendelse", "Chatbot i borgerservice",
      "Robotstøvsugere", "Medicinrobotter", "Ruteoptimering", "Sensorer i plejeboliger", "Nyt ESDH-system", "RPA i økonomi",
      "Flådestyring", "Vasketoiletter", "AI-assistent", "Fælles dataplatform"};
  private static final String[] PHASES = {"idéudvikling", "konsekvensvurdering", "udvikling/anskaffelse",
      "implementering og drift", null};
  private static final String[] MATURITIES = {"new", "proven-elsewhere", "upgrade", null};
  private static final String[] SCALES = {"unit", "municipality", "cross-municipal", null};
  private static final String[] AUDIENCES = {"citizen-facing", "back-office", null};
  /** No plan grows past 40 KB: a section that would take it further ends it. */
  private static final int MAX_CHARS = 38_500;
  /** Word swaps: plain synonyms, and compounds that only the compound matcher finds. */
  private static final String[][] SWAPS = {
      {"medarbejderne", "personalet", "plejemedarbejderne", "medarbejdergruppen"},
      {"medarbejdere", "ansatte", "frontmedarbejdere", "fagmedarbejdere"},
      {"borgerne", "brugerne", "borgergruppen", "de ældre borgere"},
      {"oplæring", "undervisning", "superbrugeroplæring", "introduktionsforløb"},
      {"leverandøren", "leverandørvirksomheden", "systemleverandøren"},
      {"ledelsen", "direktionen", "ledergruppen", "afdelingsledelsen"},
      {"evaluering", "opfølgning", "midtvejsevaluering", "effektmåling"},
      {"projektgruppen", "projektteamet", "arbejdsgruppen"},
      {"styregruppen", "styregruppemødet", "styregruppens medlemmer"},
      {"tidsplan", "tidsplanen", "implementeringstidsplan"},
      {"gevinster", "gevinstrealisering", "effekter", "besparelser"},
      {"MED-udvalget", "MED-udvalg", "arbejdsmiljørepræsentanterne"},
      {"kommunen", "forvaltningen", "organisationen"},
  };
  private static final String[][] NEGATIONS = {{" vil ", " vil ikke "}, {" skal ", " skal ikke "},
      {" har ", " har ikke "}, {" er ", " er ikke "}, {" bliver ", " bliver ikke "}};

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
    List<String> sections = sections(Path.of("examples"));
    SplittableRandom random = new SplittableRandom(seed);
    long bytes = 0;
    for (int i = 1; i <= n; i++) {
      boolean text = random.nextInt(10) == 0;
      Path file = out.resolve(String.format(Locale.ROOT, "%s/plan-%05d.%s",
          MUNICIPALITIES[i % MUNICIPALITIES.length].toLowerCase(Locale.ROOT), i, text ? "txt" : "md"));
      Files.createDirectories(file.getParent());
      String plan = plan(random, sections, i);
      byte[] content = (text ? asText(plan) : plan).getBytes(StandardCharsets.UTF_8);
      Files.write(file, content);
      bytes += content.length;
    }
    System.out.printf(Locale.ROOT, "generated %d plans, %.1f MB, in %s%n", n, bytes / 1e6, out);
  }

  /** The "## " sections of every bundled Markdown example, front matter and title left out. */
  static List<String> sections(Path examples) throws IOException {
    List<String> found = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(examples)) {
      files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    for (Path file : files) {
      StringBuilder current = null;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.startsWith("## ")) {
          if (current != null) {
            found.add(current.toString());
          }
          current = new StringBuilder();
        }
        if (current != null) {
          current.append(line).append('\n');
        }
      }
      if (current != null) {
        found.add(current.toString());
      }
    }
    return found;
  }

  static String plan(SplittableRandom r, List<String> sections, int number) {
    String municipality = MUNICIPALITIES[r.nextInt(MUNICIPALITIES.length)] + " Kommune";
    String technology = TECHNOLOGIES[r.nextInt(TECHNOLOGIES.length)];
    StringBuilder sb = new StringBuilder("---\n");
    sb.append("title: Implementeringsplan ").append(number).append(" – ").append(technology).append('\n');
    sb.append("municipality: ").append(municipality).append('\n');
    sb.append("technology: ").append(technology).append('\n');
    field(sb, "phase", PHASES[r.nextInt(PHASES.length)]);
    field(sb, "maturity", MATURITIES[r.nextInt(MATURITIES.length)]);
    field(sb, "scale", SCALES[r.nextInt(SCALES.length)]);
    field(sb, "audience", AUDIENCES[r.nextInt(AUDIENCES.length)]);
    sb.append("language: da\n---\n\n# ").append(technology).append(" i ").append(municipality).append("\n\n");
    // 5–40 KB, skewed towards the small end: most plans are short, a few are long.
    int target = 5_000 + (int) (33_000 * Math.pow(r.nextDouble(), 1.5));
    int chapter = 1;
    while (sb.length() < target) {
      String section = sections.get(r.nextInt(sections.size()));
      if (sb.length() + section.length() > MAX_CHARS) {
        break;
      }
      sb.append(vary(r, section.replaceFirst("^## (\\d+\\. )?", "## " + chapter++ + ". "))).append('\n');
    }
    return sb.toString();
  }

  private static void field(StringBuilder sb, String key, String value) {
    if (value != null) {
      sb.append(key).append(": ").append(value).append('\n');
    }
  }

  /** The section with words swapped, some statements negated and the numbers changed. */
  static String vary(SplittableRandom r, String section) {
    StringBuilder out = new StringBuilder(section.length() + 64);
    for (String line : section.split("\n", -1)) {
      String v = line;
      if (!line.startsWith("#") && !line.startsWith("|")) {
        for (String[] swap : SWAPS) {
          if (v.contains(swap[0]) && r.nextInt(3) > 0) {
            v = v.replace(swap[0], swap[r.nextInt(swap.length)]);
          }
        }
        if (r.nextInt(8) == 0) {
          String[] negation = NEGATIONS[r.nextInt(NEGATIONS.length)];
          v = v.replaceFirst(negation[0], negation[1]);
        }
        v = numbers(r, v);
      }
      out.append(v).append('\n');
    }
    return out.toString();
  }

  private static String numbers(SplittableRandom r, String line) {
    StringBuilder sb = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      sb.append(Character.isDigit(c) && r.nextInt(4) == 0 ? (char) ('0' + r.nextInt(10)) : c);
    }
    return sb.toString();
  }

  /** The plan as plain text: an underlined title, numbered headings, no Markdown marks. */
  static String asText(String markdown) {
    StringBuilder sb = new StringBuilder();
    boolean front = false;
    for (String line : markdown.split("\n", -1)) {
      if (line.equals("---")) {
        front = !front;
        continue;
      }
      if (front) {
        String[] kv = line.split(": ", 2);
        sb.append(String.format(Locale.ROOT, "%-13s %s%n", kv[0] + ":", kv.length > 1 ? kv[1] : ""));
      } else if (line.startsWith("# ")) {
        sb.append(line.substring(2).toUpperCase(Locale.ROOT)).append('\n')
            .append("=".repeat(line.length() - 2)).append('\n');
      } else if (line.startsWith("## ")) {
        sb.append(line.substring(3)).append('\n');
      } else {
        sb.append(line.replace("**", "").replace("|", " ")).append('\n');
      }
    }
    return sb.toString();
  }
}
