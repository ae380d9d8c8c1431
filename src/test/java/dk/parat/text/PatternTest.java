package dk.parat.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PatternTest {

  /** Compiles the patterns first, so the analyzer knows their stems as compound parts, as the loader does. */
  private static boolean matches(String pattern, Lang lang, String sentence) throws PatternSyntaxException {
    PatternCompiler compiler = new PatternCompiler();
    Pattern p = compiler.compile(pattern, lang);
    TextAnalyzer analyzer = new TextAnalyzer(new WordFormFactory(compiler.compoundStems()), Set.of("men", "but"));
    return !p.matches(analyzer.tokens(sentence)).isEmpty();
  }

  private static boolean da(String pattern, String sentence) throws PatternSyntaxException {
    return matches(pattern, Lang.DA, sentence);
  }

  @Test
  void a_word_matches_its_danish_inflections() throws Exception {
    assertThat(da("inddragelse", "Inddragelsen af medarbejderne sker i januar.")).isTrue();
    assertThat(da("inddragelse", "Vi inddrager teamet.")).isTrue();
    assertThat(da("superbruger", "Superbrugerne mødes ugentligt.")).isTrue();
    assertThat(da("førstelinjeleder", "Førstelinjeledernes rolle er central.")).isTrue();
  }

  @Test
  void a_word_matches_inside_compounds_first_inside_and_last() throws Exception {
    assertThat(da("inddragelse", "Medarbejderinddragelsen starter tidligt.")).isTrue();
    assertThat(da("pilot", "Pilotafprøvningen varer tre måneder.")).isTrue();
    assertThat(da("gevinstrealisering", "Gevinstrealiseringsplanen godkendes.")).isTrue();
    assertThat(da("pilot", "Pladsen er tom.")).isFalse();
  }

  @Test
  void a_phrase_word_before_the_last_does_not_match_the_first_part_of_a_compound() throws Exception {
    // A compound it begins is another thing: a group, not the project; a service, not the citizen.
    assertThat(da("projektets repræsentanter", "Projektgruppens medarbejderrepræsentanter mødes.")).isFalse();
    assertThat(da("borgerens behov", "Borgerservicens behov er afdækket.")).isFalse();
    // Inflected, or the head of a compound, it is still the thing the phrase names.
    assertThat(da("projektets repræsentanter", "Hovedprojektets repræsentanter mødes.")).isTrue();
    assertThat(da("projektets repræsentanter", "Projektets medarbejderrepræsentanter mødes.")).isTrue();
    assertThat(da("borgerens behov", "Den enkelte borgers behov er afdækket.")).isTrue();
    // The last word of a phrase, like a word alone, may begin a compound.
    assertThat(da("projektets repræsentanter", "Projektets repræsentantskab mødes.")).isTrue();
  }

  @Test
  void an_exact_word_does_not_match_inside_compounds() throws Exception {
    assertThat(da("=mål", "Målgruppen er borgere over 65.")).isFalse();
    assertThat(da("=mål", "Målene er prioriteret.")).isTrue();
  }

  @Test
  void a_written_word_matches_only_as_written() throws Exception {
    assertThat(da("==alle", "Alle teams deltager.")).isTrue();
    assertThat(da("==alle", "Det er allerede besluttet.")).isFalse();
    assertThat(da("==før", "Det sker før jul.")).isTrue();
    assertThat(da("==før", "Det sker for os.")).isFalse();
  }

  @Test
  void aa_is_read_as_å_and_diacritics_keep_danish_words_apart() throws Exception {
    assertThat(da("målgruppe", "Maalgruppen er hjemmeplejen.")).isTrue();
    assertThat(da("før", "Det gælder for alle.")).isFalse();
    assertThat(da("før", "Det sker før udrulningen.")).isTrue();
    assertThat(da("får", "Hans far kommer.")).isFalse();
    assertThat(da("forandringsagent", "Forandringsagenterne er udpeget.")).isTrue();
  }

  @Test
  void an_acronym_matches_only_in_capitals_so_med_is_never_a_stop_word() throws Exception {
    assertThat(da("MED udvalg", "Planen drøftes i MED-udvalget i marts.")).isTrue();
    assertThat(da("MED udvalg", "Vi taler med udvalget om det.")).isFalse();
    assertThat(da("med", "Vi taler med udvalget.")).isTrue();
  }

  @Test
  void wildcards_work_on_the_written_word_not_the_stem() throws Exception {
    assertThat(da("projektleder*", "Projektlederen hedder Mette.")).isTrue();
    assertThat(da("*leder", "Teamleder Ole følger op.")).isTrue();
    assertThat(da("*leder*", "Teamlederne følger op.")).isTrue();
    assertThat(da("co-creat*", "We use co-creation workshops.")).isTrue();
  }

  @Test
  void same_sentence_and_proximity() throws Exception {
    assertThat(da("pilot & evaluering", "Piloten afsluttes med en grundig evaluering i maj.")).isTrue();
    assertThat(da("pilot ~2 evaluering", "Piloten afsluttes med en grundig evaluering i maj.")).isFalse();
    assertThat(da("pilot ~4 evaluering", "Piloten afsluttes med en grundig evaluering i maj.")).isTrue();
    assertThat(da("pilot & evaluering", "Piloten afsluttes i maj.")).isFalse();
  }

  @Test
  void groups_of_alternatives() throws Exception {
    String p = "(andre kommuner | nabokommune) & (anderledes | forskel)";
    assertThat(da(p, "Vores forhold er anderledes end i nabokommunen.")).isTrue();
    assertThat(da(p, "Hos andre kommuner er der en forskel på bemandingen.")).isTrue();
    assertThat(da(p, "Nabokommunen har gode erfaringer.")).isFalse();
  }

  @Test
  void english_patterns_use_the_english_stemmer() throws Exception {
    assertThat(matches("super user", Lang.EN, "Two super users per team were appointed.")).isTrue();
    assertThat(matches("involve & early", Lang.EN, "Staff were involved early in March.")).isTrue();
  }

  @Test
  void bad_patterns_are_refused_with_what_to_do() {
    PatternCompiler c = new PatternCompiler();
    assertThatThrownBy(() -> c.compile("a &", Lang.DA)).hasMessageContaining("nothing on one side");
    assertThatThrownBy(() -> c.compile("-a", Lang.DA)).hasMessageContaining("only exclusions");
    assertThatThrownBy(() -> c.compile("a -b & c", Lang.DA)).hasMessageContaining("an exclusion");
    assertThatThrownBy(() -> c.compile("(a | b", Lang.DA)).hasMessageContaining("never closed");
    assertThatThrownBy(() -> c.compile("pi*lot", Lang.DA)).hasMessageContaining("only at a word's ends");
    assertThatThrownBy(() -> c.compile("  ", Lang.DA)).hasMessageContaining("empty pattern");
    assertThatThrownBy(() -> c.compile("a | b", Lang.DA)).hasMessageContaining("inside '( … )'");
  }

  @Test
  void each_gap_keeps_its_own_distance_when_and_and_near_are_mixed() throws Exception {
    PatternCompiler compiler = new PatternCompiler();
    Pattern p = compiler.compile("budget & borger ~2 møde", Lang.DA);
    TextAnalyzer analyzer = new TextAnalyzer(new WordFormFactory(compiler.compoundStems()), Set.of());
    assertThat(p.matches(analyzer.tokens("Budgettet blev lagt, før borgerne holdt et møde."))).hasSize(1);
    assertThat(p.matches(analyzer.tokens("Budgettet blev lagt, før borgerne i byen holdt så et møde."))).isEmpty();
  }

  @Test
  void a_match_reports_the_words_it_used() throws Exception {
    PatternCompiler compiler = new PatternCompiler();
    Pattern p = compiler.compile("business case", Lang.DA);
    TextAnalyzer analyzer = new TextAnalyzer(new WordFormFactory(compiler.compoundStems()), Set.of());
    List<Pattern.Match> found = p.matches(analyzer.tokens("Vi opdaterer business casen hvert kvartal."));
    assertThat(found).hasSize(1);
    assertThat(found.get(0).first()).isEqualTo(2);
    assertThat(found.get(0).last()).isEqualTo(3);
  }

  /** "forrige" and "allerede" stem to "for" and "all": alone, they would find every "for" and "alle". */
  @Test
  void a_word_alone_that_stems_like_a_function_word_is_refused_with_the_written_form_to_use() throws Exception {
    PatternCompiler compiler = new PatternCompiler();
    assertThatThrownBy(() -> compiler.compile("(forrige | sidste) ~6 projekt", Lang.DA))
        .isInstanceOf(PatternSyntaxException.class)
        .hasMessageContaining("'forrige' has the stem of 'for'").hasMessageContaining("'==forrige'");
    assertThatThrownBy(() -> compiler.compile("allerede & anvendt", Lang.DA)).hasMessageContaining("'==allerede'");
    assertThat(da("==forrige ~6 projekt", "Det forrige projekt gik fint.")).isTrue();
    assertThat(da("==forrige ~6 projekt", "Det er for projektet.")).isFalse();
    assertThat(da("den forrige", "Den forrige version kørte i ti år.")).isTrue();
    assertThat(da("for", "Det gælder for alle.")).isTrue();
  }
}
