package dk.parat;

import dk.parat.checklist.ChecklistException;
import dk.parat.checklist.ChecklistLoader;
import dk.parat.checklist.ChecklistRepository;
import dk.parat.checklist.ChecklistSet;
import dk.parat.checklist.YamlSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The small checklist the engine tests score against, and variants of it. */
public final class TestChecklists {

  public static final Path MINI = Path.of("src/test/resources/checklists/mini.yaml");

  /** A plan on which the mini checklist finds MINI-I1 partial, MINI-P1 exposed and MINI-I2 missing. */
  public static final String MINI_PLAN = """
      # Plan

      Superbrugere udpeges.

      Løsningen tages i brug i hele kommunen på én gang.
      """;

  private TestChecklists() {}

  public static String miniText() {
    try {
      return Files.readString(MINI);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ChecklistSet mini() throws ChecklistException {
    return compile(miniText());
  }

  public static ChecklistSet compile(String yaml) throws ChecklistException {
    return ChecklistLoader.compile(List.of(new YamlSource("mini.yaml", yaml)),
        ChecklistRepository.bundledOrFail(ChecklistRepository.LEXICON),
        ChecklistRepository.bundledOrFail(ChecklistRepository.CONCEPTS));
  }
}
