package dk.parat.portfolio;

import java.util.concurrent.Semaphore;

/**
 * The heap a batch lets its plans take at once. Reading and scoring a plan holds about
 * {@link #COST_PER_BYTE} bytes of heap per byte of the file (its text, tokens, sentences and
 * index), so a few large plans on many threads can take more than the heap has, where a
 * thousand small ones never do. Each plan is admitted with its cost before it is read and gives
 * it back when it is scored; a plan waits while the others in flight leave too little, and a
 * plan that could not fit even alone is refused before it is read, as one row of the batch.
 */
final class MemoryBudget {

  /**
   * Heap held while a plan is read and scored, per byte of the file: measured as the largest
   * heap after a collection while scoring generated plans of 1 to 4 MiB (31–33), with room to spare.
   */
  static final long COST_PER_BYTE = 40;
  /** Heap kept for everything else: the compiled checklists, outcomes waiting their turn, the writers. */
  static final long RESERVED = 64L * 1024 * 1024;
  private static final int UNIT = 1024;

  private final long capacity;
  private final Semaphore units;

  /** @param heap the most heap the JVM will use ({@link Runtime#maxMemory}) */
  MemoryBudget(long heap) {
    this.capacity = Math.max(0, heap - RESERVED);
    this.units = new Semaphore((int) Math.min(Integer.MAX_VALUE, capacity / UNIT), true);
  }

  static MemoryBudget ofThisJvm() {
    return new MemoryBudget(Runtime.getRuntime().maxMemory());
  }

  /** The largest plan file the budget admits, in bytes. */
  long largestPlan() {
    return capacity / COST_PER_BYTE;
  }

  /** A plan's share of the heap, held until it is closed. */
  interface Admission extends AutoCloseable {
    @Override
    void close();
  }

  /** Waits until a plan of {@code bytes} fits beside those in flight, and takes its share. */
  Admission admit(long bytes) throws InterruptedException {
    int needed = (int) Math.min(Math.max(1, bytes * COST_PER_BYTE / UNIT), Math.max(1, capacity / UNIT));
    units.acquire(needed);
    return () -> units.release(needed);
  }
}
