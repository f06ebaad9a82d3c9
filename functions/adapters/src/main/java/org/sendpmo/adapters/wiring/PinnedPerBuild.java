package org.sendpmo.adapters.wiring;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made from the programme office's reference lists, read when a build starts ({@link #pin}) and held for the
 * whole build, so an edit made during a build takes effect from the next. Before the first build it reads on demand.
 */
public class PinnedPerBuild<T> implements Supplier<T> {

    private final Supplier<T> read;
    private volatile T pinned;

    protected PinnedPerBuild(Supplier<T> read) {
        this.read = Objects.requireNonNull(read, "read");
    }

    /** Reads the lists again; called at the start of every build. */
    public void pin() {
        pinned = read.get();
    }

    @Override
    public T get() {
        T current = pinned;
        if (current == null) {
            pin();
            current = pinned;
        }
        return current;
    }
}
