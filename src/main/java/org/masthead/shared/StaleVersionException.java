package org.masthead.shared;

import java.time.Instant;

/**
 * A save carried a version someone else has already replaced. Nothing was written; the caller
 * learns the current version and who saved it so that the user can merge and retry.
 */
public class StaleVersionException extends RuntimeException {

    private final long currentVersion;
    private final String updatedBy;
    private final Instant updatedAt;

    public StaleVersionException(String what, long currentVersion, String updatedBy, Instant updatedAt) {
        super(what + " was changed by " + (updatedBy == null ? "someone else" : updatedBy)
                + " while you were editing it; your changes were not saved. The current version is " + currentVersion + ".");
        this.currentVersion = currentVersion;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
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
