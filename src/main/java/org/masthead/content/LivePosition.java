package org.masthead.content;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Where a reader's listing stands: the time an entry went live and its id, newest first. Its cursor form
 * ({@code 2026-05-01T08:00:00Z_42}) is what the API's {@code after} and the site's {@code before}/{@code after}
 * parameters carry; this record is the only place that writes or reads it.
 */
public record LivePosition(Instant liveFrom, long id) {

    /**
     * The position a cursor names; null for a missing or blank cursor.
     *
     * @throws IllegalArgumentException if the cursor is not one {@link #cursor()} wrote
     */
    public static LivePosition parse(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        int split = cursor.lastIndexOf('_');
        if (split < 0) {
            throw new IllegalArgumentException("not a listing cursor: " + cursor);
        }
        try {
            return new LivePosition(Instant.parse(cursor.substring(0, split)), Long.parseLong(cursor.substring(split + 1)));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("not a listing cursor: " + cursor, e);
        }
    }

    public String cursor() {
        return liveFrom + "_" + id;
    }
}
