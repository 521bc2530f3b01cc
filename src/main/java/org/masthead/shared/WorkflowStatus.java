package org.masthead.shared;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an item's working copy stands in review. Every allowed transition is listed here and
 * nowhere else; what readers see is decided by the live revision and its window, not by this.
 */
public enum WorkflowStatus {
    DRAFT,
    IN_REVIEW,
    SCHEDULED,
    PUBLISHED,
    UNPUBLISHED,
    ARCHIVED;

    private static final Map<WorkflowAction, Set<WorkflowStatus>> FROM = Map.of(
            WorkflowAction.SUBMIT, EnumSet.of(DRAFT),
            WorkflowAction.WITHDRAW, EnumSet.of(IN_REVIEW),
            WorkflowAction.APPROVE, EnumSet.of(IN_REVIEW),
            WorkflowAction.REQUEST_CHANGES, EnumSet.of(IN_REVIEW),
            WorkflowAction.UNPUBLISH, EnumSet.of(DRAFT, IN_REVIEW, SCHEDULED, PUBLISHED),
            WorkflowAction.ARCHIVE, EnumSet.of(DRAFT, SCHEDULED, PUBLISHED, UNPUBLISHED),
            WorkflowAction.EDIT, EnumSet.of(DRAFT, SCHEDULED, PUBLISHED, UNPUBLISHED));

    /** Whether {@code action} may start from this status (unpublish also needs a live revision). */
    public boolean allows(WorkflowAction action) {
        return FROM.getOrDefault(action, Set.of()).contains(this);
    }
}
