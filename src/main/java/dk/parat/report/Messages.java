package dk.parat.report;

import dk.parat.checklist.ItemKind;
import dk.parat.checklist.Status;
import dk.parat.scoring.Evidence;
import dk.parat.text.Lang;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The report's own words (not the checklist's) in one language. */
public final class Messages {

  private final Lang lang;
  private final ResourceBundle bundle;

  public Messages(Lang lang) {
    this.lang = lang;
    this.bundle = ResourceBundle.getBundle("dk.parat.report.messages", Locale.forLanguageTag(lang.code()),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public Lang lang() {
    return lang;
  }

  public String get(String key, Object... args) {
    String text = bundle.getString(key);
    return args.length == 0 ? text : new MessageFormat(text, Locale.ROOT).format(args);
  }

  public String status(Status status) {
    return get("status." + status.id());
  }

  public String kind(ItemKind kind) {
    return get("kind." + kind.id());
  }

  /** Why a mention found in the plan was not counted, from what it shows. */
  public String notCounted(Evidence.Role role) {
    return get("report.notCounted." + role.id());
  }
}
