package org.masthead.web.site;

import org.masthead.web.site.read.Scope;
import org.masthead.shared.PublicUrls;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.masthead.shared.DatabaseFaults;
import org.masthead.shared.Edition;
import org.masthead.settings.SiteSettings;
import org.masthead.web.site.read.ReaderViews.Link;
import org.masthead.web.site.SiteFrame.MenuLink;
import org.masthead.web.site.read.ReaderContent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Builds the frame of an edition's pages from the settings, the menu and the newest items. */
@ApplicationScoped
public class SiteFrames {

    private static final int RECENT_POSTS = 5;
    /**
     * Frames kept at most. Production has one address (masthead.site.public-url) and so one frame per
     * edition; only dev and test take the address from requests, and a stream of made-up Host headers
     * must not grow memory there either.
     */
    private static final int MOST_FRAMES = 4 * Edition.LANGUAGES.size();

    private final Clock clock;
    private final ZoneId zone;
    private final ReaderContent reader;
    private final SiteNavigation navigation;
    private final PageCache cache;
    /** Frames by edition and address, each with the cache generation it was built in. */
    private final Map<String, Built> built = new ConcurrentHashMap<>();

    private record Built(SiteFrame frame, long generation) {
    }

    SiteFrames(Clock clock, SiteConfig config, ReaderContent reader, SiteNavigation navigation, PageCache cache) {
        this.clock = clock;
        this.zone = ZoneId.of(config.timeZone());
        this.reader = reader;
        this.navigation = navigation;
        this.cache = cache;
    }

    /**
     * The edition's frame. Every page of the edition shows the same one, so it is built once and
     * kept until the page cache's generation moves (any public change, or a scheduled time passing).
     */
    public SiteFrame frame(String language, String baseUrl) {
        String key = language + "|" + baseUrl;
        long generation = cache.generation();
        Built known = built.get(key);
        if (known != null && known.generation() == generation && known.frame().year() == clock.instant().atZone(zone).getYear()) {
            return known.frame();
        }
        SiteFrame frame = build(language, baseUrl);
        if (built.size() >= MOST_FRAMES) {
            built.clear();
        }
        built.put(key, new Built(frame, generation));
        return frame;
    }

    /** The frame last built for the edition, however old: what a page can still wear while the database is away. */
    public Optional<SiteFrame> lastBuilt(String language, String baseUrl) {
        return Optional.ofNullable(built.get(language + "|" + baseUrl)).map(Built::frame);
    }

    @Transactional
    SiteFrame build(String language, String baseUrl) {
        SiteSettings settings = SiteSettings.current();
        if (settings == null) {
            throw new DatabaseFaults.Unanswered("the site settings"); // the row always exists: the database is away
        }
        List<Link> social = new ArrayList<>();
        addIfSet(social, "Facebook", settings.facebookUrl);
        addIfSet(social, "X (Twitter)", settings.twitterUrl);
        addIfSet(social, "Instagram", settings.instagramUrl);
        addIfSet(social, "YouTube", settings.youtubeUrl);
        List<MenuLink> menu = navigation.menu(language);
        List<SiteFrame.EditionLink> editions = Arrays.stream(Edition.values())
                .map(e -> new SiteFrame.EditionLink(e.code(), e.nativeName(), PublicUrls.home(e.code())))
                .toList();
        return new SiteFrame(language, settings.siteName, settings.footerLine, social, menu,
                reader.newest(language, Scope.of(ReaderContent.LISTED), RECENT_POSTS), editions,
                clock.instant().atZone(zone).getYear(), baseUrl, zone, reader.sections(language), null).rendered();
    }

    private static void addIfSet(List<Link> links, String label, String url) {
        if (url != null && !url.isBlank()) {
            links.add(new Link(label, url));
        }
    }
}
