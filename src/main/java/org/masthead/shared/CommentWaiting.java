package org.masthead.shared;

/** A reader's comment now waits for moderation (fired in the transaction that keeps it). */
public record CommentWaiting(long commentId, long itemId, String itemTitle, String language, String authorName, String excerpt) {
}
