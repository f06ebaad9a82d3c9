package org.sendpmo.adapters.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Parallel work over pages, taken in page order with a bounded number of results held. */
class InOrderBatchesTest {

    private final List<Integer> items = IntStream.range(0, 1000).boxed().toList();

    @Test
    void resultsAreTakenInTheItemsOrderWhateverOrderTheyFinishIn() {
        List<String> taken = new ArrayList<>();
        InOrderBatches.run(items, i -> {
            if (i % 7 == 0) {
                sleep(); // some items finish late, so later ones in the batch finish first
            }
            return "page " + i;
        }, taken::add);
        assertEquals(items.stream().map(i -> "page " + i).toList(), taken);
    }

    @Test
    void noMoreThanABatchOfResultsIsHeldAtOnce() {
        AtomicInteger worked = new AtomicInteger();
        AtomicInteger mostHeld = new AtomicInteger();
        List<Integer> taken = new ArrayList<>();
        InOrderBatches.run(items, i -> {
            worked.incrementAndGet();
            return i;
        }, i -> {
            mostHeld.accumulateAndGet(worked.get() - taken.size(), Math::max);
            taken.add(i);
        });
        assertEquals(items.size(), taken.size());
        assertTrue(mostHeld.get() <= InOrderBatches.BATCH, "held " + mostHeld.get());
    }

    @Test
    void aFailingItemFailsTheRunWithItsOwnErrorAndLaterBatchesAreNotStarted() {
        AtomicInteger worked = new AtomicInteger();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> InOrderBatches.run(items, i -> {
            worked.incrementAndGet();
            if (i == 5) {
                throw new IllegalStateException("Could not render page 5");
            }
            return i;
        }, i -> { }));
        assertEquals("Could not render page 5", e.getMessage());
        assertTrue(worked.get() <= InOrderBatches.BATCH, "worked " + worked.get());
    }

    private static void sleep() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
