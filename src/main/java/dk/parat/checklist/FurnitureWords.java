package dk.parat.checklist;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words that recognise document furniture, as written in {@code checklists/lexicon.yaml},
 * lower-cased.
 *
 * @param headings headings whose whole section is furniture (contents, document history, contacts)
 * @param contact phrases that make a short block a contact or cover block
 * @param phone words that, beside a phone number, make a short block a contact block
 * @param metadata keys of which two make a short block document metadata
 * @param pages running-header marks, {@code #} standing for a number ("side # af #")
 * @param mail the openings of mail headers, greetings and sign-offs
 */
public record FurnitureWords(Set<String> headings, Set<String> contact, Set<String> phone, Set<String> metadata,
    List<String> pages, Set<String> mail) {

  public static FurnitureWords of(Lexicon.Furniture f) {
    return new FurnitureWords(lower(f.headings()), lower(f.contact()), lower(f.phone()), lower(f.metadata()),
        f.pages() == null ? List.of() : f.pages().stream().map(FurnitureWords::lowerCase).toList(), lower(f.mail()));
  }

  /** The words in lower case; a blank entry, which would make every block furniture, is left out. */
  private static Set<String> lower(List<String> words) {
    return words == null ? Set.of() : words.stream().map(FurnitureWords::lowerCase).filter(w -> !w.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  private static String lowerCase(String s) {
    return s.toLowerCase(java.util.Locale.ROOT).strip();
  }
}
