package org.masthead.web.site.read;

import org.masthead.content.LivePosition;

/**
 * Where a listing page starts: after the last entry of the older page's predecessor
 * ({@code before}), before the first of the newer one ({@code after}), or, for an address typed by
 * hand, a page number alone.
 */
public record PageRequest(int page, LivePosition before, LivePosition after) {

    public static PageRequest parse(String page, String before, String after) {
        int number = 1;
        if (page != null && !page.isBlank()) {
            try {
                number = Integer.parseInt(page.strip());
            } catch (NumberFormatException e) {
                throw new BadPageException();
            }
            if (number < 1 || number > 100_000) {
                throw new BadPageException();
            }
        }
        return new PageRequest(number, position(before), position(after));
    }

    private static LivePosition position(String cursor) {
        try {
            return LivePosition.parse(cursor);
        } catch (IllegalArgumentException e) {
            throw new BadPageException();
        }
    }
}
