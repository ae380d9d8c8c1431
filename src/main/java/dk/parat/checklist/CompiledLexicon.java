package dk.parat.checklist;

import dk.parat.text.Pattern;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lexicon ready for matching.
 *
 * @param negations folded words that negate their clause
 * @param coordinators folded words ("og") past which a negation before them does not reach
 * @param complementizers folded words ("at") that open a clause a negation before the comma reaches
 * @param placeholders folded texts that are only placeholders
 * @param notNames capitalised words that are no proper names
 * @param signals concreteness patterns by kind (role, activity, money, time)
 */
public record CompiledLexicon(
    Set<String> negations,
    List<Pattern> negationExceptions,
    List<Pattern> dismissals,
    Set<String> clauseConjunctions,
    Set<String> coordinators,
    Set<String> complementizers,
    Set<String> placeholders,
    Set<String> notNames,
    Map<String, List<Pattern>> signals) {}
