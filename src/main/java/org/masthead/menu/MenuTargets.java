package org.masthead.menu;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.masthead.content.ContentItem;
import org.masthead.shared.ContentKind;
import org.masthead.shared.PublicUrls;
import org.masthead.taxonomy.Category;
import org.masthead.taxonomy.DigestSeries;

/** What a menu's entries point at, loaded once per menu: where each leads, its title, and why readers may not see it. */
record MenuTargets(Map<Long, List<MenuEntry>> children, Map<Long, Category> categories, Map<Long, ContentItem> items,
        Map<Long, DigestSeries> series, Instant now) {

    static MenuTargets of(List<MenuEntry> entries, Instant now) {
        Map<Long, List<MenuEntry>> children = new HashMap<>();
        for (MenuEntry entry : entries) {
            children.computeIfAbsent(entry.parentId, k -> new ArrayList<>()).add(entry);
        }
        Map<Long, Category> categories = byId(entries.stream().map(e -> e.categoryId).filter(Objects::nonNull).toList(),
                ids -> Category.<Category> list("id in ?1", ids), c -> c.id);
        Map<Long, ContentItem> items = byId(entries.stream().map(e -> e.itemId).filter(Objects::nonNull).toList(),
                ids -> ContentItem.<ContentItem> list("id in ?1", ids), i -> i.id);
        Map<Long, DigestSeries> series = byId(items.values().stream().map(i -> i.seriesId).filter(Objects::nonNull).toList(),
                ids -> DigestSeries.<DigestSeries> list("id in ?1", ids), s -> s.id);
        return new MenuTargets(children, categories, items, series, now);
    }

    private static <T> Map<Long, T> byId(Collection<Long> ids, Function<Collection<Long>, List<T>> load, Function<T, Long> id) {
        return ids.isEmpty() ? Map.of() : load.apply(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(id, Function.identity()));
    }

    /** Where the entry leads readers, whether or not they can open it now. */
    String href(MenuEntry entry) {
        return switch (entry.target) {
            case CATEGORY -> Optional.ofNullable(categories.get(entry.categoryId))
                    .map(c -> PublicUrls.category(c.language, c.slug)).orElse(null);
            case PAGE, ITEM -> Optional.ofNullable(items.get(entry.itemId)).map(this::itemHref).orElse(null);
            case URL -> entry.url;
            case NONE -> null;
        };
    }

    private String itemHref(ContentItem item) {
        if (item.kind == ContentKind.DIGEST) {
            DigestSeries s = item.seriesId == null ? null : series.get(item.seriesId);
            return s == null || item.issueNumber == null ? null : PublicUrls.digest(item.language, s.slug, item.issueNumber);
        }
        return PublicUrls.item(item.kind, item.language, item.liveSlug != null ? item.liveSlug : item.slug);
    }

    String title(MenuEntry entry) {
        return switch (entry.target) {
            case CATEGORY -> Optional.ofNullable(categories.get(entry.categoryId)).map(c -> c.name).orElse("(deleted category)");
            case PAGE, ITEM -> Optional.ofNullable(items.get(entry.itemId)).map(i -> i.title).orElse("(deleted item)");
            case URL -> entry.url;
            case NONE -> null;
        };
    }

    /** Why readers do not see this entry (and what is under it), or null when they do. */
    String hiddenBecause(MenuEntry entry) {
        return switch (entry.target) {
            case CATEGORY -> categories.containsKey(entry.categoryId) ? null : "its category was deleted";
            case PAGE, ITEM -> {
                ContentItem item = items.get(entry.itemId);
                yield item == null ? "its item was deleted"
                        : !item.isLiveAt(now) ? "“" + item.title + "” is not live for readers"
                        : item.kind == ContentKind.DIGEST && itemHref(item) == null ? "the digest has no series or number"
                        : null;
            }
            case URL -> null;
            case NONE -> children.getOrDefault(entry.id, List.of()).isEmpty() ? "a heading without sub-entries" : null;
        };
    }
}
