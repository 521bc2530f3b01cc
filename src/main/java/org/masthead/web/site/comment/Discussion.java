package org.masthead.web.site.comment;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The comments part of an article's page: its approved comments in thread order (each reply under what it answers),
 * the form to add one (its action, the comment it answers if any, what the reader typed and what was wrong with it)
 * and what became of the reader's last comment.
 */
public record Discussion(List<Shown> comments, String articleHref, String action, Shown replyTo, Notice notice,
        Map<String, String> form, Map<String, String> errors) {

    /** How far replies are indented; deeper ones line up at this depth, still naming whom they answer. */
    public static final int MAX_DEPTH = 3;

    /** Nothing to tell; the comment was taken and awaits moderation; it was refused (see {@link #errors}). */
    public enum Notice {
        NONE, AWAITING, REFUSED
    }

    /**
     * An approved comment: paragraphs of lines, each escaped by the template, so a line break stays one. A reply
     * names the comment it answers ({@code parentId}, {@code parentAuthor}) and sits {@code depth} levels in.
     */
    public record Shown(long id, String author, Instant date, List<List<String>> paragraphs, Long parentId,
            String parentAuthor, int depth) {

        Shown at(int depth, Shown parent) {
            return new Shown(id, author, date, paragraphs, parent == null ? null : parent.id(),
                    parent == null ? null : parent.author(), Math.min(depth, MAX_DEPTH));
        }

        /** Where "Reply" leads: the article again, with the form answering this comment. */
        public String replyHref(String articleHref) {
            return articleHref + "?replyTo=" + id + "#comment-form";
        }
    }

    public int count() {
        return comments.size();
    }

    public String value(String field) {
        return form.getOrDefault(field, "");
    }

    public boolean awaiting() {
        return notice == Notice.AWAITING;
    }

    public boolean refused() {
        return notice == Notice.REFUSED;
    }
}
