package org.masthead.content;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.masthead.taxonomy.TermUse;

import jakarta.enterprise.context.ApplicationScoped;

/** The items' side of the taxonomy: how many items use each term, and the reader's index kept right on a tag merge. */
@ApplicationScoped
class ContentTermUse implements TermUse {

    private final ReaderIndex readerIndex;
    private final Clock clock;

    ContentTermUse(ReaderIndex readerIndex, Clock clock) {
        this.readerIndex = readerIndex;
        this.clock = clock;
    }

    @Override
    public long itemsInCategory(long categoryId) {
        return ContentItem.count("categoryId", categoryId);
    }

    @Override
    public Map<Long, Long> itemsPerTag(String language) {
        Map<Long, Long> counts = new HashMap<>();
        ContentItem.getEntityManager()
                .createQuery("select t.id, count(i) from ContentItem i join i.tags t where t.language = ?1 group by t.id",
                        Object[].class)
                .setParameter(1, language).getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    public Map<Long, Long> issuesPerSeries() {
        // every series' issue count in one query, not one count per series
        Map<Long, Long> issues = new HashMap<>();
        ContentItem.getEntityManager()
                .createQuery("select i.seriesId, count(i) from ContentItem i where i.seriesId is not null group by i.seriesId",
                        Object[].class)
                .getResultList().forEach(row -> issues.put((Long) row[0], (Long) row[1]));
        return issues;
    }

    @Override
    public long issuesOf(long seriesId) {
        return ContentItem.count("seriesId", seriesId);
    }

    @Override
    public Map<Long, Long> liveItemsPerTag(String language) {
        // the live revision's tags: a pending edit's new tag is not public yet
        return counts(ContentItem.getEntityManager().createNativeQuery("SELECT t.tag_id, COUNT(*) FROM live_item_tag t"
                + " JOIN content_item i ON i.id = t.item_id JOIN tag g ON g.id = t.tag_id"
                + " WHERE i.live_revision IS NOT NULL AND i.live_from <= ?1 AND (i.live_until IS NULL OR i.live_until > ?1)"
                + " AND (?2 IS NULL OR g.language = ?2) GROUP BY t.tag_id", Object[].class)
                .setParameter(1, Instant.now(clock)).setParameter(2, language).getResultList());
    }

    @Override
    public Map<Long, Long> liveIssuesPerSeries() {
        return counts(ContentItem.getEntityManager().createNativeQuery("SELECT e.series_id, COUNT(*) FROM live_entry e"
                + " JOIN content_item i ON i.id = e.item_id WHERE e.series_id IS NOT NULL AND i.live_revision IS NOT NULL"
                + " AND i.live_from <= ?1 AND (i.live_until IS NULL OR i.live_until > ?1) GROUP BY e.series_id", Object[].class)
                .setParameter(1, Instant.now(clock)).getResultList());
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        Map<Long, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return counts;
    }

    @Override
    public void tagMerged(long sourceId, long targetId) {
        readerIndex.tagMerged(sourceId, targetId);
    }
}
