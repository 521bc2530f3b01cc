package org.masthead.web.api;

import org.masthead.shared.InvalidFieldsException;

/**
 * Numbers in query strings, read so that a wrong one is a 400 naming the parameter (JAX-RS would
 * answer 404 for a query parameter it cannot convert).
 */
final class QueryParams {

    private QueryParams() {
    }

    static Long optionalLong(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidFieldsException.of(name, "must be a whole number");
        }
    }

    static int limit(String value, int fallback, int max) {
        Long limit = optionalLong("limit", value);
        if (limit == null) {
            return fallback;
        }
        if (limit < 1 || limit > max) {
            throw InvalidFieldsException.of("limit", "must be between 1 and " + max);
        }
        return limit.intValue();
    }
}
