package org.masthead.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Sends what the outbox holds: a node claims due messages ({@code FOR UPDATE SKIP LOCKED}, so two nodes never claim the
 * same), sends each outside any transaction and records the outcome. A failure is tried again after 30 s, 1 min, 2 min …
 * (up to an hour apart) until {@code masthead.mail.max-attempts}; a node that died while sending leaves its claims, which
 * are taken up again after ten minutes (the one case where a message may reach someone twice).
 */
@ApplicationScoped
class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);
    private static final int BATCH = 20;

    private final EntityManager em;
    private final Mailer mailer;
    private final Outbox outbox;
    private final MailConfig config;
    private final Clock clock;

    MailSender(EntityManager em, Mailer mailer, Outbox outbox, MailConfig config, Clock clock) {
        this.em = em;
        this.mailer = mailer;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    private record Due(long id, String recipient, String subject, String text, int attempts) {
    }

    @Scheduled(every = "${masthead.mail.send-every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, delayed = "2s")
    void sendDue() {
        if (!outbox.enabled()) {
            return;
        }
        List<Due> due;
        try {
            due = QuarkusTransaction.requiringNew().call(this::claim);
        } catch (RuntimeException e) {
            LOG.debugf("No mail claimed now: %s", e.getMessage());
            return;
        }
        for (Due message : due) {
            try {
                mailer.send(Mail.withText(message.recipient(), message.subject(), message.text()));
                QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE mail_message SET status = 'SENT',"
                        + " sent_at = ?1, attempts = attempts + 1, last_error = NULL WHERE id = ?2").setParameter(1, now())
                        .setParameter(2, message.id()).executeUpdate());
            } catch (RuntimeException e) {
                failed(message, e);
            }
        }
    }

    private List<Due> claim() {
        LocalDateTime now = now();
        em.createNativeQuery("UPDATE mail_message SET status = 'QUEUED' WHERE status = 'SENDING' AND claimed_at < ?1")
                .setParameter(1, now.minusMinutes(10)).executeUpdate();
        List<?> rows = em.createNativeQuery("SELECT id, recipient, subject, text_body, attempts FROM mail_message"
                + " WHERE status = 'QUEUED' AND next_attempt_at <= ?1 ORDER BY id LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, now).getResultList();
        List<Due> due = rows.stream().map(row -> {
            Object[] c = (Object[]) row;
            return new Due(((Number) c[0]).longValue(), (String) c[1], (String) c[2], (String) c[3], ((Number) c[4]).intValue());
        }).toList();
        for (Due message : due) {
            em.createNativeQuery("UPDATE mail_message SET status = 'SENDING', claimed_at = ?1 WHERE id = ?2").setParameter(1, now)
                    .setParameter(2, message.id()).executeUpdate();
        }
        return due;
    }

    private void failed(Due message, RuntimeException e) {
        int attempts = message.attempts() + 1;
        String error = String.valueOf(e.getMessage() == null ? e : e.getMessage());
        boolean last = attempts >= config.maxAttempts();
        Duration wait = config.firstRetry().multipliedBy(1L << Math.min(attempts - 1, 20));
        if (wait.compareTo(Duration.ofHours(1)) > 0) {
            wait = Duration.ofHours(1);
        }
        LocalDateTime next = now().plus(wait);
        LOG.warnf("Mail %d to %s not sent (attempt %d of %d%s): %s", message.id(), message.recipient(), attempts,
                config.maxAttempts(), last ? ", given up" : ", again at " + next + " UTC", error);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE mail_message SET status = ?1, attempts = ?2,"
                + " next_attempt_at = ?3, last_error = ?4 WHERE id = ?5").setParameter(1, last ? "FAILED" : "QUEUED")
                .setParameter(2, attempts).setParameter(3, next)
                .setParameter(4, error.length() > 1000 ? error.substring(0, 1000) : error).setParameter(5, message.id())
                .executeUpdate());
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
    }
}
