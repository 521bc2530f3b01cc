package org.masthead.comment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * How many comments each client address sent lately, in memory: enough to slow a flood from one
 * machine without a shared store (each instance of the app counts on its own). Behind a reverse
 * proxy the address is the proxy's unless quarkus.http.proxy.proxy-address-forwarding is set.
 */
@ApplicationScoped
public class CommentRateLimit {

    /** Past this many addresses, ones that have been quiet for a whole window are forgotten. */
    private static final int TIDY_AT = 10_000;
    /**
     * The most addresses remembered: a flood from more distinct addresses than this within one window
     * makes the counts start over rather than the memory grow (a few MB at most).
     */
    private static final int MOST_ADDRESSES = 100_000;

    private final Map<String, Deque<Instant>> sent = new ConcurrentHashMap<>();
    private final Clock clock;
    private final CommentConfig config;

    CommentRateLimit(Clock clock, CommentConfig config) {
        this.clock = clock;
        this.config = config;
    }

    /** Whether {@code address} may send another comment now. */
    public boolean allows(String address) {
        Instant since = Instant.now(clock).minus(config.window());
        Deque<Instant> times = sent.get(address);
        if (times == null) {
            return true;
        }
        synchronized (times) {
            times.removeIf(t -> !t.isAfter(since));
            return times.size() < config.perAddress();
        }
    }

    /** Counts a comment from {@code address} (also one a bot sent through the honeypot). */
    public void record(String address) {
        Instant now = Instant.now(clock);
        if (sent.size() >= TIDY_AT) {
            Instant since = now.minus(config.window());
            sent.values().removeIf(times -> {
                synchronized (times) {
                    return times.isEmpty() || !times.peekLast().isAfter(since);
                }
            });
            if (sent.size() >= MOST_ADDRESSES) {
                sent.clear();
            }
        }
        Deque<Instant> times = sent.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
            while (times.size() > config.perAddress()) {
                times.removeFirst();
            }
        }
    }
}
