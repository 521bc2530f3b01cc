package org.masthead.content;

import org.masthead.shared.WorkflowStatus;

/**
 * What a staff listing is narrowed to; every part is optional. {@code author} is who created the
 * item; {@code oldestFirst} turns the default newest-first order round.
 */
public record ItemFilter(WorkflowStatus status, String language, Long categoryId, String text, String author,
        boolean oldestFirst) {

    public ItemFilter(WorkflowStatus status, String language, Long categoryId, String text) {
        this(status, language, categoryId, text, null, false);
    }
}
