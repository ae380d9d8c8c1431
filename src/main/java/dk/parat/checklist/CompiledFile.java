package dk.parat.checklist;

import java.util.Set;

/**
 * One checklist file or the lexicon, compiled, with the Danish stems its patterns look for
 * inside compound words: a run's analyzer must know the stems of every file it scores with.
 */
record CompiledFile<T>(T compiled, Set<String> compoundStems) {}
