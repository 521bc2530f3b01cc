package org.masthead.taxonomy;

/**
 * Fired (synchronously, in the deleting transaction) before a category is deleted: an observer that still points at
 * it throws a {@link org.masthead.shared.ConflictException} saying what to change first, and nothing is deleted.
 */
public record CategoryDeleting(long id, String name, String language) {
}
