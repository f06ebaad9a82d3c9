package org.sendpmo.adapters.cognito;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sendpmo.adapters.MovableClock;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * {@link PoolListing} on its own, with a counter for the pool: when it reads again, and what serves when Cognito
 * fails. (Against cognito-local, a failure after a good reading would mean stopping the server mid-test; the
 * reading is the listing's own contract, so a counter shows it plainly.)
 */
class PoolListingTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-24T09:00:00Z"));
    private final AtomicInteger readings = new AtomicInteger();
    private volatile boolean reachable = true;
    private final PoolListing<Integer> listing = new PoolListing<>(clock, "read the test pool", () -> {
        if (!reachable) {
            throw SdkClientException.create("Unable to execute HTTP request: Connection refused");
        }
        return readings.incrementAndGet();
    });

    @Test
    void oneReadingServesForAMinuteThenThePoolIsReadAgain() {
        assertEquals(1, listing.get());
        clock.advance(PoolListing.FRESH_FOR.minusSeconds(1));
        assertEquals(1, listing.get());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(2, listing.get());
    }

    @Test
    void whenCognitoFailsTheLastReadingServesAndItIsTriedAgainNextTime() {
        assertEquals(1, listing.get());
        reachable = false;
        clock.advance(PoolListing.FRESH_FOR);
        assertEquals(1, listing.get(), "the last reading");
        reachable = true;
        assertEquals(2, listing.get(), "not held as fresh: read as soon as Cognito answers");
    }

    @Test
    void withNoReadingTheFailureSaysWhatCouldNotBeRead() {
        reachable = false;
        IllegalStateException e = assertThrows(IllegalStateException.class, listing::get);
        assertEquals("Could not read the test pool: Unable to execute HTTP request: Connection refused", e.getMessage());
    }
}
