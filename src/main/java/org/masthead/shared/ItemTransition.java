package org.masthead.shared;

/**
 * A workflow step an item took (submitted, sent back, approved, live at its scheduled time), fired inside the
 * transaction that records it: what the notifications need to say who should hear of it.
 *
 * @param authors the item's creator and its last submitter (either may be null), the people its fate concerns
 * @param comment the reviewer's words when changes are requested, else null
 */
public record ItemTransition(long itemId, ContentKind kind, String title, String language, WorkflowAction action,
        WorkflowStatus to, String actor, java.util.List<String> authors, String comment) {
}
