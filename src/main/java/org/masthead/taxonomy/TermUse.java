package org.masthead.taxonomy;

import java.util.Map;

/**
 * What the taxonomy needs to know of the items filed under its categories, tags and series. The content package
 * answers it, so that terms never reach into items and items may depend on terms.
 */
public interface TermUse {

    /** How many items (any state) are filed under the category. */
    long itemsInCategory(long categoryId);

    /** How many items (any state) carry each tag of the edition, by tag id; tags no item carries are absent. */
    Map<Long, Long> itemsPerTag(String language);

    /** How many digest issues each series has, by series id; series without issues are absent. */
    Map<Long, Long> issuesPerSeries();

    long issuesOf(long seriesId);

    /** How many items readers can open now carry each tag ({@code language} null: every edition); unused tags are absent. */
    Map<Long, Long> liveItemsPerTag(String language);

    /** How many issues readers can open now each series has; series without one are absent. */
    Map<Long, Long> liveIssuesPerSeries();

    /** The items of tag {@code sourceId} now carry {@code targetId}; called before the source tag is deleted. */
    void tagMerged(long sourceId, long targetId);
}
