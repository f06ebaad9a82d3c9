package org.sendpmo.adapters.render;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Work on many items spread over every core, with its results taken in the items' order: a batch of items is
 * worked in parallel (a parallel stream, on the common pool and the calling thread), then its results are handed
 * on one by one before the next batch starts. The order keeps a build's output the same on any machine, and the
 * batch bounds how many results the heap holds at once (a 10,000-project pack never has all its pages in memory).
 */
final class InOrderBatches {

    /** Enough items a batch to keep two cores busy between hand-overs, few enough that their pages stay small. */
    static final int BATCH = 128;

    private InOrderBatches() {
    }

    /**
     * @throws RuntimeException the first item's failure, in the items' order, as the work threw it (a parallel stream
     *                          would rethrow a worker's exception wrapped in a new one, changing the message a build
     *                          failure shows)
     */
    static <T, R> void run(List<T> items, Function<T, R> work, Consumer<R> takeInOrder) {
        for (int from = 0; from < items.size(); from += BATCH) {
            List<Outcome<R>> outcomes = items.subList(from, Math.min(items.size(), from + BATCH)).parallelStream()
                    .map(item -> Outcome.of(work, item)).toList();
            for (Outcome<R> outcome : outcomes) {
                takeInOrder.accept(outcome.result());
            }
        }
    }

    private record Outcome<R>(R value, RuntimeException failure) {

        static <T, R> Outcome<R> of(Function<T, R> work, T item) {
            try {
                return new Outcome<>(work.apply(item), null);
            } catch (RuntimeException e) {
                return new Outcome<>(null, e);
            }
        }

        R result() {
            if (failure != null) {
                throw failure;
            }
            return value;
        }
    }
}
