package org.masthead.web.desk.item;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import org.masthead.content.PreviewLinkService;
import org.masthead.content.PreviewLinkService.PreviewLinkView;
import org.masthead.web.site.PreviewLinks;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.masthead.content.ContentItem;
import org.masthead.content.ItemChoice;
import org.masthead.content.ItemFinder;
import org.masthead.shared.ContentKind;
import org.masthead.taxonomy.DigestSeries;
import org.masthead.shared.Edition;
import org.masthead.content.ItemView;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Objects;

/**
 * What the item editor shows beside its own fields: titles of the items "Also read" and a digest
 * link to, item search, the item's translations, a digest's series and the items published in its
 * week. Read-only; every list is one query.
 */
@ApplicationScoped
public class EditorLookups {

    private static final int FOUND = 10;
    /** What a digest's week picker offers: the kinds readers find in listings, not pages or other digests. */
    private static final Set<ContentKind> PICKABLE = Set.of(ContentKind.ARTICLE, ContentKind.MEDIA, ContentKind.PUBLICATION);

    private final Clock clock;

    private final ItemFinder finder;

    private final PreviewLinkService previews;
    private final PreviewLinks links;

    EditorLookups(Clock clock, ItemFinder finder, PreviewLinkService previews, PreviewLinks links) {
        this.clock = clock;
        this.finder = finder;
        this.previews = previews;
        this.links = links;
    }

    /** A preview link that still opens, with the address it is reached at. */
    public record PreviewRow(PreviewLinkView link, String path) {
    }

    /** An "Also read" row with the item it names, if internal and found. */
    public record RelatedRow(AlsoReadForm.Row row, ItemChoice item) {
    }

    public record TranslationRow(long id, String language, String title, String status, String collection) {
    }

    public record SeriesChoice(long id, String title) {
        /** Whether the form holds this series, as text: {@code {#if s.chosen(digest.digestSeriesId)}}. */
        public boolean chosen(String value) {
            return value != null && value.strip().equals(Long.toString(id));
        }
    }

    /** The seven days ending on a digest's issue date and the items that went live in them. */
    public record Week(LocalDate from, LocalDate to, List<ItemChoice> items) {
    }

    public record Panels(List<RelatedRow> related, List<ItemChoice> found, List<TranslationRow> translations,
            List<String> missingLanguages, List<SeriesChoice> series, Map<String, ItemChoice> linked, Week week,
            List<PreviewRow> previewLinks) {
    }

    @Transactional
    public Panels panels(ContentKind kind, ItemView item, ItemForm form, ZoneId zone, boolean search) {
        Instant now = Instant.now(clock);
        String language = item != null ? item.language() : form.language;
        List<AlsoReadForm.Row> rows = form.alsoRead.rows();
        List<Long> ids = new ArrayList<>(rows.stream().filter(AlsoReadForm.Row::internal)
                .map(row -> row.itemId().strip()).filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf).toList());
        boolean digest = kind == ContentKind.DIGEST;
        if (digest) {
            ids.addAll(form.digest.linkedItemIds());
        }
        Map<String, ItemChoice> linked = ids.isEmpty() ? Map.of()
                : ContentItem.<ContentItem> list("id in ?1", ids).stream()
                        .collect(Collectors.toMap(i -> i.id.toString(), i -> ItemChoice.of(i, now)));
        List<RelatedRow> related = rows.stream()
                .map(row -> new RelatedRow(row, row.internal() ? linked.get(row.itemId().strip()) : null)).toList();
        List<ItemChoice> found = search ? search(language, form.alsoRead.relatedQuery, item == null ? null : item.id())
                : List.of();
        List<TranslationRow> translations = item == null ? List.of() : translations(item);
        List<String> missing = item == null ? List.of()
                : Edition.LANGUAGES.stream().filter(l -> !l.equals(item.language())
                        && translations.stream().noneMatch(t -> t.language().equals(l))).toList();
        List<SeriesChoice> series = digest
                ? DigestSeries.<DigestSeries> list("language = ?1 order by title", language).stream()
                        .map(s -> new SeriesChoice(s.id, s.title)).toList()
                : List.of();
        Week week = digest && form.digest.issueDate() != null ? week(language, form.digest.issueDate(), zone, now) : null;
        List<PreviewRow> open = item == null ? List.of()
                : previews.open(item.id()).stream().map(link -> new PreviewRow(link, "/preview/" + links.token(link))).toList();
        return new Panels(related, found, translations, missing, series, linked, week, open);
    }

    /** Items of one edition matching {@code query}, never {@code exclude} (the item being edited). */
    public List<ItemChoice> search(String language, String query, Long exclude) {
        return finder.search(language, query, exclude, FOUND);
    }

    /** "Weekly Digest – 193": the title a digest gets when none is typed (null without series and number). */
    @Transactional
    public String digestTitle(DigestForm form) {
        String series = form.digestSeriesId == null ? "" : form.digestSeriesId.strip();
        String number = form.digestNumber == null ? "" : form.digestNumber.strip();
        if (!series.matches("\\d{1,18}") || !number.matches("\\d{1,9}")) {
            return null;
        }
        DigestSeries found = DigestSeries.findById(Long.valueOf(series));
        return found == null ? null : found.title + " – " + number;
    }

    /** An item's title, for a digest entry made from it (null if there is no such item). */
    @Transactional
    public String title(long id) {
        ContentItem item = ContentItem.findById(id);
        return item == null ? null : item.title;
    }

    private static List<TranslationRow> translations(ItemView item) {
        if (item.translations() == null || item.translations().isEmpty()) {
            return List.of();
        }
        Map<Long, ContentItem> others = ContentItem.<ContentItem> list("id in ?1",
                item.translations().stream().map(ItemView.Translation::id).toList()).stream()
                .collect(Collectors.toMap(i -> i.id, Function.identity()));
        return item.translations().stream().map(t -> others.get(t.id())).filter(Objects::nonNull)
                .map(o -> new TranslationRow(o.id, o.language, o.title, o.status.name(), o.kind.collection())).toList();
    }

    /** Items of the edition that went live in the seven days ending on {@code issueDate} and are live now. */
    private static Week week(String language, LocalDate issueDate, ZoneId zone, Instant now) {
        LocalDate from = issueDate.minusDays(6);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("language", language);
        params.put("kinds", PICKABLE);
        params.put("start", from.atStartOfDay(zone).toInstant());
        params.put("end", issueDate.plusDays(1).atStartOfDay(zone).toInstant());
        List<ItemChoice> items = ContentItem.<ContentItem> list("language = :language and kind in :kinds"
                + " and liveRevision is not null and liveFrom >= :start and liveFrom < :end order by liveFrom, id", params)
                .stream().filter(i -> i.isLiveAt(now)).map(i -> ItemChoice.of(i, now)).toList();
        return new Week(from, issueDate, items);
    }
}
