package org.masthead.wordpress;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** What earlier imports of a source made, by WordPress id (table wordpress_import_key). */
@ApplicationScoped
class ImportKeys {

    /** What an earlier import made of one WordPress object. */
    record Key(long targetId, String wpModified, Integer revision) {
    }

    private final EntityManager em;
    private final Clock clock;

    ImportKeys(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    Optional<Key> find(String source, String kind, long wpId) {
        List<?> rows = em.createNativeQuery("SELECT target_id, wp_modified, revision FROM wordpress_import_key"
                + " WHERE source = ?1 AND kind = ?2 AND wp_id = ?3").setParameter(1, source).setParameter(2, kind)
                .setParameter(3, wpId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new Key(((Number) row[0]).longValue(), (String) row[1], row[2] == null ? null : ((Number) row[2]).intValue()));
    }

    /** Records (or repoints) what {@code wpId} became; joins the caller's transaction. */
    @Transactional
    void put(String source, String kind, long wpId, long targetId, String wpModified, Integer revision) {
        em.createNativeQuery("INSERT INTO wordpress_import_key (source, kind, wp_id, target_id, wp_modified, revision, imported_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON DUPLICATE KEY UPDATE target_id = VALUES(target_id),"
                + " wp_modified = VALUES(wp_modified), revision = VALUES(revision), imported_at = VALUES(imported_at)")
                .setParameter(1, source).setParameter(2, kind).setParameter(3, wpId).setParameter(4, targetId)
                .setParameter(5, wpModified).setParameter(6, revision).setParameter(7, Timestamp.from(Instant.now(clock)))
                .executeUpdate();
    }
}
