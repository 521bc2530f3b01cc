package org.masthead.mail;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Every message goes through the outbox table: written in the transaction that causes it (a rolled-back submit sends
 * nothing), then sent by {@link MailSender} on whichever node claims it, retried with backoff while the SMTP server
 * refuses or is away, kept across restarts, and listed for admins. With no SMTP server configured
 * (QUARKUS_MAILER_HOST unset) nothing is queued, and the start says so once.
 */
@ApplicationScoped
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class);

    private final EntityManager em;
    private final Clock clock;
    private final boolean enabled;
    private final boolean hasSender;

    Outbox(EntityManager em, Clock clock, Config config) {
        this.em = em;
        this.clock = clock;
        this.enabled = configured(config, "quarkus.mailer.host");
        this.hasSender = config.getOptionalValue("quarkus.mailer.from", String.class).isPresent();
    }

    /** Set by a configuration source of its own, not left to the extension's default. */
    private static boolean configured(Config config, String name) {
        var value = config.getConfigValue(name);
        return value.getValue() != null && value.getSourceName() != null && !value.getSourceName().startsWith("DefaultValues")
                && !value.getSourceName().contains("default values");
    }

    void start(@Observes StartupEvent started) {
        if (!enabled) {
            LOG.info("No SMTP server is configured (QUARKUS_MAILER_HOST): Masthead sends no email");
        } else if (!hasSender) {
            LOG.warn("QUARKUS_MAILER_FROM is not set: most SMTP servers refuse mail without a sender; the outbox will show why");
        }
    }

    public boolean enabled() {
        return enabled;
    }

    /** Queues a message to {@code to}, in the caller's transaction. */
    public void queue(String kind, String to, String subject, String text, Long itemId) {
        if (!enabled) {
            return;
        }
        LocalDateTime now = LocalDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
        em.createNativeQuery("INSERT INTO mail_message (kind, recipient, subject, text_body, item_id, status, next_attempt_at,"
                + " created_at) VALUES (?1, ?2, ?3, ?4, ?5, 'QUEUED', ?6, ?6)").setParameter(1, kind).setParameter(2, to)
                .setParameter(3, subject.length() > 500 ? subject.substring(0, 499) + "…" : subject).setParameter(4, text)
                .setParameter(5, itemId).setParameter(6, now).executeUpdate();
    }

    /** A message as admins see it on /admin/site/mail. */
    public record Message(long id, String kind, String recipient, String subject, String status, int attempts, String lastError,
            Instant createdAt, Instant sentAt, Instant nextAttemptAt) {
    }

    /** The newest {@code limit} messages, and how many there are in each status. */
    public record Overview(List<Message> messages, Map<String, Long> counts) {
    }

    @Transactional
    public Overview overview(int limit) {
        List<?> rows = em.createNativeQuery("SELECT id, kind, recipient, subject, status, attempts, last_error, created_at, sent_at,"
                + " next_attempt_at FROM mail_message ORDER BY id DESC LIMIT ?1").setParameter(1, limit).getResultList();
        List<Message> messages = rows.stream().map(row -> {
            Object[] c = (Object[]) row;
            return new Message(((Number) c[0]).longValue(), (String) c[1], (String) c[2], (String) c[3], (String) c[4],
                    ((Number) c[5]).intValue(), (String) c[6], instant(c[7]), instant(c[8]), instant(c[9]));
        }).toList();
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (String status : List.of("QUEUED", "SENDING", "SENT", "FAILED")) {
            counts.put(status, 0L);
        }
        for (Object row : em.createNativeQuery("SELECT status, COUNT(*) FROM mail_message GROUP BY status").getResultList()) {
            Object[] c = (Object[]) row;
            counts.put((String) c[0], ((Number) c[1]).longValue());
        }
        return new Overview(messages, counts);
    }

    /** Sends a failed message again, from its first attempt. */
    @Transactional
    public boolean retry(long id) {
        return em.createNativeQuery("UPDATE mail_message SET status = 'QUEUED', attempts = 0, next_attempt_at = ?1"
                + " WHERE id = ?2 AND status = 'FAILED'").setParameter(1, LocalDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC))
                .setParameter(2, id).executeUpdate() == 1;
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        return ((LocalDateTime) value).toInstant(ZoneOffset.UTC);
    }
}
