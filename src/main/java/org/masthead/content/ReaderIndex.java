package org.masthead.content;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.masthead.shared.ContentKind;
import org.hibernate.query.NativeQuery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Keeps the reader's index (live_entry, live_item_tag) equal to each item's live revision: what
 * search, tag listings and digest lookups read, so a pending edit of a live item never shows through.
 * The entry's live window (live_from, live_until) is written here on approval and cleared here when the
 * item is taken offline, so search needs no join to check it. Nothing else writes these tables.
 */
@ApplicationScoped
public class ReaderIndex {

    private final EntityManager em;

    ReaderIndex(EntityManager em) {
        this.em = em;
    }

    /** Called in the approving transaction, when {@code item}'s working copy becomes its live revision. */
    public void wentLive(ContentItem item, ItemSnapshot live) {
        em.createNativeQuery("DELETE FROM live_entry WHERE item_id = ?1").setParameter(1, item.id).executeUpdate();
        em.createNativeQuery("DELETE FROM live_item_tag WHERE item_id = ?1").setParameter(1, item.id).executeUpdate();
        String subtype = live.media() != null ? live.media().type().name()
                : live.publication() != null ? live.publication().type().name() : null;
        em.createNativeQuery("INSERT INTO live_entry (item_id, language, kind, title, summary, body_text, series_id,"
                + " issue_number, subtype, byline_author, byline_outlet, thumbnail_id, live_from, live_until)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)")
                .setParameter(1, item.id).setParameter(2, live.language()).setParameter(3, item.kind.name())
                .setParameter(4, live.title()).setParameter(5, live.summary())
                .setParameter(6, String.join("\n", BodyText.lines(live.body())))
                .setParameter(7, item.kind == ContentKind.DIGEST ? live.digest().seriesId() : null)
                .setParameter(8, item.kind == ContentKind.DIGEST ? live.digest().number() : null)
                .setParameter(9, subtype)
                .setParameter(10, live.byline() == null ? null : live.byline().author())
                .setParameter(11, live.byline() == null ? null : live.byline().outlet())
                .setParameter(12, thumbnailId(live))
                .setParameter(13, item.liveFrom)
                .setParameter(14, item.liveUntil)
                .executeUpdate();
        Set<Long> tagIds = item.tags.stream().map(t -> t.id).collect(Collectors.toSet());
        for (Long tagId : tagIds) {
            em.createNativeQuery("INSERT INTO live_item_tag (tag_id, item_id) VALUES (?1, ?2)")
                    .setParameter(1, tagId).setParameter(2, item.id).executeUpdate();
        }
    }

    /**
     * Readers stop seeing {@code item}: it loses its live revision and window, and its index entry its window (search
     * reads the entry alone). The working copy is untouched.
     */
    public void takeOffline(ContentItem item) {
        item.takeOffline();
        if (item.id != null) {
            // touches live_entry only, so the session is not flushed for it
            em.createNativeQuery("UPDATE live_entry SET live_from = NULL, live_until = NULL WHERE item_id = ?1")
                    .unwrap(NativeQuery.class).addSynchronizedQuerySpace("live_entry").setParameter(1, item.id).executeUpdate();
        }
    }

    /**
     * The live items of tag {@code sourceId} are listed under {@code targetId} from now on: a merge
     * deletes the source tag, and with it (ON DELETE CASCADE) its rows here. Before that delete.
     */
    public void tagMerged(long sourceId, long targetId) {
        em.createNativeQuery("INSERT IGNORE INTO live_item_tag (tag_id, item_id) SELECT ?1, item_id FROM live_item_tag WHERE tag_id = ?2")
                .setParameter(1, targetId).setParameter(2, sourceId).executeUpdate();
    }

    /** What a teaser shows as its picture: the featured image, else a media item's first picture, else a publication's cover. */
    static Long thumbnailId(ItemSnapshot live) {
        if (live.featuredImageId() != null) {
            return live.featuredImageId();
        }
        if (live.media() != null && live.media().imageIds() != null && !live.media().imageIds().isEmpty()) {
            return live.media().imageIds().get(0);
        }
        return live.publication() != null ? live.publication().coverImageId() : null;
    }

    /** The editions whose pages may show {@code item}: its own and those of its translations (hreflang, links). */
    public Set<String> editionsShowing(ContentItem item) {
        if (item.translationGroup == null) {
            return Set.of(item.language);
        }
        List<String> languages = em.createQuery("select distinct i.language from ContentItem i where i.translationGroup = :g",
                String.class).setParameter("g", item.translationGroup).getResultList();
        return Set.copyOf(languages);
    }
}
