package dk.parat.checklist;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.List;

/** A fatal gap that caps the band whatever the average says. */
public record OverrideRule(String id, When when, String cap, Text reason) {

  /**
   * Fires when an item has one of the statuses: any of {@code items} when given, else any
   * item; with {@code critical} only critical items count.
   */
  public record When(
      @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> status,
      List<String> items,
      Boolean critical) {

    public When {
      status = status == null ? List.of() : List.copyOf(status);
      items = items == null ? List.of() : List.copyOf(items);
    }
  }
}
