package org.masthead.content;

import java.time.Instant;

/** One line of an item's history of saves. */
public record RevisionSummary(int number, String createdBy, Instant createdAt, String note, boolean live,
        boolean working) {
}
