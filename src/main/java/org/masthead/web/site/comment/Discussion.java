package org.masthead.web.site.comment;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The comments part of an article's page: its approved comments, the form to add one (its action,
 * what the reader typed and what was wrong with it) and what became of the reader's last comment.
 */
public record Discussion(List<Shown> comments, String action, Notice notice, Map<String, String> form,
        Map<String, String> errors) {

    /** Nothing to tell; the comment was taken and awaits moderation; it was refused (see {@link #errors}). */
    public enum Notice {
        NONE, AWAITING, REFUSED
    }

    /** An approved comment: paragraphs of lines, each escaped by the template, so a line break stays one. */
    public record Shown(long id, String author, Instant date, List<List<String>> paragraphs) {
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
