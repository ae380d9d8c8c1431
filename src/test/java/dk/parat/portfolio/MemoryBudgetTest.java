package dk.parat.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** How much of the heap plans in flight may take (issue 12, finding 7). */
class MemoryBudgetTest {

  private static final long MIB = 1024 * 1024;

  @Test
  void the_largest_plan_follows_from_the_heap() {
    assertThat(new MemoryBudget(256 * MIB).largestPlan()).isEqualTo((256 - 64) * MIB / MemoryBudget.COST_PER_BYTE);
    assertThat(new MemoryBudget(32 * MIB).largestPlan()).isZero();
  }

  @Test
  void a_plan_waits_while_those_in_flight_leave_too_little() throws Exception {
    MemoryBudget budget = new MemoryBudget(256 * MIB);
    MemoryBudget.Admission first = budget.admit(3 * MIB);
    CountDownLatch admitted = new CountDownLatch(1);
    Thread second = new Thread(() -> {
      try (MemoryBudget.Admission a = budget.admit(3 * MIB)) {
        admitted.countDown();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    second.start();
    assertThat(admitted.await(200, TimeUnit.MILLISECONDS)).isFalse();
    first.close();
    assertThat(admitted.await(10, TimeUnit.SECONDS)).isTrue();
    second.join();
    try (MemoryBudget.Admission small = budget.admit(1024); MemoryBudget.Admission more = budget.admit(1024)) {
      assertThat(small).isNotNull();
      assertThat(more).isNotNull();
    }
  }
}
