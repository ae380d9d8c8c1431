package dk.parat.agreement;

import dk.parat.checklist.Status;
import dk.parat.files.InputError;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A labelled corpus: a folder with {@code labels/NAME.csv} and the plans, in {@code plans/} or in
 * the folder itself, one label file per plan of the same name, as {@code docs/agreement.md}
 * describes. Where a plan comes in several formats, the text one is labelled. A label file has a row per item
 * with the columns {@code item} and {@code consensus}, and optionally {@code writer} and
 * {@code rater} (the two independent labels behind the consensus).
 */
public final class Corpus {

  private Corpus() {}

  /** Every labelled plan of the corpus, sorted by name. */
  public static List<LabelledPlan> read(Path folder) throws InputError {
    Path labels = folder.resolve("labels");
    Path plans = Files.isDirectory(folder.resolve("plans")) ? folder.resolve("plans") : folder;
    if (!Files.isDirectory(labels)) {
      throw new InputError(folder.toString(), 0, "is not a labelled corpus; it needs a folder labels/ beside the plans");
    }
    List<LabelledPlan> read = new ArrayList<>();
    try (Stream<Path> files = Files.list(labels)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList()) {
        String name = file.getFileName().toString().replaceFirst("\\.csv$", "");
        read.add(new LabelledPlan(plan(plans, name, file), name, CorpusPart.of(name), labels(file)));
      }
    } catch (IOException e) {
      throw new InputError(labels.toString(), 0, "cannot be listed (" + e.getMessage() + ")");
    }
    return read;
  }

  private static Path plan(Path plans, String name, Path labelFile) throws InputError {
    try (Stream<Path> files = Files.list(plans)) {
      return files.filter(p -> p.getFileName().toString().startsWith(name + "."))
          .min(Comparator.comparingInt(Corpus::preference).thenComparing(Path::toString))
          .orElseThrow(() -> new InputError(labelFile.toString(), 0, "has no plan " + name + ".* in " + plans));
    } catch (IOException e) {
      throw new InputError(plans.toString(), 0, "cannot be listed (" + e.getMessage() + ")");
    }
  }

  private static int preference(Path plan) {
    String name = plan.getFileName().toString();
    return name.endsWith(".md") || name.endsWith(".txt") || name.endsWith(".yaml") || name.endsWith(".yml") ? 0 : 1;
  }

  private static Map<String, Label> labels(Path file) throws InputError {
    Map<String, Label> labels = new LinkedHashMap<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser parser = CSVParser.parse(in, format)) {
      if (!parser.getHeaderMap().containsKey("item") || !parser.getHeaderMap().containsKey("consensus")) {
        throw new InputError(file.toString(), 1, "needs the columns 'item' and 'consensus'");
      }
      for (CSVRecord row : parser) {
        int line = (int) row.getRecordNumber() + 1;
        Status consensus = status(row, "consensus", file, line);
        if (consensus == null) {
          throw new InputError(file.toString(), line, "has no consensus label for " + row.get("item"));
        }
        Status writer = status(row, "writer", file, line);
        Status rater = status(row, "rater", file, line);
        List<Label.Quote> quotes = new ArrayList<>();
        quote(row, "writer_evidence", writer).ifPresent(quotes::add);
        quote(row, "rater_evidence", rater).ifPresent(quotes::add);
        labels.put(row.get("item"), new Label(consensus, writer, rater, quotes));
      }
    } catch (IOException | IllegalStateException e) {
      throw new InputError(file.toString(), 0, "cannot be read as CSV (" + e.getMessage() + ")");
    }
    return labels;
  }

  private static Optional<Label.Quote> quote(CSVRecord row, String column, Status label) {
    return label == null || !row.isMapped(column) || row.get(column).isBlank() ? Optional.empty()
        : Optional.of(new Label.Quote(label, row.get(column).strip()));
  }

  private static Status status(CSVRecord row, String column, Path file, int line) throws InputError {
    if (!row.isMapped(column) || row.get(column).isBlank()) {
      return null;
    }
    String value = row.get(column);
    return Status.parse(value).orElseThrow(() -> new InputError(file.toString(), line,
        "'" + value + "' is not a status; use covered, partial, missing, guarded, unclear, exposed or not-applicable"));
  }
}
