package org.masthead.comment;

/** Where a reader's comment stands: held until a reviewer approves it (readers see it) or rejects it. */
public enum CommentStatus {
    PENDING, APPROVED, REJECTED
}
