package org.masthead.content;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.masthead.audit.AuditLog;
import org.masthead.security.Roles;
import org.masthead.security.StaffMember;
import org.masthead.shared.ConflictException;
import org.masthead.shared.ContentKind;
import org.masthead.shared.InvalidFieldsException;
import org.masthead.shared.NotFoundException;
import org.masthead.shared.WorkflowAction;
import org.masthead.shared.WorkflowStatus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Preview links: a reviewer lets someone outside the desk read one revision of an item as readers
 * will see it, for at most seven days, until revoked, and never once the item is archived. Handing
 * one out and revoking it are in the audit log.
 */
@ApplicationScoped
public class PreviewLinkService {

    /** The longest a preview link may work. */
    public static final Duration LONGEST = Duration.ofDays(7);

    /** What an unexpired, unrevoked link opens. */
    public record Grant(long itemId, int revision) {
    }

    /** A link as the desk lists it. */
    public record PreviewLinkView(long id, long itemId, int revision, String createdBy, Instant createdAt, Instant expiresAt) {

        static PreviewLinkView of(PreviewLink link) {
            return new PreviewLinkView(link.id, link.itemId, link.revision, link.createdBy, link.createdAt, link.expiresAt);
        }
    }

    private final Clock clock;
    private final AuditLog audit;

    PreviewLinkService(Clock clock, AuditLog audit) {
        this.clock = clock;
        this.audit = audit;
    }

    /** A link to the item's working revision as it is now; later saves do not show through it. */
    @Transactional
    public PreviewLinkView issue(ContentKind kind, long id, Duration validFor, StaffMember who) {
        who.require(Roles.REVIEWER, "Creating preview links");
        if (validFor.compareTo(Duration.ofHours(1)) < 0 || validFor.compareTo(LONGEST) > 0) {
            throw InvalidFieldsException.of("hours", "must be a whole number of hours from 1 to " + LONGEST.toHours());
        }
        ContentItem item = item(kind, id);
        if (item.status == WorkflowStatus.ARCHIVED) {
            throw new ConflictException("An archived item cannot be shown through a preview link.");
        }
        Instant now = Instant.now(clock);
        PreviewLink link = new PreviewLink();
        link.itemId = item.id;
        link.revision = item.workingRevision;
        link.createdBy = who.username();
        link.createdAt = now;
        link.expiresAt = now.plus(validFor).truncatedTo(ChronoUnit.SECONDS);
        link.persist();
        audit.record(item.id, who.username(), WorkflowAction.PREVIEW_LINK, item.status, item.status,
                "preview link " + link.id + " to revision " + link.revision + ", until " + link.expiresAt, false);
        return PreviewLinkView.of(link);
    }

    /** The item's links that still open, newest first. */
    @Transactional
    public List<PreviewLinkView> open(long itemId) {
        return PreviewLink.open(itemId, Instant.now(clock)).stream().map(PreviewLinkView::of).toList();
    }

    @Transactional
    public void revoke(ContentKind kind, long id, long linkId, StaffMember who) {
        who.require(Roles.REVIEWER, "Revoking preview links");
        ContentItem item = item(kind, id);
        PreviewLink link = PreviewLink.<PreviewLink> findByIdOptional(linkId).filter(l -> l.itemId.equals(item.id))
                .orElseThrow(() -> new NotFoundException("This item has no such preview link."));
        if (link.revokedAt != null) {
            return;
        }
        link.revokedAt = Instant.now(clock);
        link.revokedBy = who.username();
        audit.record(item.id, who.username(), WorkflowAction.REVOKE_PREVIEW_LINK, item.status, item.status,
                "preview link " + link.id + " to revision " + link.revision, false);
    }

    /**
     * What the link {@code linkId}, signed to expire at {@code expires}, opens now: nothing once it
     * expired, was revoked, or its item was archived or deleted.
     */
    @Transactional
    public Optional<Grant> grant(long linkId, Instant expires) {
        Instant now = Instant.now(clock);
        return PreviewLink.<PreviewLink> findByIdOptional(linkId)
                .filter(link -> link.expiresAt.getEpochSecond() == expires.getEpochSecond() && link.opensAt(now))
                .filter(link -> ContentItem.<ContentItem> findByIdOptional(link.itemId)
                        .filter(item -> item.status != WorkflowStatus.ARCHIVED).isPresent())
                .map(link -> new Grant(link.itemId, link.revision));
    }

    private static ContentItem item(ContentKind kind, long id) {
        return ContentItem.findOfKind(kind, id).orElseThrow(() -> new NotFoundException("No such item."));
    }
}
