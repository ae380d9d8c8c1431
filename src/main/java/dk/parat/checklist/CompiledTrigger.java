package dk.parat.checklist;

import dk.parat.text.Pattern;
import java.util.List;

/**
 * One kind of context's triggers, compiled.
 *
 * @param sentenceReach whether a trigger before a match reaches to the end of the sentence
 *     (else to the end of its clause)
 * @param afterWindow words after a match within which a trigger after it still governs it
 * @param questions whether a question is of this kind as a whole
 */
public record CompiledTrigger(ContextKind kind, boolean sentenceReach, int afterWindow, List<Pattern> before,
    List<Pattern> after, List<Pattern> ends, boolean questions) {}
