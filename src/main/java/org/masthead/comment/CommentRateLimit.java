package org.masthead.comment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * How many comments each client address sent within the window ({@code masthead.comments.*}), kept in MariaDB
 * ({@code comment_send}) so that the limit is one for all app nodes rather than one per node. Old rows are deleted
 * as they leave the window.
 */
@ApplicationScoped
public class CommentRateLimit {

    private static final Logger LOG = Logger.getLogger(CommentRateLimit.class);

    private final EntityManager em;
    private final Clock clock;
    private final CommentConfig config;

    CommentRateLimit(EntityManager em, Clock clock, CommentConfig config) {
        this.em = em;
        this.clock = clock;
        this.config = config;
    }

    /** Whether {@code address} may send another comment now. */
    public boolean allows(String address) {
        Timestamp since = Timestamp.from(Instant.now(clock).minus(config.window()));
        long sent = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM comment_send WHERE address = ?1 AND sent_at > ?2").setParameter(1, key(address))
                .setParameter(2, since).getSingleResult()).longValue());
        return sent < config.perAddress();
    }

    /** Counts a comment from {@code address} (also one a bot sent through the honeypot). */
    public void record(String address) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("INSERT INTO comment_send (address, sent_at) VALUES (?1, ?2)")
                .setParameter(1, key(address)).setParameter(2, now).executeUpdate());
    }

    @Scheduled(every = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOld() {
        Timestamp before = Timestamp.from(Instant.now(clock).minus(config.window()));
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM comment_send WHERE sent_at <= ?1")
                    .setParameter(1, before).executeUpdate());
        } catch (RuntimeException e) {
            LOG.debugf("Old comment counts not deleted now: %s", e.getMessage());
        }
    }

    private static String key(String address) {
        return address == null ? "" : address.length() > 64 ? address.substring(0, 64) : address;
    }
}
