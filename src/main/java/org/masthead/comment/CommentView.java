package org.masthead.comment;

import java.time.Instant;

/**
 * A comment as the desk and the API show it, with the article it belongs to: its working title,
 * the editor's address and, while the article is live, the reader's address; {@code replyTo} is the comment it answers.
 */
public record CommentView(long id, long itemId, String itemTitle, String itemLanguage, String editorHref, String publicHref,
        Long replyTo, String authorName, String authorEmail, String body, CommentStatus status, Instant createdAt, String moderatedBy,
        Instant moderatedAt) {
}
