package org.masthead.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.masthead.shared.ConflictException;
import org.masthead.shared.InvalidFieldsException;
import org.masthead.content.ContentItem;
import org.masthead.shared.ContentKind;
import org.masthead.content.ContentService;
import org.masthead.content.ItemSnapshot;
import org.masthead.content.ItemView;
import org.masthead.content.SlugRedirect;
import org.masthead.content.Revisions;
import org.masthead.security.StaffMember;
import org.masthead.settings.SiteSettings;
import org.masthead.shared.ItemTransition;
import org.masthead.shared.PublicChange;
import org.masthead.content.ReaderIndex;

import org.hibernate.Timeouts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.masthead.shared.NotFoundException;
import org.masthead.shared.StaleVersionException;
import org.masthead.shared.WorkflowStatus;
import org.masthead.shared.WorkflowAction;
import org.masthead.audit.AuditLog;

/**
 * The editorial actions. Each one locks the item, checks who may do it and from which state,
 * changes the state, and writes the audit entry, so the API, the admin desk
 * and the scheduler behave identically. Approval is decided in {@link #approve}.
 */
@ApplicationScoped
public class Workflow {

    public static final String SCHEDULER = "scheduler";

    /** Rows someone is editing right now are left for the next run instead of waited for. */
    private static final String SKIP_LOCKED = "jakarta.persistence.lock.timeout";

    private final Clock clock;
    private final AuditLog audit;
    private final ContentService content;
    private final Revisions revisions;
    private final ReaderIndex readerIndex;
    private final Event<PublicChange> publicChange;
    private final Event<ItemTransition> transitions;

    Workflow(Clock clock, AuditLog audit, ContentService content, Revisions revisions, ReaderIndex readerIndex,
            Event<PublicChange> publicChange, Event<ItemTransition> transitions) {
        this.transitions = transitions;
        this.clock = clock;
        this.audit = audit;
        this.content = content;
        this.revisions = revisions;
        this.readerIndex = readerIndex;
        this.publicChange = publicChange;
    }

    @Transactional
    public ItemView submit(ContentKind kind, long id, StaffMember who, Long seenVersion) {
        WorkflowPolicy.requireRole(WorkflowAction.SUBMIT, who);
        requireSeenVersion(seenVersion);
        ContentItem item = lock(kind, id, WorkflowAction.SUBMIT);
        requireUnchanged(item, seenVersion, "submitting it");
        item.submittedBy = who.username();
        return transition(item, who, WorkflowAction.SUBMIT, WorkflowStatus.IN_REVIEW, null, false);
    }

    @Transactional
    public ItemView withdraw(ContentKind kind, long id, StaffMember who) {
        WorkflowPolicy.requireRole(WorkflowAction.WITHDRAW, who);
        ContentItem item = lock(kind, id, WorkflowAction.WITHDRAW);
        WorkflowPolicy.requirePerson(WorkflowAction.WITHDRAW, subject(item), who, SiteSettings.current().fourEyesRelaxed);
        return transition(item, who, WorkflowAction.WITHDRAW, WorkflowStatus.DRAFT, null, false);
    }

    @Transactional
    public ItemView requestChanges(ContentKind kind, long id, StaffMember who, Long seenVersion, String comment) {
        WorkflowPolicy.requireRole(WorkflowAction.REQUEST_CHANGES, who);
        if (comment == null || comment.isBlank()) {
            throw InvalidFieldsException.of("comment", "say what needs to change");
        }
        requireSeenVersion(seenVersion);
        ContentItem item = lock(kind, id, WorkflowAction.REQUEST_CHANGES);
        requireUnchanged(item, seenVersion, "sending it back");
        return transition(item, who, WorkflowAction.REQUEST_CHANGES, WorkflowStatus.DRAFT, comment.strip(), false);
    }

    /**
     * Approves the submitted version, which must be {@code seenVersion}, the one the reviewer read: it goes live now,
     * or at {@code publishAt} (or the item's own publishAt). Nobody approves what they submitted or helped write since
     * the live version, unless the site relaxed that rule, in which case the approval is marked in the audit log.
     */
    @Transactional
    public ItemView approve(ContentKind kind, long id, StaffMember who, Long seenVersion, Instant publishAt) {
        WorkflowPolicy.requireRole(WorkflowAction.APPROVE, who);
        requireSeenVersion(seenVersion);
        Instant now = Instant.now(clock);
        if (publishAt != null && !publishAt.isAfter(now)) {
            throw InvalidFieldsException.of("publishAt", "must be in the future; leave it out to publish now");
        }
        ContentItem item = lock(kind, id, WorkflowAction.APPROVE);
        requireUnchanged(item, seenVersion, "approving it");
        boolean ownSubmission = WorkflowPolicy.requirePerson(WorkflowAction.APPROVE, subject(item), who,
                SiteSettings.current().fourEyesRelaxed);
        Instant goLive = publishAt != null ? publishAt
                : (item.publishAt != null && item.publishAt.isAfter(now) ? item.publishAt : null);
        boolean wasLive = item.isLiveAt(now);
        if (item.unpublishAt != null && !item.unpublishAt.isAfter(goLive != null ? goLive : now)) {
            throw InvalidFieldsException.of("publishAt", "must be before the item's unpublish time " + item.unpublishAt);
        }
        if (goLive != null && wasLive) {
            throw new ConflictException("This item is live, and approved changes to it go live at once; "
                    + "unpublish it first to schedule it.");
        }
        String previousLiveSlug = item.liveRevision == null ? null : item.liveSlug;
        ItemSnapshot wasShown = wasLive ? revisions.snapshot(item.id, item.liveRevision).orElse(null) : null;
        item.liveRevision = item.workingRevision;
        item.liveSlug = item.slug;
        item.liveCategoryId = item.categoryId;
        item.liveFrom = wasLive ? item.liveFrom : (goLive != null ? goLive : now);
        item.liveUntil = item.unpublishAt;
        if (item.publishedAt == null) {
            item.publishedAt = item.liveFrom;
        }
        keepOldSlugAnswering(item, previousLiveSlug);
        ItemSnapshot shown = revisions.snapshotOf(item);
        readerIndex.wentLive(item, shown);
        if (wasShown != null && wasShown.withBody(null).equals(shown.withBody(null))) {
            // only the body changed (a correction, an update to a running story): its teasers everywhere stay as they are
            publicChange.fire(PublicChange.ofItem(item.id, readerIndex.editionsShowing(item),
                    item.kind.name().toLowerCase() + " " + item.id + " approved (its body only)"));
        } else {
            announce(item, "approved");
        }
        String comment = goLive == null ? null : "scheduled for " + goLive;
        return transition(item, who, WorkflowAction.APPROVE, goLive == null ? WorkflowStatus.PUBLISHED : WorkflowStatus.SCHEDULED,
                comment, ownSubmission);
    }

    @Transactional
    public ItemView unpublish(ContentKind kind, long id, StaffMember who) {
        WorkflowPolicy.requireRole(WorkflowAction.UNPUBLISH, who);
        ContentItem item = lock(kind, id, WorkflowAction.UNPUBLISH);
        readerIndex.takeOffline(item);
        announce(item, "unpublished");
        return transition(item, who, WorkflowAction.UNPUBLISH, offlineStatus(item.status), null, false);
    }

    @Transactional
    public ItemView archive(ContentKind kind, long id, StaffMember who) {
        WorkflowPolicy.requireRole(WorkflowAction.ARCHIVE, who);
        ContentItem item = lock(kind, id, WorkflowAction.ARCHIVE);
        if (item.liveRevision != null) {
            announce(item, "archived");
        }
        readerIndex.takeOffline(item);
        return transition(item, who, WorkflowAction.ARCHIVE, WorkflowStatus.ARCHIVED, null, false);
    }

    /**
     * Records what the clock has done: scheduled items whose time came are PUBLISHED, live items
     * whose unpublish time passed are UNPUBLISHED. Readers never wait for this (visibility is
     * computed from the clock); it keeps states and the audit log true.
     */
    @Transactional
    public int applySchedule() {
        Instant now = Instant.now(clock);
        List<ContentItem> due = ContentItem.find("status = ?1 and liveFrom <= ?2", WorkflowStatus.SCHEDULED, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE).withHint(SKIP_LOCKED, Timeouts.SKIP_LOCKED_MILLI).list();
        for (ContentItem item : due) {
            announce(item, "publish time reached");
            record(item, SCHEDULER, WorkflowAction.SCHEDULED_PUBLISH, WorkflowStatus.PUBLISHED, null, false);
        }
        List<ContentItem> expired = ContentItem.find("liveRevision is not null and liveUntil <= ?1", now)
                .withLock(LockModeType.PESSIMISTIC_WRITE).withHint(SKIP_LOCKED, Timeouts.SKIP_LOCKED_MILLI).list();
        for (ContentItem item : expired) {
            announce(item, "unpublish time reached");
            readerIndex.takeOffline(item);
            record(item, SCHEDULER, WorkflowAction.SCHEDULED_EXPIRY, offlineStatus(item.status), "unpublish time reached", false);
        }
        return due.size() + expired.size();
    }

    /** Readers' pages of the item's editions (its own and its translations') may change. */
    private void announce(ContentItem item, String what) {
        publicChange.fire(PublicChange.in(readerIndex.editionsShowing(item), item.kind.name().toLowerCase() + " " + item.id + " " + what));
    }

    private ItemView transition(ContentItem item, StaffMember who, WorkflowAction action, WorkflowStatus to, String comment,
            boolean fourEyesRelaxed) {
        record(item, who.username(), action, to, comment, fourEyesRelaxed);
        item.updatedBy = who.username();
        item.updatedAt = Instant.now(clock);
        item.persistAndFlush();
        return content.views(item);
    }

    private void record(ContentItem item, String actor, WorkflowAction action, WorkflowStatus to, String comment,
            boolean fourEyesRelaxed) {
        WorkflowStatus from = item.status;
        item.status = to;
        audit.record(item.id, actor, action, from, to, comment, fourEyesRelaxed);
        transitions.fire(new ItemTransition(item.id, item.kind, item.title, item.language, action, to, actor,
                Arrays.asList(item.createdBy, item.submittedBy), comment));
    }

    /** Going offline ends PUBLISHED and SCHEDULED; a pending edit (DRAFT, IN_REVIEW) keeps its place in review. */
    private static WorkflowStatus offlineStatus(WorkflowStatus current) {
        return current == WorkflowStatus.PUBLISHED || current == WorkflowStatus.SCHEDULED ? WorkflowStatus.UNPUBLISHED : current;
    }

    private static void keepOldSlugAnswering(ContentItem item, String previousLiveSlug) {
        SlugRedirect.delete("language = ?1 and kind = ?2 and slug = ?3", item.language, item.kind, item.slug);
        if (previousLiveSlug != null && !previousLiveSlug.equals(item.slug)) {
            SlugRedirect redirect = SlugRedirect.find(item.language, item.kind, previousLiveSlug).orElseGet(SlugRedirect::new);
            redirect.language = item.language;
            redirect.kind = item.kind;
            redirect.slug = previousLiveSlug;
            redirect.itemId = item.id;
            redirect.persist();
        }
    }

    private static ContentItem lock(ContentKind kind, long id, WorkflowAction action) {
        ContentItem item = ContentItem.lockOfKind(kind, id).orElseThrow(() -> new NotFoundException("No such item."));
        WorkflowPolicy.requireState(action, item.status, item.liveRevision != null);
        return item;
    }

    private WorkflowPolicy.Subject subject(ContentItem item) {
        return new WorkflowPolicy.Subject(item.status, item.submittedBy, item.liveRevision != null,
                () -> revisions.authorsSinceLive(item));
    }

    /** The review actions {@code who} may take on the item now, by label: the buttons the desk shows. */
    @Transactional
    public List<String> offered(ContentKind kind, long id, StaffMember who) {
        ContentItem item = ContentItem.findOfKind(kind, id).orElseThrow(() -> new NotFoundException("No such item."));
        return WorkflowPolicy.offered(subject(item), who, SiteSettings.current().fourEyesRelaxed);
    }

    private static void requireSeenVersion(Long seenVersion) {
        if (seenVersion == null) {
            throw InvalidFieldsException.of("version", "is required: the version of the item you read");
        }
    }

    /** The item is still the version the person acting read, or nothing happens. */
    private static void requireUnchanged(ContentItem item, long seenVersion, String doing) {
        if (item.version != seenVersion) {
            throw StaleVersionException.sinceReviewed("This " + item.kind.name().toLowerCase(), doing, seenVersion,
                    item.version, item.updatedBy, item.updatedAt);
        }
    }
}
