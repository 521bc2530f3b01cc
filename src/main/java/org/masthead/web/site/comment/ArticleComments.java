package org.masthead.web.site.comment;

import org.masthead.shared.PublicUrls;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.masthead.comment.CommentInput;
import org.masthead.comment.CommentRateLimit;
import org.masthead.comment.CommentService;
import org.masthead.shared.ContentKind;
import org.masthead.web.site.comment.Discussion.Notice;
import org.masthead.web.site.PublicResponder.Outcome;
import org.masthead.web.site.read.Lookup;
import org.masthead.web.site.read.ReaderViews.Item;
import org.masthead.web.site.EditionRoutes;
import org.masthead.web.site.SiteFrame;
import org.masthead.web.site.read.ReaderSql;
import org.masthead.web.site.read.ReaderContent;
import org.masthead.web.site.SiteMessages;
import org.masthead.web.site.PublicResponder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Readers' comments on the public site: the discussion under a live article, and the anonymous form
 * that adds to it. A taken comment waits for a reviewer, so the answer is the article's page with a
 * notice, the same for everyone and cacheable; a refused one re-renders the page with the reader's
 * input and each problem next to its field, never cached.
 */
@ApplicationScoped
public class ArticleComments {

    private final CommentService comments;
    private final CommentRateLimit limit;
    private final ReaderContent reader;
    private final PublicResponder responder;
    private final ReaderSql sql;

    ArticleComments(CommentService comments, CommentRateLimit limit, ReaderContent reader, PublicResponder responder, ReaderSql sql) {
        this.comments = comments;
        this.limit = limit;
        this.reader = reader;
        this.responder = responder;
        this.sql = sql;
    }

    /** The discussion shown under {@code item}: only articles have one. */
    public Discussion discussion(Item item, Notice notice) {
        return discussion(item, notice, null, Map.of(), Map.of());
    }

    /** The discussion with the form answering the approved comment {@code replyTo} (none if it is not one of them). */
    public Discussion discussion(Item item, Notice notice, Long replyTo) {
        return discussion(item, notice, replyTo, Map.of(), Map.of());
    }

    private Discussion discussion(Item item, Notice notice, Long replyTo, Map<String, String> form, Map<String, String> errors) {
        if (item.kind() != ContentKind.ARTICLE) {
            return null;
        }
        // most articles have none: their count (kept on the item) saves the read
        List<Discussion.Shown> approved = item.comments() == 0 ? List.of()
                : sql.list("SELECT id, parent_id, author_name, body, created_at FROM comment WHERE item_id = ?"
                        + " AND status = 'APPROVED' ORDER BY created_at, id", row -> new Discussion.Shown(row.getLong("id"),
                                row.getString("author_name"), ReaderSql.instant(row, "created_at"),
                                paragraphs(row.getString("body")), ReaderSql.longOrNull(row, "parent_id"), null, 0), item.id());
        List<Discussion.Shown> threaded = threaded(approved);
        Discussion.Shown answering = replyTo == null ? null
                : threaded.stream().filter(c -> c.id() == replyTo).findFirst().orElse(null);
        return new Discussion(threaded, item.href(), item.href() + "/comments", answering, notice, form, errors);
    }

    /** Comments oldest first, each followed by its replies (oldest first, recursively); a reply to a comment not shown stands alone. */
    static List<Discussion.Shown> threaded(List<Discussion.Shown> oldestFirst) {
        Map<Long, Discussion.Shown> byId = new LinkedHashMap<>();
        oldestFirst.forEach(c -> byId.put(c.id(), c));
        Map<Long, List<Discussion.Shown>> replies = new LinkedHashMap<>();
        List<Discussion.Shown> roots = new ArrayList<>();
        for (Discussion.Shown c : oldestFirst) {
            if (c.parentId() != null && byId.containsKey(c.parentId()) && !c.parentId().equals(c.id())) {
                replies.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
            } else {
                roots.add(c);
            }
        }
        List<Discussion.Shown> out = new ArrayList<>();
        Set<Long> placed = new HashSet<>();
        for (Discussion.Shown root : roots) {
            place(root, null, 0, replies, out, placed);
        }
        return out;
    }

    private static void place(Discussion.Shown comment, Discussion.Shown parent, int depth, Map<Long, List<Discussion.Shown>> replies,
            List<Discussion.Shown> out, Set<Long> placed) {
        if (!placed.add(comment.id())) {
            return;
        }
        Discussion.Shown shown = comment.at(depth, parent);
        out.add(shown);
        for (Discussion.Shown reply : replies.getOrDefault(comment.id(), List.of())) {
            place(reply, shown, depth + 1, replies, out, placed);
        }
    }

    /** A reader's comment on the article at {@code slug}, sent from {@code address}. */
    public Response post(UriInfo uri, String language, String slug, String address, CommentForm form) {
        Optional<CommentRateLimit.Send> send = limit.take(address);
        if (send.isEmpty()) {
            return Response.fromResponse(responder.uncached(uri, language, Response.Status.TOO_MANY_REQUESTS,
                    frame -> new Outcome.Problem(Response.Status.TOO_MANY_REQUESTS, "tooMany")))
                    .header(HttpHeaders.RETRY_AFTER, 600).build();
        }
        if (form.website != null && !form.website.isBlank()) {
            // a bot filled the field people never see: answer as if taken, keep nothing (the send stays counted)
            return awaiting(PublicUrls.item(ContentKind.ARTICLE, language, slug));
        }
        CommentInput input = CommentInput.of(form.name, form.email, form.comment);
        Map<String, CommentInput.Problem> problems = input.problems();
        if (problems.isEmpty()) {
            Optional<String> article;
            try {
                article = comments.submit(language, slug, input, replyTo(form.replyTo));
            } catch (RuntimeException e) {
                limit.giveBack(send.get());
                throw e;
            }
            if (article.isEmpty()) {
                limit.giveBack(send.get());
                return responder.uncached(uri, language, Response.Status.NOT_FOUND, frame -> Outcome.notFound());
            }
            return awaiting(article.get());
        }
        limit.giveBack(send.get());
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("name", form.name == null ? "" : form.name);
        typed.put("email", form.email == null ? "" : form.email);
        typed.put("comment", form.comment == null ? "" : form.comment);
        Long answering = replyTo(form.replyTo);
        return responder.uncached(uri, language, Response.Status.BAD_REQUEST, frame -> {
            Lookup lookup = reader.item(ContentKind.ARTICLE, language, slug);
            if (!(lookup instanceof Lookup.Found)) {
                return Outcome.notFound();
            }
            Map<String, String> errors = new LinkedHashMap<>();
            problems.forEach((field, problem) -> errors.put(field, message(frame, problem, input)));
            return EditionRoutes.itemOutcome(frame, lookup, item -> discussion(item, Notice.REFUSED, answering, typed, errors));
        });
    }

    /** The comment id a form or link names, or null when it names none. */
    public static Long replyTo(String value) {
        return value != null && value.matches("[1-9]\\d{0,17}") ? Long.valueOf(value) : null;
    }

    private static Response awaiting(String articleHref) {
        return Response.seeOther(URI.create(articleHref + "?commented=1#comments")).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    private static String message(SiteFrame frame, CommentInput.Problem problem, CommentInput input) {
        SiteMessages messages = PublicResponder.messages(frame.language());
        return switch (problem) {
            case NAME_MISSING -> messages.commentNameMissing();
            case NAME_TOO_LONG -> messages.commentNameTooLong(frame.num(CommentInput.MAX_NAME));
            case EMAIL_INVALID -> messages.commentEmailInvalid();
            case BODY_MISSING -> messages.commentBodyMissing();
            case BODY_TOO_LONG -> messages.commentBodyTooLong(frame.num(input.bodyLength()), frame.num(CommentInput.MAX_BODY));
        };
    }

    /** Paragraphs at blank lines, lines at single breaks: the shape the commenter typed, as plain text. */
    static List<List<String>> paragraphs(String body) {
        List<List<String>> paragraphs = new ArrayList<>();
        for (String paragraph : body.split("\n\\s*\n")) {
            if (!paragraph.isBlank()) {
                paragraphs.add(Arrays.stream(paragraph.strip().split("\n")).map(String::stripTrailing).toList());
            }
        }
        return paragraphs;
    }
}
