package org.masthead.redirect;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.masthead.content.ContentItem;
import org.masthead.shared.ContentKind;
import org.masthead.shared.PublicUrls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Old addresses that answer 301 (a WordPress site's permalinks, ?p=ID links, archives and upload URLs): looked up
 * when a reader asks for an address nothing else answers, counted, and pointed at the item's address of today.
 */
@ApplicationScoped
public class RedirectService {

    /** The query-string addresses WordPress answers on its home page: ?p=12, ?page_id=7, ?attachment_id=9. */
    private static final Pattern QUERY_ID = Pattern.compile("(?:^|&)(p|page_id|attachment_id)=(\\d{1,18})(?:&|$)");

    private final Clock clock;

    RedirectService(Clock clock) {
        this.clock = clock;
    }

    /** The form addresses are stored and looked up in: decoded, no trailing slash ("/" itself stays). */
    public static String normalize(String path) {
        String decoded = path;
        if (path.indexOf('%') >= 0) {
            try {
                decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                decoded = path;
            }
        }
        while (decoded.length() > 1 && decoded.endsWith("/")) {
            decoded = decoded.substring(0, decoded.length() - 1);
        }
        return decoded.length() > 700 ? decoded.substring(0, 700) : decoded;
    }

    /** The key of a query-string address ("?p=12"), if {@code query} is one WordPress answers. */
    public static Optional<String> queryKey(String query) {
        if (query == null || query.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = QUERY_ID.matcher(query);
        return m.find() ? Optional.of("?" + m.group(1).toLowerCase(Locale.ROOT) + "=" + m.group(2)) : Optional.empty();
    }

    /** Where an old address leads now, if it is known and its item is live; counts the hit. */
    @Transactional
    public Optional<String> resolve(String key) {
        Optional<Redirect> found = Redirect.byPath(key);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Redirect redirect = found.get();
        Optional<String> to = redirect.itemId == null ? Optional.ofNullable(redirect.target) : liveAddress(redirect.itemId);
        if (to.isPresent()) {
            Redirect.update("hits = hits + 1 where id = ?1", redirect.id);
        }
        return to;
    }

    /** Makes {@code path} (normalized here) answer with the item or the address; an existing one is repointed. */
    @Transactional
    public void put(String path, Long itemId, String target, String origin) {
        String key = path.startsWith("?") ? path : normalize(path);
        if (key.equals("/") || key.isEmpty()) {
            return;
        }
        Redirect redirect = Redirect.byPath(key).orElseGet(() -> {
            Redirect fresh = new Redirect();
            fresh.path = key;
            fresh.createdAt = Instant.now(clock);
            return fresh;
        });
        redirect.itemId = itemId;
        redirect.target = itemId == null ? target : null;
        redirect.origin = origin;
        redirect.persist();
    }

    private Optional<String> liveAddress(long itemId) {
        return ContentItem.<ContentItem> findByIdOptional(itemId)
                .filter(item -> item.isLiveAt(Instant.now(clock)) && item.kind != ContentKind.DIGEST)
                .map(item -> PublicUrls.item(item.kind, item.language, item.liveSlug));
    }
}
