package org.masthead.content;

import java.util.HashMap;
import java.util.Map;

import org.masthead.taxonomy.TermUse;

import jakarta.enterprise.context.ApplicationScoped;

/** The items' side of the taxonomy: how many items use each term, and the reader's index kept right on a tag merge. */
@ApplicationScoped
class ContentTermUse implements TermUse {

    private final ReaderIndex readerIndex;

    ContentTermUse(ReaderIndex readerIndex) {
        this.readerIndex = readerIndex;
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
    public void tagMerged(long sourceId, long targetId) {
        readerIndex.tagMerged(sourceId, targetId);
    }
}
