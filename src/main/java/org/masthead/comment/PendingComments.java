package org.masthead.comment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The desk menu's "Comments (N pending)": {@code {inject:pendingComments.count}}, counted once per page. */
@Named("pendingComments")
@RequestScoped
public class PendingComments {

    private final CommentService comments;
    private Long count;

    PendingComments(CommentService comments) {
        this.comments = comments;
    }

    public long count() {
        if (count == null) {
            count = comments.pendingCount();
        }
        return count;
    }
}
