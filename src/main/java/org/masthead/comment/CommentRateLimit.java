package org.masthead.comment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

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

    /**
     * Takes one of {@code address}'s sends in the window, if it has one left: the address's row in
     * {@code comment_sender} is locked (exclusively, until commit) while the sends are counted and this one recorded, so a burst
     * of posts sent at once to one node or several cannot pass the limit together. Answers the send, to
     * {@link #giveBack} when the comment was refused (a reader correcting a form is not counted twice).
     */
    public Optional<Send> take(String address) {
        String key = key(address);
        Timestamp now = Timestamp.from(Instant.now(clock));
        Timestamp since = Timestamp.from(now.toInstant().minus(config.window()));
        return QuarkusTransaction.requiringNew().call(() -> {
            // an upsert takes the row's exclusive lock at once, whether it inserts or finds it (INSERT IGNORE followed by
            // FOR UPDATE would take a shared lock first, and two sends would deadlock upgrading it)
            em.createNativeQuery("INSERT INTO comment_sender (address) VALUES (?1) ON DUPLICATE KEY UPDATE address = address")
                    .setParameter(1, key).executeUpdate();
            long sent = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM comment_send WHERE address = ?1 AND sent_at > ?2")
                    .setParameter(1, key).setParameter(2, since).getSingleResult()).longValue();
            if (sent >= config.perAddress()) {
                return Optional.<Send> empty();
            }
            em.createNativeQuery("INSERT INTO comment_send (address, sent_at) VALUES (?1, ?2)").setParameter(1, key)
                    .setParameter(2, now).executeUpdate();
            return Optional.of(new Send(key, now));
        });
    }

    /** A send taken from an address's allowance. */
    public record Send(String address, Timestamp at) {
    }

    /** Returns a send that kept nothing (a form sent back with its errors, an article not found). */
    public void giveBack(Send send) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "DELETE FROM comment_send WHERE address = ?1 AND sent_at = ?2 LIMIT 1").setParameter(1, send.address())
                .setParameter(2, send.at()).executeUpdate());
    }

    @Scheduled(every = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOld() {
        Timestamp before = Timestamp.from(Instant.now(clock).minus(config.window()));
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("DELETE FROM comment_send WHERE sent_at <= ?1").setParameter(1, before).executeUpdate();
                em.createNativeQuery("DELETE FROM comment_sender WHERE address NOT IN (SELECT address FROM comment_send)")
                        .executeUpdate();
            });
        } catch (RuntimeException e) {
            LOG.debugf("Old comment counts not deleted now: %s", e.getMessage());
        }
    }

    private static String key(String address) {
        return address == null ? "" : address.length() > 64 ? address.substring(0, 64) : address;
    }
}
