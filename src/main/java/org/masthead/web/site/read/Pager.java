package org.masthead.web.site.read;

import java.util.List;

import org.masthead.content.LivePosition;
import org.masthead.shared.PublicUrls;

/** The "Newer" and "Older" links around one page of a newest-first list, absent at either end. */
record Pager(String newer, String older) {

    /**
     * {@code shown} are the positions on the page, newest first; {@code more} says whether the
     * query found one beyond them in the direction it read.
     */
    static Pager of(String path, PageRequest request, boolean more, List<LivePosition> shown) {
        if (shown.isEmpty()) {
            return new Pager(null, null);
        }
        boolean backwards = request.after() != null;
        int page = request.page();
        boolean hasNewer = page > 1 && (!backwards || more);
        boolean hasOlder = backwards || more;
        String and = path.contains("?") ? "&" : "?";
        String newer = !hasNewer ? null
                : page == 2 ? path : path + and + "page=" + (page - 1) + "&after=" + PublicUrls.segment(shown.get(0).cursor());
        String older = !hasOlder ? null
                : path + and + "page=" + (page + 1) + "&before=" + PublicUrls.segment(shown.get(shown.size() - 1).cursor());
        return new Pager(newer, older);
    }
}
