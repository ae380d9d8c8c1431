package dk.parat.answers;

import dk.parat.checklist.Status;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * What the consultant and the project team settled on one item in an interview.
 *
 * @param status the consultant's status, or null when the answer is a note alone and parat's verdict stands
 * @param note what was said, or null
 * @param by who gave the answer
 * @param at when it was given, to the second
 * @param planDigest the plan's SHA-256 when the answer was given, or null when a person wrote the answer
 *     without one; a different digest means the plan changed since
 * @param line the answer's line in its file, for messages; 0 for an answer not read from a file
 */
public record Answer(String item, Status status, String note, String by, OffsetDateTime at, String planDigest, int line) {

  public Answer {
    at = at.truncatedTo(ChronoUnit.SECONDS);
  }

  /** {@code at} as written in the file and the reports: 2025-03-04T10:15:30+01:00. */
  public String timestamp() {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at);
  }

  /** Whether the plan may have changed since the answer: it was given on other content, or on unknown content. */
  public boolean staleFor(String digest) {
    return planDigest == null || !planDigest.equals(digest);
  }

  public Answer withDigest(String digest) {
    return new Answer(item, status, note, by, at, digest, line);
  }
}
