package org.sendpmo.adapters.s3;

import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs blocking requests on a pool of its own, never more than {@code limit} at once, and hands each result to
 * {@code onResult} on the thread that submits (so the consumer needs no locking). The first failure is thrown
 * to the submitter as it was thrown by the request (same type, same message); {@link #close} then cancels what
 * is still in flight and waits for the pool's threads to end.
 *
 * <p>Not thread-safe: one submitting thread, in a try-with-resources block.
 */
final class BoundedRequests<T> implements AutoCloseable {

    /** Long enough for a request in flight at a failure to end by the HTTP client's own socket timeout. */
    private static final long CLOSE_WAIT_SECONDS = 60;

    private final int limit;
    private final Consumer<T> onResult;
    private final ExecutorService pool;
    private final CompletionService<T> completed;
    private int inFlight;

    BoundedRequests(int limit, String threadName, Consumer<T> onResult) {
        if (limit < 1) {
            throw new IllegalArgumentException("The number of requests in flight must be at least 1, was " + limit);
        }
        this.limit = limit;
        this.onResult = onResult;
        // Threads are made as requests arrive, so a small build starts no more threads than it has files.
        this.pool = Executors.newFixedThreadPool(limit, daemonThreads(threadName));
        this.completed = new ExecutorCompletionService<>(pool);
    }

    /**
     * Starts a request, first waiting for one in flight to end when {@code limit} are; a failure of that one
     * is thrown here.
     */
    void submit(Supplier<T> request) {
        if (inFlight == limit) {
            takeOne();
        }
        completed.submit(request::get);
        inFlight++;
    }

    /** Waits for every request in flight; throws the first failure. */
    void awaitAll() {
        while (inFlight > 0) {
            takeOne();
        }
    }

    private void takeOne() {
        Future<T> done;
        try {
            done = completed.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for S3 requests", e);
        }
        inFlight--;
        onResult.accept(resultOf(done));
    }

    private static <T> T resultOf(Future<T> done) {
        try {
            return done.get(); // already done: never blocks
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause.getMessage(), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for S3 requests", e);
        }
    }

    /**
     * Cancels the requests still in flight (there are some only after a failure: the SDK gives up a request
     * whose thread is interrupted, at the latest when its socket read ends) and waits for the threads to end.
     */
    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Named for thread dumps; daemons, so a request stuck past {@link #close} never keeps the JVM alive. */
    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
