package org.masthead.comment;

import org.masthead.shared.FieldError;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.masthead.shared.InvalidFieldsException;
import org.masthead.content.ContentItem;
import org.masthead.shared.ContentKind;
import org.masthead.security.Roles;
import org.masthead.security.StaffMember;
import org.masthead.shared.CommentWaiting;
import org.masthead.shared.PublicChange;
import org.masthead.shared.PublicUrls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.masthead.shared.NotFoundException;

/**
 * Readers' comments: held on arrival, shown once a reviewer approves them. Every moderation change
 * recounts the article's approved comments in its own transaction (content_item.comment_count) and,
 * when what readers see changes, tells the public page cache.
 */
@ApplicationScoped
public class CommentService {

    private final EntityManager em;
    private final Clock clock;
    private final Event<PublicChange> publicChange;

    private final Event<CommentWaiting> waiting;

    CommentService(EntityManager em, Clock clock, Event<PublicChange> publicChange, Event<CommentWaiting> waiting) {
        this.em = em;
        this.clock = clock;
        this.publicChange = publicChange;
        this.waiting = waiting;
    }

    /**
     * Holds a reader's comment on the live article at {@code slug} for moderation and answers the
     * article's address; empty when no article is live there. Nothing readers see changes yet.
     */
    @Transactional
    public Optional<String> submit(String language, String slug, CommentInput input) {
        return submit(language, slug, input, null);
    }

    /**
     * A reader's comment, answering the approved comment {@code replyTo} of the same article when there is one (a
     * reply to a comment since removed is kept as a comment of its own, never lost).
     */
    @Transactional
    public Optional<String> submit(String language, String slug, CommentInput input, Long replyTo) {
        Map<String, CommentInput.Problem> problems = input.problems();
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems.entrySet().stream()
                    .map(p -> new FieldError(p.getKey(), p.getValue().name())).toList());
        }
        Instant now = Instant.now(clock);
        Optional<ContentItem> article = ContentItem.findLiveBySlug(language, ContentKind.ARTICLE, slug, now);
        article.ifPresent(item -> {
            Comment comment = new Comment();
            comment.itemId = item.id;
            comment.parentId = replyTo != null && Comment.count("id = ?1 and itemId = ?2 and status = ?3", replyTo, item.id,
                    CommentStatus.APPROVED) > 0 ? replyTo : null;
            comment.authorName = input.authorName();
            comment.authorEmail = input.authorEmail().isEmpty() ? null : input.authorEmail();
            comment.body = input.body();
            comment.status = CommentStatus.PENDING;
            comment.createdAt = now;
            comment.persist();
            String body = comment.body;
            waiting.fire(new CommentWaiting(comment.id, item.id, item.title, item.language, comment.authorName,
                    body.length() > 300 ? body.substring(0, 300) + "…" : body));
        });
        return article.map(item -> PublicUrls.item(ContentKind.ARTICLE, item.language, item.liveSlug));
    }

    // ---------------------------------------------------------------- moderation

    /** How many comments wait for a reviewer (the desk's menu shows it). */
    @Transactional
    public long pendingCount() {
        return Comment.count("status", CommentStatus.PENDING);
    }

    /** The queue of one status, newest first, from the cursor {@code after} (a previous page's {@code next}). */
    @Transactional
    public CommentPage list(StaffMember who, CommentStatus status, String after, int limit) {
        who.require(Roles.REVIEWER, "Moderating comments");
        Instant at = null;
        Long id = null;
        if (after != null && !after.isBlank()) {
            int split = after.lastIndexOf('_');
            try {
                at = Instant.parse(after.substring(0, split));
                id = Long.parseLong(after.substring(split + 1));
            } catch (IndexOutOfBoundsException | DateTimeParseException | NumberFormatException e) {
                throw InvalidFieldsException.of("after", "is not a cursor this API gave out");
            }
        }
        List<Comment> comments = new ArrayList<>(Comment.newest(status, at, id, limit + 1));
        String next = null;
        if (comments.size() > limit) {
            comments = comments.subList(0, limit);
            Comment last = comments.get(limit - 1);
            next = last.createdAt + "_" + last.id;
        }
        return new CommentPage(views(comments), next);
    }

    @Transactional
    public CommentView approve(StaffMember who, long id) {
        return moderate(who, id, CommentStatus.APPROVED);
    }

    @Transactional
    public CommentView reject(StaffMember who, long id) {
        return moderate(who, id, CommentStatus.REJECTED);
    }

    @Transactional
    public void delete(StaffMember who, long id) {
        who.require(Roles.REVIEWER, "Moderating comments");
        Locked locked = lock(id);
        locked.comment().delete();
        changed(locked, locked.comment().status, null);
    }

    private CommentView moderate(StaffMember who, long id, CommentStatus to) {
        who.require(Roles.REVIEWER, "Moderating comments");
        Locked locked = lock(id);
        Comment comment = locked.comment();
        CommentStatus from = comment.status;
        if (from != to) {
            comment.status = to;
            comment.moderatedBy = who.username();
            comment.moderatedAt = Instant.now(clock);
            changed(locked, from, to);
        }
        return views(List.of(comment)).get(0);
    }

    private record Locked(Comment comment, String language) {
    }

    /**
     * A comment brought in by an import, with its original author, time and status (approved or pending; spam is
     * never imported); the article's count of approved comments is recounted.
     */
    @Transactional
    public long importComment(long itemId, Long parentId, String authorName, String authorEmail, String body,
            CommentStatus status, Instant createdAt, String importedBy) {
        Comment comment = new Comment();
        comment.itemId = itemId;
        comment.parentId = parentId != null && Comment.count("id = ?1 and itemId = ?2", parentId, itemId) > 0 ? parentId : null;
        comment.authorName = authorName.length() > 100 ? authorName.substring(0, 100) : authorName;
        comment.authorEmail = authorEmail == null || authorEmail.isBlank() || authorEmail.length() > 254 ? null : authorEmail;
        comment.body = body;
        comment.status = status;
        comment.createdAt = createdAt;
        if (status != CommentStatus.PENDING) {
            comment.moderatedBy = importedBy;
            comment.moderatedAt = createdAt;
        }
        comment.persist();
        recount(itemId);
        return comment.id;
    }

    /**
     * Locks the comment's article, then the comment: moderations of one article take turns, so its
     * recount never races another, and always in this order, so they cannot deadlock.
     */
    private Locked lock(long id) {
        List<?> item = em.createNativeQuery("SELECT item_id FROM comment WHERE id = :id").setParameter("id", id).getResultList();
        if (item.isEmpty()) {
            throw new NotFoundException("No comment has id " + id + ".");
        }
        long itemId = ((Number) item.get(0)).longValue();
        String language = (String) em.createNativeQuery("SELECT language FROM content_item WHERE id = :id FOR UPDATE")
                .setParameter("id", itemId).getSingleResult();
        Comment comment = Comment.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (comment == null) {
            throw new NotFoundException("No comment has id " + id + ".");
        }
        return new Locked(comment, language);
    }

    /** Recounts the article's approved comments; readers' pages of its edition go stale if an approved one came or went. */
    /** The article's count of approved comments, as listings read it (content_item.comment_count). */
    private void recount(long itemId) {
        em.flush();
        em.createNativeQuery("UPDATE content_item SET comment_count = (SELECT COUNT(*) FROM comment"
                + " WHERE item_id = :id AND status = 'APPROVED') WHERE id = :id").setParameter("id", itemId).executeUpdate();
    }

    private void changed(Locked locked, CommentStatus from, CommentStatus to) {
        recount(locked.comment().itemId);
        if ((from == CommentStatus.APPROVED) != (to == CommentStatus.APPROVED)) {
            publicChange.fire(PublicChange.in(locked.language(), "comment " + (to == null ? "deleted" : to.name().toLowerCase())));
        }
    }

    private List<CommentView> views(List<Comment> comments) {
        Map<Long, ContentItem> items = new HashMap<>();
        List<Long> ids = comments.stream().map(c -> c.itemId).distinct().toList();
        if (!ids.isEmpty()) {
            ContentItem.<ContentItem> list("id in ?1", ids).forEach(item -> items.put(item.id, item));
        }
        Instant now = Instant.now(clock);
        return comments.stream().map(c -> {
            ContentItem item = items.get(c.itemId);
            String publicHref = item.isLiveAt(now) && item.kind != ContentKind.DIGEST
                    ? PublicUrls.item(item.kind, item.language, item.liveSlug) : null;
            return new CommentView(c.id, c.itemId, item.title, item.language, "/admin/" + item.kind.collection() + "/" + item.id,
                    publicHref, c.parentId, c.authorName, c.authorEmail, c.body, c.status, c.createdAt, c.moderatedBy, c.moderatedAt);
        }).toList();
    }
}
