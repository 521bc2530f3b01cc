package org.masthead.web.site;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;
import org.masthead.shared.Edition;
import org.masthead.shared.PublicChange;
import org.masthead.web.site.read.ReaderDataSources;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

/**
 * How the page caches of several app nodes stay one: every change readers see is also written to
 * {@code public_change_log} in its own transaction, and each node reads, twice a second, the rows other nodes wrote in
 * the last {@value #WINDOW_SECONDS} seconds and drops the pages of their editions. Reading a window of time rather
 * than "after the last id" catches a row whose transaction committed after a later one's. One node needs nothing
 * more: it reads its own rows and skips them.
 */
@ApplicationScoped
public class ChangeFeed {

    private static final Logger LOG = Logger.getLogger(ChangeFeed.class);
    static final int WINDOW_SECONDS = 30;

    /** This process among the nodes sharing the database. */
    private final String node = UUID.randomUUID().toString();
    /** Rows of other nodes already applied, with when they were seen, forgotten once out of the window. */
    private final Map<Long, Instant> applied = new ConcurrentHashMap<>();
    private final EntityManager em;
    private final PageCache cache;
    private final ReaderDataSources readers;

    ChangeFeed(EntityManager em, PageCache cache, ReaderDataSources readers) {
        this.em = em;
        this.cache = cache;
        this.readers = readers;
    }

    /** Writes the change beside the data it is about, in the same transaction when there is one. */
    void record(@Observes PublicChange change) {
        Runnable insert = () -> em.createNativeQuery("INSERT INTO public_change_log (node, languages, reason, item_id, created_at)"
                + " VALUES (?1, ?2, ?3, ?4, NOW(6))").setParameter(1, node)
                .setParameter(2, change.languages().stream().sorted().collect(Collectors.joining(",")))
                .setParameter(3, change.reason().length() > 300 ? change.reason().substring(0, 300) : change.reason())
                .setParameter(4, change.item())
                .executeUpdate();
        if (QuarkusTransaction.isActive()) {
            insert.run();
        } else {
            QuarkusTransaction.requiringNew().run(insert);
        }
    }

    @Scheduled(every = "${masthead.cache.follow-every:0.5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "1s")
    void follow() {
        List<Object[]> rows;
        try {
            rows = QuarkusTransaction.requiringNew().call(() -> castRows(em.createNativeQuery(
                    "SELECT id, languages, reason, item_id FROM public_change_log WHERE created_at >= NOW(6) - INTERVAL " + WINDOW_SECONDS
                            + " SECOND AND node <> ?1 ORDER BY id").setParameter(1, node).getResultList()));
        } catch (RuntimeException e) {
            LOG.debugf("Other nodes' changes not read now: %s", e.getMessage());
            return;
        }
        Instant now = Instant.now();
        if (rows.stream().anyMatch(row -> !applied.containsKey(((Number) row[0]).longValue()))) {
            // before any page goes: what is rendered next must not come from a replica without these changes
            readers.requireCurrent();
        }
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            if (applied.putIfAbsent(id, now) == null) {
                Set<String> languages = Arrays.stream(((String) row[1]).split(",")).filter(Edition::isKnown).collect(Collectors.toSet());
                cache.changedElsewhere(new PublicChange(languages, row[3] == null ? null : ((Number) row[3]).longValue(),
                        (String) row[2]));
            }
        }
        applied.values().removeIf(seen -> seen.isBefore(now.minus(Duration.ofSeconds(2L * WINDOW_SECONDS))));
    }

    @Scheduled(every = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOldRows() {
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "DELETE FROM public_change_log WHERE created_at < NOW(6) - INTERVAL 1 HOUR").executeUpdate());
        } catch (RuntimeException e) {
            LOG.debugf("Old change rows not deleted now: %s", e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> castRows(List<?> rows) {
        return (List<Object[]>) rows;
    }
}
