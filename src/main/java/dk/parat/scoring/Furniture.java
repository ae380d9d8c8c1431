package dk.parat.scoring;

import dk.parat.checklist.FurnitureWords;
import dk.parat.plan.Block;
import dk.parat.plan.Plan;
import dk.parat.plan.Section;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Recognises a plan's document furniture, which is never evidence: tables of contents (a
 * section under a contents heading, dot leaders, or one line of headings and page numbers),
 * contact and signature blocks, cover-page metadata, document history, running headers and
 * footers, and mail headers. It reads the plan's sections and blocks, so it serves every
 * reader alike. Text is scanned word by word, never with a backtracking expression, so a
 * hostile block costs time in proportion to its length.
 */
final class Furniture {

  /** Blocks longer than this are prose, whatever words they hold. */
  private static final int SHORT_BLOCK_WORDS = 40;
  /** A block this short with an e-mail address or a phone number is an address, not a sentence that mentions one. */
  private static final int ADDRESS_BLOCK_WORDS = 25;
  /** A running header or footer is short and repeats. */
  private static final int RUNNING_LINE_WORDS = 15;
  private static final int RUNNING_LINE_REPEATS = 3;

  // Compiled once: every word of a short block is tested.

  private final FurnitureWords words;
  private final Map<Block, String> reasons = new IdentityHashMap<>();

  private Furniture(FurnitureWords words) {
    this.words = words;
  }

  /** The furniture of a plan, each block with why it is furniture. */
  static Furniture of(Plan plan, FurnitureWords words) {
    Furniture furniture = new Furniture(words);
    furniture.read(plan);
    return furniture;
  }

  boolean contains(Block block) {
    return reasons.containsKey(block);
  }

  /** Why the block is furniture ("table of contents", "contact block" …), or null when it is content. */
  String reason(Block block) {
    return reasons.get(block);
  }

  int size() {
    return reasons.size();
  }

  private void read(Plan plan) {
    // Each block's text is normalised once: every block of every plan passes through here.
    Map<Block, String> texts = new IdentityHashMap<>();
    Map<String, Integer> repeats = new HashMap<>();
    for (Section section : plan.sections()) {
      for (Block block : section.blocks()) {
        String key = normalised(block.text());
        texts.put(block, key);
        if (wordCount(key) <= RUNNING_LINE_WORDS) {
          repeats.merge(withoutDigits(key), 1, Integer::sum);
        }
      }
    }
    for (Section section : plan.sections()) {
      boolean furnitureSection = section.headingPath().stream().anyMatch(h -> words.headings().contains(normalised(h)));
      for (Block block : section.blocks()) {
        String reason = furnitureSection ? "section " + section.heading() : reason(texts.get(block), repeats);
        if (reason != null) {
          reasons.put(block, reason);
        }
      }
    }
  }

  private String reason(String text, Map<String, Integer> repeats) {
    int count = wordCount(text);
    if (tableOfContents(text)) {
      return "table of contents";
    }
    if (startsWithAny(text, words.mail())) {
      return "mail header or signature";
    }
    if (count <= RUNNING_LINE_WORDS && (pageMark(text)
        || repeats.getOrDefault(withoutDigits(text), 0) >= RUNNING_LINE_REPEATS)) {
      return "running header or footer";
    }
    if (count > SHORT_BLOCK_WORDS) {
      return null;
    }
    boolean addressOnly = count <= ADDRESS_BLOCK_WORDS && (hasMailAddress(text)
        || hasPhoneNumber(text) && containsAny(text, words.phone()) > 0);
    if (addressOnly || containsAny(text, words.contact()) > 0) {
      return "contact block";
    }
    if (containsAny(text, words.metadata()) >= 2) {
      return "document metadata";
    }
    return null;
  }

  /**
   * A contents line: it opens with a contents heading, or it has dot leaders and page numbers,
   * or it is mostly capitalised titles and numbers with no sentence in it.
   */
  private boolean tableOfContents(String text) {
    String[] tokens = text.split(" ");
    int numbers = 0;
    for (String t : tokens) {
      if (isNumber(t)) {
        numbers++;
      }
    }
    if (numbers >= 2 && words.headings().stream().anyMatch(h -> text.startsWith(h + " ") || text.startsWith(h + ": "))) {
      return true;
    }
    if (numbers >= 3 && (text.contains("....") || text.contains("…………") || text.contains(". . ."))) {
      return true;
    }
    return numbers >= 6 && numbers * 4 >= tokens.length && !text.contains(". ") && !text.contains(", ");
  }

  private boolean pageMark(String text) {
    for (String mark : words.pages()) {
      String[] parts = mark.split(" ");
      String[] tokens = text.split(" ");
      for (int i = 0; i + parts.length <= tokens.length; i++) {
        boolean all = true;
        for (int j = 0; j < parts.length && all; j++) {
          all = parts[j].equals("#") ? isNumber(tokens[i + j]) : parts[j].equals(tokens[i + j]);
        }
        if (all) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isNumber(String token) {
    int end = token.length();
    while (end > 0 && ".,:;()".indexOf(token.charAt(end - 1)) >= 0) {
      end--;
    }
    String t = token.substring(0, end);
    if (t.isEmpty()) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!Character.isDigit(c) && c != '.' && c != '/') {
        return false;
      }
    }
    return Character.isDigit(t.charAt(0));
  }

  private static boolean hasMailAddress(String text) {
    int at = text.indexOf('@');
    while (at > 0) {
      int dot = text.indexOf('.', at);
      int space = text.indexOf(' ', at);
      if (dot > at + 1 && (space < 0 || dot < space) && Character.isLetterOrDigit(text.charAt(at - 1))) {
        return true;
      }
      at = text.indexOf('@', at + 1);
    }
    return false;
  }

  /** Eight digits or more in one run, single spaces allowed between groups: "23 45 67 89", "70201234". */
  private static boolean hasPhoneNumber(String text) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        if (++digits >= 8) {
          return true;
        }
      } else if (!(c == ' ' && digits > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
        digits = 0;
      }
    }
    return false;
  }

  private static int containsAny(String text, Set<String> phrases) {
    int found = 0;
    String padded = " " + text + " ";
    for (String phrase : phrases) {
      if (standsAsWords(padded, phrase)) {
        found++;
      }
    }
    return found;
  }

  /**
   * Whether the phrase occurs where a word starts and ends where a word ends (or the phrase ends in
   * punctuation). Every short block is tried against every phrase, so nothing is built per try.
   */
  private static boolean standsAsWords(String padded, String phrase) {
    int at = padded.indexOf(phrase, 1);
    char last = phrase.charAt(phrase.length() - 1);
    while (at >= 0) {
      int end = at + phrase.length();
      if (padded.charAt(at - 1) == ' ' && (!Character.isLetterOrDigit(last) || end >= padded.length()
          || !Character.isLetterOrDigit(padded.charAt(end)))) {
        return true;
      }
      at = padded.indexOf(phrase, at + 1);
    }
    return false;
  }

  private static boolean startsWithAny(String text, Set<String> phrases) {
    for (String phrase : phrases) {
      if (text.startsWith(phrase)) {
        int end = phrase.length();
        if (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end))
            || !Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Lower case, one space between words, no surrounding marks. */
  static String normalised(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    boolean space = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '|' || c == '·' || c == '•') {
        if (!space) {
          sb.append(' ');
          space = true;
        }
      } else {
        sb.append(Character.toLowerCase(c));
        space = false;
      }
    }
    int end = sb.length();
    while (end > 0 && sb.charAt(end - 1) == ' ') {
      end--;
    }
    String s = sb.substring(0, end);
    int start = 0;
    while (start < s.length() && "#*_-".indexOf(s.charAt(start)) >= 0) {
      start++;
    }
    return s.substring(start).strip().toLowerCase(Locale.ROOT);
  }

  private static String withoutDigits(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      sb.append(Character.isDigit(c) ? '#' : c);
    }
    return sb.toString();
  }

  /** The words of a normalised text, which has one space between words and none at its ends. */
  private static int wordCount(String normalised) {
    if (normalised.isEmpty()) {
      return 0;
    }
    int words = 1;
    for (int i = 0; i < normalised.length(); i++) {
      if (normalised.charAt(i) == ' ') {
        words++;
      }
    }
    return words;
  }
}
