package org.sendpmo.adapters.cognito;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * What was last read from the user pool, kept for {@link #FRESH_FOR}: a page asks for each project or each
 * row in turn, and one reading serves them all, while a change made in Cognito is seen within a minute. If
 * Cognito cannot be reached, the last reading serves when there is one, so a passing fault stops nothing;
 * with none, the failure says what could not be read.
 */
final class PoolListing<T> {

    static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private final Clock clock;
    private final String what;
    private final Supplier<T> read;
    private volatile Reading<T> last;

    /**
     * @param what what is read, for the failure's message: "list the project leads in Cognito user pool …"
     */
    PoolListing(Clock clock, String what, Supplier<T> read) {
        this.clock = clock;
        this.what = what;
        this.read = read;
    }

    T get() {
        Reading<T> current = last;
        Instant now = clock.instant();
        if (current != null && now.isBefore(current.readAt().plus(FRESH_FOR))) {
            return current.value();
        }
        try {
            T value = read.get();
            last = new Reading<>(now, value);
            return value;
        } catch (SdkException e) {
            if (current != null) {
                return current.value();
            }
            throw new IllegalStateException("Could not " + what + ": " + e.getMessage(), e);
        }
    }

    private record Reading<T>(Instant readAt, T value) {
    }
}
