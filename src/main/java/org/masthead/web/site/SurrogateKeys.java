package org.masthead.web.site;

import java.util.LinkedHashSet;
import java.util.Set;

import org.masthead.shared.PublicChange;

/**
 * The surrogate keys of public answers, for the page cache and a CDN in front: every page of an edition carries
 * {@code edition-xx} (it shows the edition's frame: menu, settings, teasers of recent items); an item's own page also
 * carries {@code item-N}, a search results page {@code search-xx}, and an uploaded file {@code upload-N}. A change drops the keys it affects: whole
 * editions, or, when only an item's body changed, its own pages and its editions' search results.
 */
public final class SurrogateKeys {

    private SurrogateKeys() {
    }

    public static String edition(String language) {
        return "edition-" + language;
    }

    public static String item(long id) {
        return "item-" + id;
    }

    /** An uploaded file's answers (the file itself, not the pages showing it). */
    public static String upload(long id) {
        return "upload-" + id;
    }

    public static String search(String language) {
        return "search-" + language;
    }

    /** The keys whose pages {@code change} makes out of date. */
    public static Set<String> of(PublicChange change) {
        Set<String> keys = new LinkedHashSet<>();
        if (change.wholeEditions()) {
            change.languages().stream().sorted().map(SurrogateKeys::edition).forEach(keys::add);
        } else {
            keys.add(item(change.item()));
            change.languages().stream().sorted().map(SurrogateKeys::search).forEach(keys::add);
        }
        return keys;
    }
}
