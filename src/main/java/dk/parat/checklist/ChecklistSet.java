package dk.parat.checklist;

import dk.parat.text.TextAnalyzer;
import java.util.List;

/** The checklists of one run, compiled together with the lexicon and the analyzer they share. */
public record ChecklistSet(List<CompiledChecklist> checklists, CompiledLexicon lexicon, TextAnalyzer analyzer) {}
