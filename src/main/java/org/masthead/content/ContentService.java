package org.masthead.content;

import org.masthead.shared.FieldError;
import org.masthead.shared.ContentKind;
import org.masthead.shared.SlugMaker;
import static org.masthead.shared.Text.blankToNull;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.masthead.shared.ConflictException;
import org.masthead.shared.InvalidFieldsException;
import org.masthead.shared.StaleVersionException;
import org.masthead.shared.Text;
import org.masthead.security.Roles;
import org.masthead.security.StaffMember;
import org.masthead.taxonomy.Category;
import org.masthead.taxonomy.Tag;
import org.masthead.audit.AuditLog;
import org.masthead.shared.WorkflowAction;
import org.masthead.shared.WorkflowStatus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.masthead.shared.NotFoundException;
import java.util.HashMap;
import org.masthead.media.Upload;

/**
 * Writing and reading items: creating, saving the working copy (each save a revision), and the
 * views staff and readers get. Workflow actions live in {@code org.masthead.workflow.Workflow}, which calls this package, never the other way.
 */
@ApplicationScoped
public class ContentService {

    private final Clock clock;
    private final BodySanitizer sanitizer;
    private final Revisions revisions;
    private final AuditLog audit;
    private final KindFields kindFields;
    private final ReaderIndex readerIndex;

    ContentService(Clock clock, BodySanitizer sanitizer, Revisions revisions, AuditLog audit, KindFields kindFields,
            ReaderIndex readerIndex) {
        this.readerIndex = readerIndex;
        this.clock = clock;
        this.sanitizer = sanitizer;
        this.revisions = revisions;
        this.audit = audit;
        this.kindFields = kindFields;
    }

    @Transactional
    public ItemView create(ContentKind kind, StaffMember who, ItemInput input) {
        who.require(Roles.EDITOR, "Writing content");
        Instant now = Instant.now(clock);
        ContentItem item = new ContentItem();
        item.kind = kind;
        item.status = WorkflowStatus.DRAFT;
        item.createdBy = who.username();
        item.createdAt = now;
        apply(item, input, now, null);
        item.workingRevision = 1;
        item.updatedBy = who.username();
        item.updatedAt = now;
        item.persistAndFlush();
        revisions.record(item, who.username(), null);
        audit.record(item.id, who.username(), WorkflowAction.CREATE, null, WorkflowStatus.DRAFT, null, false);
        return views(item);
    }

    /**
     * How an item stood in the system it is imported from: its state there, when it was written and went live (in
     * the past, which only an import may say; the workflow refuses past times), who wrote it, and the note the audit
     * log and revision 1 carry ("imported from WordPress post 123 by admin").
     */
    public record Imported(WorkflowStatus status, Instant createdAt, Instant liveFrom, String createdBy, String actor,
            String note) {
    }

    /**
     * Writes an imported item as revision 1, in the state it had: a live one is live from its original publish time
     * (and in the readers' index), a scheduled one goes live at its time. Answers the new item's id and revision.
     */
    @Transactional
    public long importItem(ContentKind kind, ItemInput input, Imported how) {
        ContentItem item = new ContentItem();
        item.kind = kind;
        item.status = WorkflowStatus.DRAFT;
        item.createdBy = how.createdBy();
        item.createdAt = how.createdAt();
        apply(item, input, how.createdAt(), null);
        item.workingRevision = 1;
        item.updatedBy = how.createdBy();
        item.updatedAt = how.createdAt();
        item.persistAndFlush();
        revisions.record(item, how.createdBy(), how.note());
        bringToImportedState(item, how);
        audit.record(item.id, how.actor(), WorkflowAction.IMPORT, null, item.status, how.note(), false);
        return item.id;
    }

    /**
     * Replaces an imported item's working copy with what the source has now, as a new revision, unless someone
     * changed it in Masthead since revision {@code importedRevision}: then nothing is written and the answer is
     * empty. Otherwise answers the revision written.
     */
    @Transactional
    public Optional<Integer> reimportItem(long id, int importedRevision, ItemInput input, Imported how) {
        ContentItem item = ContentItem.<ContentItem> findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(ContentService::notFound);
        if (item.workingRevision != importedRevision || item.status == WorkflowStatus.ARCHIVED) {
            return Optional.empty();
        }
        WorkflowStatus before = item.status;
        Instant now = Instant.now(clock);
        apply(item, input, now, item.id);
        item.workingRevision++;
        item.updatedBy = how.actor();
        item.updatedAt = now;
        item.persistAndFlush();
        revisions.record(item, how.actor(), how.note());
        bringToImportedState(item, how);
        audit.record(item.id, how.actor(), WorkflowAction.IMPORT, before, item.status, how.note(), false);
        return Optional.of(item.workingRevision);
    }

    /**
     * Points the links in an imported item's body at the new addresses of what they named, once everything they name
     * has been imported: revision {@code revision}, the import's own, is corrected in place (it is what came in, with
     * the site's new addresses). Nothing happens once someone has changed the item since.
     */
    @Transactional
    public boolean relinkImported(long id, int revision, UnaryOperator<String> relink) {
        ContentItem item = ContentItem.<ContentItem> findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElse(null);
        if (item == null || item.workingRevision != revision || item.body == null) {
            return false;
        }
        String body = sanitizer.sanitize(relink.apply(item.body));
        if (body.equals(item.body)) {
            return false;
        }
        item.body = body;
        revisions.rewrite(id, revision, snapshot -> snapshot.withBody(body));
        return true;
    }

    /**
     * Makes imported items translations of each other, as the source site had them: one translation group, joining the
     * one any of them is in already. Answers the items left out because the group has another item in their language.
     */
    @Transactional
    public List<Long> linkImportedTranslations(List<Long> ids) {
        List<ContentItem> items = ContentItem.<ContentItem> list("id in ?1 order by id", ids);
        items.forEach(item -> ContentItem.getEntityManager().lock(item, LockModeType.PESSIMISTIC_WRITE));
        Long group = items.stream().map(i -> i.translationGroup).filter(Objects::nonNull).findFirst()
                .orElse(items.isEmpty() ? null : items.get(0).id);
        if (group == null) {
            return List.of();
        }
        Map<String, Long> byLanguage = new HashMap<>();
        ContentItem.<ContentItem> list("translationGroup", group).forEach(member -> byLanguage.put(member.language, member.id));
        List<Long> refused = new ArrayList<>();
        for (ContentItem item : items) {
            Long holder = byLanguage.putIfAbsent(item.language, item.id);
            if (holder != null && !holder.equals(item.id)) {
                refused.add(item.id);
            } else {
                item.translationGroup = group;
            }
        }
        return refused;
    }

    private void bringToImportedState(ContentItem item, Imported how) {
        switch (how.status()) {
            case PUBLISHED, SCHEDULED -> {
                item.liveRevision = item.workingRevision;
                item.liveSlug = item.slug;
                item.liveCategoryId = item.categoryId;
                item.liveFrom = how.liveFrom();
                item.liveUntil = null;
                item.publishedAt = how.liveFrom();
                item.status = how.status();
                readerIndex.wentLive(item, revisions.snapshotOf(item));
            }
            case IN_REVIEW -> {
                item.status = WorkflowStatus.IN_REVIEW;
                item.submittedBy = how.createdBy();
            }
            default -> item.status = WorkflowStatus.DRAFT;
        }
    }

    /** Replaces the working copy. A live item stays live as it was until the new version is approved. */
    @Transactional
    public ItemView update(ContentKind kind, long id, StaffMember who, ItemInput input) {
        who.require(Roles.EDITOR, "Writing content");
        if (input.version() == null) {
            throw InvalidFieldsException.of("version", "must be the version you edited");
        }
        ContentItem item = lockForChange(kind, id, input.version());
        if (!item.status.allows(WorkflowAction.EDIT)) {
            throw new ConflictException(item.status == WorkflowStatus.IN_REVIEW
                    ? "This item is in review; withdraw it or have changes requested before editing."
                    : "Archived items cannot be edited.");
        }
        Instant now = Instant.now(clock);
        WorkflowStatus before = item.status;
        apply(item, input, now, item.id);
        backToDraft(item);
        saveNewRevision(item, who, now, null);
        audit.record(item.id, who.username(), WorkflowAction.EDIT, before, item.status, null, false);
        return views(item);
    }

    /** Makes an old revision the working copy again, as a new revision. */
    @Transactional
    public ItemView restore(ContentKind kind, long id, int number, StaffMember who, Long expectedVersion) {
        who.require(Roles.EDITOR, "Writing content");
        if (expectedVersion == null) {
            throw InvalidFieldsException.of("version", "must be the version you are replacing");
        }
        ContentItem item = lockForChange(kind, id, expectedVersion);
        if (!item.status.allows(WorkflowAction.EDIT)) {
            throw new ConflictException("Only an item that can be edited can have a revision restored.");
        }
        ItemSnapshot old = revisions.snapshot(item.id, number)
                .orElseThrow(() -> new NotFoundException("Revision " + number + " does not exist."));
        Instant now = Instant.now(clock);
        WorkflowStatus before = item.status;
        apply(item, old.asInput(item.version, now), now, item.id);
        backToDraft(item);
        saveNewRevision(item, who, now, "restored from revision " + number);
        audit.record(item.id, who.username(), WorkflowAction.RESTORE_REVISION, before, item.status,
                "restored revision " + number, false);
        return views(item);
    }

    /** Staff see every item; others only live ones, as their live revision shows them. */
    @Transactional
    public ItemView read(ContentKind kind, long id, Optional<StaffMember> who) {
        ContentItem item = ContentItem.findOfKind(kind, id).orElseThrow(ContentService::notFound);
        return who.isPresent() ? views(item) : liveView(item);
    }

    /**
     * Finds an item by its slug in an edition. Readers find live items by their live slug; an old
     * slug of a live item answers with the current one so that the caller can redirect.
     */
    @Transactional
    public SlugLookup bySlug(ContentKind kind, String language, String slug, Optional<StaffMember> who) {
        if (who.isPresent()) {
            Optional<ContentItem> working = ContentItem.find("language = ?1 and kind = ?2 and slug = ?3", language, kind, slug)
                    .firstResultOptional();
            if (working.isPresent()) {
                return new SlugLookup(views(working.get()), null);
            }
        }
        Optional<ContentItem> live = ContentItem.findLiveBySlug(language, kind, slug, Instant.now(clock));
        if (live.isPresent()) {
            return new SlugLookup(who.isPresent() ? views(live.get()) : liveView(live.get()), null);
        }
        return SlugRedirect.find(language, kind, slug)
                .flatMap(redirect -> ContentItem.<ContentItem> findByIdOptional(redirect.itemId))
                .filter(item -> item.isLiveAt(Instant.now(clock)))
                .map(item -> new SlugLookup(null, item.liveSlug))
                .orElseThrow(ContentService::notFound);
    }

    /**
     * A page of items, newest first, continuing after {@code cursor}. Staff page through working
     * copies by id; everyone else through live items by the time they went live.
     */
    @Transactional
    public ItemPage list(ContentKind kind, ItemFilter filter, String cursor, int limit, Optional<StaffMember> who) {
        StringBuilder where = new StringBuilder("kind = :kind");
        Map<String, Object> params = new HashMap<>();
        params.put("kind", kind);
        if (filter.language() != null) {
            where.append(" and language = :language");
            params.put("language", filter.language());
        }
        if (filter.categoryId() != null) {
            where.append(who.isPresent() ? " and categoryId = :category" : " and liveCategoryId = :category");
            params.put("category", filter.categoryId());
        }
        if (who.isPresent()) {
            if (filter.status() != null) {
                where.append(" and status = :status");
                params.put("status", filter.status());
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                where.append(" and lower(title) like :text");
                params.put("text", Text.containing(filter.text()));
            }
            if (filter.author() != null && !filter.author().isBlank()) {
                where.append(" and createdBy = :author");
                params.put("author", filter.author().strip());
            }
            if (cursor != null) {
                where.append(filter.oldestFirst() ? " and id > :after" : " and id < :after");
                params.put("after", parseLong(cursor));
            }
            List<ContentItem> items = ContentItem.<ContentItem> find(where + (filter.oldestFirst() ? " order by id asc" : " order by id desc"),
                    params).page(0, limit + 1).list();
            List<ItemView> views = views(items.stream().limit(limit).toList());
            return new ItemPage(views, items.size() > limit ? Long.toString(items.get(limit - 1).id) : null);
        }
        Instant now = Instant.now(clock);
        where.append(" and liveRevision is not null and liveFrom <= :now and (liveUntil is null or liveUntil > :now)");
        params.put("now", now);
        if (cursor != null) {
            LivePosition from = livePosition(cursor);
            where.append(" and (liveFrom < :fromTime or (liveFrom = :fromTime and id < :fromId))");
            params.put("fromTime", from.liveFrom());
            params.put("fromId", from.id());
        }
        List<ContentItem> items = ContentItem.<ContentItem> find(where + " order by liveFrom desc, id desc", params)
                .page(0, limit + 1).list();
        List<ItemView> views = liveViews(items.stream().limit(limit).toList());
        String next = null;
        if (items.size() > limit) {
            ContentItem last = items.get(limit - 1);
            next = new LivePosition(last.liveFrom, last.id).cursor();
        }
        return new ItemPage(views, next);
    }

    private static LivePosition livePosition(String cursor) {
        try {
            LivePosition position = LivePosition.parse(cursor);
            if (position != null) {
                return position;
            }
        } catch (IllegalArgumentException e) {
            // answered below, as for a blank cursor
        }
        throw InvalidFieldsException.of("after", "is not a cursor this listing gave out");
    }

    private static long parseLong(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw InvalidFieldsException.of("after", "is not a cursor this listing gave out");
        }
    }

    /** Either the item, or the slug it answers to now. */
    public record SlugLookup(ItemView item, String currentSlug) {
    }

    /** An item as staff see it: the working copy and where it stands. */
    public ItemView views(ContentItem item) {
        return views(List.of(item)).get(0);
    }

    /** Items as staff see them, with their translations fetched for all of them at once. */
    public List<ItemView> views(List<ContentItem> items) {
        Instant now = Instant.now(clock);
        Map<Long, List<ContentItem>> groups = translationGroups(items);
        return items.stream().map(item -> view(item, revisions.snapshotOf(item), true,
                translations(item, groups, false, now), now)).toList();
    }

    private ItemView liveView(ContentItem item) {
        return liveViews(List.of(item)).stream().findFirst().orElseThrow(ContentService::notFound);
    }

    /** What readers see of {@code items}: the live ones, as their live revisions (fetched in one query) show them. */
    private List<ItemView> liveViews(List<ContentItem> items) {
        Instant now = Instant.now(clock);
        List<ContentItem> live = items.stream().filter(item -> item.isLiveAt(now)).toList();
        Map<Long, ItemSnapshot> snapshots = revisions.liveSnapshots(live);
        Map<Long, List<ContentItem>> groups = translationGroups(live);
        Set<Long> visible = liveAmong(snapshots.values().stream().flatMap(ContentService::linkedItems).toList(), now);
        return live.stream().filter(item -> snapshots.containsKey(item.id))
                .map(item -> view(item, forReaders(snapshots.get(item.id), visible), false,
                        translations(item, groups, true, now), now)).toList();
    }

    /** The items a revision links to: its "Also read" entries and its digest lines. */
    private static Stream<Long> linkedItems(ItemSnapshot snapshot) {
        Stream<Long> related = snapshot.related() == null ? Stream.empty() : snapshot.related().stream().map(Related::itemId);
        Stream<Long> digest = snapshot.digest() == null ? Stream.empty()
                : snapshot.digest().sections().stream().flatMap(section -> section.items().stream())
                        .map(DigestContent.Entry::itemId);
        return Stream.concat(related, digest).filter(Objects::nonNull);
    }

    /** Those of {@code ids} readers can open now, in one query. */
    private static Set<Long> liveAmong(List<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return ContentItem.<ContentItem> list("id in ?1", ids.stream().distinct().toList()).stream()
                .filter(item -> item.isLiveAt(now)).map(item -> item.id).collect(Collectors.toSet());
    }

    /**
     * A live revision as readers may see it: links to items they cannot open are left out of "Also read",
     * and a digest line keeps its text but not the id of such an item (as the page shows it, unlinked).
     */
    private static ItemSnapshot forReaders(ItemSnapshot s, Set<Long> visible) {
        List<Related> related = s.related() == null ? null
                : s.related().stream().filter(r -> r.itemId() == null || visible.contains(r.itemId())).toList();
        DigestContent digest = s.digest() == null ? null
                : new DigestContent(s.digest().seriesId(), s.digest().number(), s.digest().issueDate(),
                        s.digest().sections().stream().map(section -> new DigestContent.Section(section.heading(),
                                section.items().stream().map(e -> e.itemId() == null || visible.contains(e.itemId()) ? e
                                        : new DigestContent.Entry(e.text(), e.outlet(), null, null, e.body())).toList())).toList());
        return s.withLinks(related, digest);
    }

    /** One mapping for both faces; readers get the snapshot's content and none of the staff-only fields. */
    private static ItemView view(ContentItem item, ItemSnapshot s, boolean staff, List<ItemView.Translation> translations,
            Instant now) {
        return new ItemView(item.id, item.kind, staff ? item.status.name() : null, staff ? item.version : null,
                item.isLiveAt(now), staff ? item.liveRevision : null, staff ? item.workingRevision : null, s.title(),
                s.language(), s.slug(), s.summary(), s.body(), s.categoryId(), s.tags(), s.byline(), s.sources() == null ? List.of() : s.sources(), s.related(),
                s.featuredImageId(), s.digest(), s.media(), s.publication(), staff ? s.publishAt() : null,
                staff ? s.unpublishAt() : null, translations, staff ? item.createdBy : null, staff ? item.updatedBy : null,
                staff ? item.createdAt : null, staff ? item.updatedAt : null, item.publishedAt,
                staff ? item.submittedBy : null);
    }

    /** The members of the translation groups of {@code items}, in one query. */
    private static Map<Long, List<ContentItem>> translationGroups(List<ContentItem> items) {
        List<Long> groups = items.stream().map(i -> i.translationGroup).filter(Objects::nonNull).distinct().toList();
        if (groups.isEmpty()) {
            return Map.of();
        }
        return ContentItem.<ContentItem> list("translationGroup in ?1", groups).stream()
                .collect(Collectors.groupingBy(i -> i.translationGroup));
    }

    /** The other languages of the item; for readers only those live themselves, under their live slug. */
    private static List<ItemView.Translation> translations(ContentItem item, Map<Long, List<ContentItem>> groups,
            boolean liveOnly, Instant now) {
        if (item.translationGroup == null) {
            return List.of();
        }
        return groups.getOrDefault(item.translationGroup, List.of()).stream()
                .filter(other -> !other.id.equals(item.id) && (!liveOnly || other.isLiveAt(now)))
                .sorted(Comparator.comparing((ContentItem other) -> other.language))
                .map(other -> new ItemView.Translation(other.id, other.language, liveOnly ? other.liveSlug : other.slug))
                .toList();
    }

    private ContentItem lockForChange(ContentKind kind, long id, long expectedVersion) {
        ContentItem item = ContentItem.lockOfKind(kind, id).orElseThrow(ContentService::notFound);
        if (expectedVersion != item.version) {
            throw StaleVersionException.whileEditing("This " + kind.name().toLowerCase(), item.version, item.updatedBy, item.updatedAt);
        }
        return item;
    }

    /**
     * A changed working copy goes through review again. A scheduled item that has not gone live yet
     * loses its schedule, so that nothing approved earlier appears in its place unannounced.
     */
    private void backToDraft(ContentItem item) {
        if (item.status == WorkflowStatus.SCHEDULED && !item.isLiveAt(Instant.now(clock))) {
            readerIndex.takeOffline(item);
        }
        item.status = WorkflowStatus.DRAFT;
    }

    private void saveNewRevision(ContentItem item, StaffMember who, Instant now, String note) {
        item.workingRevision++;
        item.updatedBy = who.username();
        item.updatedAt = now;
        item.persistAndFlush();
        revisions.record(item, who.username(), note);
    }

    /** Checks the rules annotations cannot, then copies the input onto the working copy. */
    private void apply(ContentItem item, ItemInput input, Instant now, Long itemId) {
        List<FieldError> errors = new ArrayList<>();
        String language = input.language();
        if (itemId != null && !language.equals(item.language)) {
            errors.add(new FieldError("language", "cannot change; create a translation instead"));
        }
        if (input.categoryId() != null) {
            Category category = Category.findById(input.categoryId());
            if (category == null) {
                errors.add(new FieldError("categoryId", "no category has id " + input.categoryId()));
            } else if (!category.language.equals(language)) {
                errors.add(new FieldError("categoryId", "belongs to the " + category.language + " edition"));
            }
        }
        if (input.publishAt() != null && !input.publishAt().isAfter(now) && !input.publishAt().equals(item.publishAt)) {
            errors.add(new FieldError("publishAt", "must be in the future"));
        }
        if (input.unpublishAt() != null) {
            Instant from = input.publishAt() == null ? now : input.publishAt();
            if (!input.unpublishAt().isAfter(from)) {
                errors.add(new FieldError("unpublishAt", "must be after publishAt (or after now)"));
            }
        }
        List<Related> related = input.related() == null ? List.of() : input.related();
        for (int i = 0; i < related.size(); i++) {
            Long target = related.get(i).itemId();
            if (target != null && (Objects.equals(target, itemId) || ContentItem.findById(target) == null)) {
                errors.add(new FieldError("related[" + i + "].itemId",
                        Objects.equals(target, itemId) ? "an item cannot relate to itself" : "no item has id " + target));
            }
        }
        if (input.featuredImageId() != null) {
            Upload image = Upload.findById(input.featuredImageId());
            if (image == null || !image.isImage()) {
                errors.add(new FieldError("featuredImageId", "no image upload has id " + input.featuredImageId()));
            }
        }
        kindFields.check(item.kind, input, itemId, errors);
        Long translationGroup = item.translationGroup;
        if (input.translationOf() != null) {
            translationGroup = translationGroupFor(input.translationOf(), language, itemId, errors);
        }
        String slug = blankToNull(input.slug());
        if (slug != null && ContentItem.slugTaken(language, item.kind, slug, itemId)) {
            errors.add(new FieldError("slug", "is already used by another " + item.kind.name().toLowerCase()
                    + " in this edition"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        item.language = language;
        item.title = input.title().strip();
        item.slug = slug != null ? slug
                : (itemId != null && item.slug != null ? item.slug : uniqueSlug(language, item.kind, input.title(), itemId));
        item.summary = blankToNull(input.summary());
        item.body = sanitizer.sanitize(input.body());
        item.categoryId = input.categoryId();
        item.tags = tags(language, input.tags());
        item.bylineAuthor = input.byline() == null ? null : input.byline().author().strip();
        item.bylineOutlet = input.byline() == null ? null : blankToNull(input.byline().outlet());
        item.sources = new ArrayList<>(input.sources() == null ? List.of()
                : input.sources().stream().map(SourceLink::new).toList());
        item.related = new ArrayList<>(related.stream().map(Related::toLink).toList());
        item.publishAt = input.publishAt();
        item.unpublishAt = input.unpublishAt();
        item.translationGroup = translationGroup;
        item.featuredImageId = input.featuredImageId();
        kindFields.write(item, input);
    }

    private Long translationGroupFor(long otherId, String language, Long itemId, List<FieldError> errors) {
        ContentItem other = ContentItem.<ContentItem> findByIdOptional(otherId, LockModeType.PESSIMISTIC_WRITE).orElse(null);
        if (other == null || Objects.equals(otherId, itemId)) {
            errors.add(new FieldError("translationOf", "no other item has id " + otherId));
            return null;
        }
        if (other.language.equals(language)) {
            errors.add(new FieldError("translationOf", "is in the same language; a translation must be in another"));
            return null;
        }
        if (other.translationGroup == null) {
            other.translationGroup = other.id;
            return other.id;
        }
        boolean languageTaken = ContentItem.count("translationGroup = ?1 and language = ?2 and id <> ?3",
                other.translationGroup, language, itemId == null ? -1L : itemId) > 0;
        if (languageTaken) {
            errors.add(new FieldError("translationOf", "already has a translation in " + language));
        }
        return other.translationGroup;
    }

    private static String uniqueSlug(String language, ContentKind kind, String title, Long itemId) {
        String base = SlugMaker.fromTitle(title);
        String slug = base;
        for (int n = 2; ContentItem.slugTaken(language, kind, slug, itemId); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private static Set<Tag> tags(String language, List<String> names) {
        Set<Tag> tags = new LinkedHashSet<>();
        if (names == null) {
            return tags;
        }
        for (String name : names) {
            String clean = name.strip();
            String slug = SlugMaker.fromTitle(clean);
            tags.add(Tag.findBySlug(language, slug).orElseGet(() -> {
                Tag tag = new Tag();
                tag.language = language;
                tag.slug = slug;
                tag.name = clean;
                tag.persist();
                return tag;
            }));
        }
        return tags;
    }

    private static NotFoundException notFound() {
        return new NotFoundException("No such item, or it is not published.");
    }

}
