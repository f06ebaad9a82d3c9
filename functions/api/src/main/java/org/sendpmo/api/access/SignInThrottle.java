package org.sendpmo.api.access;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@code max-failures} failed sign-ins for one username, or
 * {@code max-failures-per-address} from one address (higher: an office shares one), within
 * {@code window}, further attempts are refused until the oldest failure leaves the window. Kept in memory: the local run is one process; in AWS Cognito throttles sign-in itself.
 */
@Singleton
public class SignInThrottle {

    private final int maxFailures;
    private final int maxFailuresPerAddress;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public SignInThrottle(@Value("${assurance.sign-in.max-failures:5}") int maxFailures,
                          @Value("${assurance.sign-in.max-failures-per-address:50}") int maxFailuresPerAddress,
                          @Value("${assurance.sign-in.window:15m}") Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.window = window;
        this.clock = clock;
    }

    /** @return how long until another attempt is allowed for this username or address; zero when allowed now */
    public Duration waitBefore(String username, String address) {
        Instant now = clock.instant();
        Duration byUser = waitFor("user:" + normal(username), maxFailures, now);
        Duration byAddress = waitFor("addr:" + address, maxFailuresPerAddress, now);
        return byUser.compareTo(byAddress) >= 0 ? byUser : byAddress;
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        add("user:" + normal(username), now);
        add("addr:" + address, now);
    }

    /** A successful sign-in clears the username's failures (not the address's: one address may serve many). */
    public void succeeded(String username) {
        failures.remove("user:" + normal(username));
    }

    private Duration waitFor(String key, int max, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            prune(times, now);
            return times.size() < max ? Duration.ZERO : Duration.between(now, times.peekFirst().plus(window));
        }
    }

    private void add(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
            times.removeFirst();
        }
    }

    private static String normal(String username) {
        return username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
