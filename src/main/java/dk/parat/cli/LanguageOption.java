package dk.parat.cli;

import dk.parat.text.Lang;
import picocli.CommandLine.Option;

/** {@code --lang} for commands that show checklist texts: Danish unless told otherwise. */
final class LanguageOption {

  @Option(names = {"-l", "--lang"}, paramLabel = "da|en", completionCandidates = Languages.Codes.class, defaultValue = "da",
      description = "Language of the texts: da or en. Default: ${DEFAULT-VALUE}.")
  String lang;

  Lang lang() {
    return Languages.parse(lang);
  }
}
