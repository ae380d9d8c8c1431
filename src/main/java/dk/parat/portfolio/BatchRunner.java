package dk.parat.portfolio;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Does the work for each element of a list on several threads and hands the results on one at
 * a time, in the order of the list, whatever order the threads finish in. Only a few elements
 * are in flight at once, so memory does not grow with the length of the list.
 */
public final class BatchRunner {

  /** Elements in flight per thread: enough to keep every thread busy while the first in line is slow. */
  private static final int IN_FLIGHT_PER_THREAD = 4;

  private final int threads;

  public BatchRunner(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    this.threads = threads;
  }

  /**
   * Applies {@code work} to every element and gives each result to {@code sink} on the calling
   * thread, in list order. {@code work} must not throw: it turns failures into results.
   */
  public <T, R> void run(List<T> elements, Function<T, R> work, Consumer<R> sink) throws InterruptedException {
    AtomicInteger number = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "parat-batch-" + number.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<Future<R>> inFlight = new ArrayDeque<>();
      int next = 0;
      int window = threads * IN_FLIGHT_PER_THREAD;
      while (next < elements.size() && inFlight.size() < window) {
        T element = elements.get(next++);
        inFlight.add(pool.submit(() -> work.apply(element)));
      }
      while (!inFlight.isEmpty()) {
        R result = result(inFlight.poll());
        if (next < elements.size()) {
          T element = elements.get(next++);
          inFlight.add(pool.submit(() -> work.apply(element)));
        }
        sink.accept(result);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> R result(Future<R> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("the work threw instead of returning its failure", e.getCause());
    }
  }
}
