package org.masthead.shared;

import java.time.Instant;

/**
 * A save or a review action carried a version someone else has already replaced. Nothing was done; the caller
 * learns the current version and who saved it so that the user can merge and retry.
 */
public class StaleVersionException extends RuntimeException {

    private final long currentVersion;
    private final String updatedBy;
    private final Instant updatedAt;

    /** Someone else saved the thing being edited first; the edit was not saved. */
    public static StaleVersionException whileEditing(String what, long currentVersion, String updatedBy, Instant updatedAt) {
        return new StaleVersionException(what + " was changed by " + (updatedBy == null ? "someone else" : updatedBy)
                + " while you were editing it; your changes were not saved. The current version is " + currentVersion + ".",
                currentVersion, updatedBy, updatedAt);
    }

    private StaleVersionException(String message, long currentVersion, String updatedBy, Instant updatedAt) {
        super(message);
        this.currentVersion = currentVersion;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    /**
     * A review action named a version of the item that is no longer the current one: what the reviewer saw is not
     * what would be acted on, so nothing is done.
     */
    public static StaleVersionException sinceReviewed(String what, String doing, long seenVersion, long currentVersion,
            String updatedBy, Instant updatedAt) {
        return new StaleVersionException(what + " changed since you opened it (you saw version " + seenVersion
                + ", it is now version " + currentVersion + ", last changed by " + (updatedBy == null ? "someone else" : updatedBy)
                + (updatedAt == null ? "" : " at " + updatedAt) + "); nothing was done. Reload it and review the current text before "
                + doing + ".", currentVersion, updatedBy, updatedAt);
    }

    public long currentVersion() {
        return currentVersion;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
