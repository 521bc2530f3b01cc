package org.masthead.content;

import org.masthead.workflow.WorkflowStatus;

/** What a staff listing is narrowed to; every part is optional. */
public record ItemFilter(WorkflowStatus status, String language, Long categoryId, String text) {
}
