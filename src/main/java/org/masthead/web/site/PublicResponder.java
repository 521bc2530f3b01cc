package org.masthead.web.site;

import org.masthead.web.site.read.Lookup;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;
import org.masthead.redirect.RedirectService;
import org.masthead.shared.DatabaseFaults;
import org.masthead.shared.Edition;
import org.masthead.web.site.read.BadPageException;
import org.masthead.web.site.read.ReaderContent;
import org.masthead.web.site.read.ReaderViews;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Answers a reader's request: from the page cache on the I/O thread when the page is there and
 * current, otherwise rendered on a worker and kept. Every page carries an ETag and Last-Modified,
 * answers conditional requests with 304, and may be kept by browsers and CDNs for a while.
 */
@ApplicationScoped
public class PublicResponder {

    private static final Logger LOG = Logger.getLogger(PublicResponder.class);
    public static final String HTML = "text/html;charset=UTF-8";
    public static final String RSS = "application/rss+xml;charset=UTF-8";
    public static final String XML = "application/xml;charset=UTF-8";
    public static final String TEXT = "text/plain;charset=UTF-8";
    /** How long a reader is asked to wait while the database is away: about as long as a restart takes. */
    public static final String RETRY_AFTER_SECONDS = "30";

    private final PageCache cache;
    private final SiteFrames frames;
    private final SiteConfig config;
    private final RedirectService redirects;
    private final CdnConfig cdn;
    /** Renders pages not in the cache, a few at once (masthead.site.render-threads). */
    private final ManagedExecutor renderers;

    PublicResponder(PageCache cache, SiteFrames frames, SiteConfig config, RedirectService redirects, CdnConfig cdn) {
        this.cdn = cdn;
        this.cache = cache;
        this.redirects = redirects;
        this.frames = frames;
        this.config = config;
        this.renderers = ManagedExecutor.builder()
                .maxAsync(config.renderThreads().orElse(2 * Runtime.getRuntime().availableProcessors()))
                .propagated(ThreadContext.ALL_REMAINING).build();
    }

    @PreDestroy
    void stop() {
        renderers.shutdown();
    }

    /** What a route renders: a page to keep, or an answer that is not kept (redirect, 404, 410). */
    public sealed interface Outcome {
        /** A rendered answer; an HTML page ({@code meta} given) is placed in the edition's page. */
        record Page(TemplateInstance template, String contentType, PageMeta meta, Set<String> keys) implements Outcome {

            Page(TemplateInstance template, String contentType, PageMeta meta) {
                this(template, contentType, meta, Set.of());
            }

            /** A document of its own (a feed, the sitemap): not placed in the edition's page. */
            Page(TemplateInstance template, String contentType) {
                this(template, contentType, null);
            }

            /** The same page, also carrying {@code more} surrogate keys than its edition's ({@link SurrogateKeys}). */
            Page keyed(String... more) {
                return new Page(template, contentType, meta, Set.of(more));
            }

            String render(SiteFrame frame) {
                String own = template.setLocale(frame.locale()).render();
                return meta == null ? own
                        : SiteTemplates.page(frame, meta, new RawString(own)).setLocale(frame.locale()).render();
            }
        }

        record Text(String body, String contentType) implements Outcome {
        }

        record Redirect(String href) implements Outcome {
        }

        record Problem(Response.Status status, String kind) implements Outcome {
        }

        static Page html(PageMeta meta, TemplateInstance body) {
            return new Page(body, HTML, meta);
        }

        static Outcome notFound() {
            return new Problem(Response.Status.NOT_FOUND, "notFound");
        }
    }

    /**
     * The page at {@code key} (a canonical form of the request) in {@code language}'s edition, rendered by
     * {@code render} when it is not cached.
     */
    public Uni<Response> respond(HttpHeaders headers, UriInfo uri, String language, String key,
            Function<SiteFrame, Outcome> render) {
        String base = baseUrl(uri);
        String fullKey = language + "|" + base + "|" + key;
        PageCache.Page hit = cache.cached(fullKey);
        if (hit != null) {
            return Uni.createFrom().item(answer(hit, headers));
        }
        String path = uri.getPath();
        return Uni.createFrom().item(() -> render(headers, language, base, fullKey, path, render)).runSubscriptionOn(renderers);
    }

    private Response render(HttpHeaders headers, String language, String base, String key, String path,
            Function<SiteFrame, Outcome> render) {
        try {
            return renderNow(headers, language, base, key, path, render);
        } catch (RuntimeException e) {
            if (!DatabaseFaults.unreachable(e)) {
                throw e;
            }
            PageCache.Page stale = cache.stale(key);
            if (stale != null) {
                LOG.debugf("Database unreachable: %s served from the cache as it was", key);
                return answer(stale, headers);
            }
            LOG.warnf("Database unreachable, %s answered 503: %s", key, e.getMessage());
            return unavailable(language, base);
        }
    }

    /**
     * The edition's "back in a moment" page, 503 with Retry-After: in the edition's frame as last built, or on a
     * page of its own when there is none. Never touches the database.
     */
    public Response unavailable(String language, String base) {
        SiteMessages messages = messages(language);
        String html = frames.lastBuilt(language, base)
                .map(frame -> new Outcome.Page(SiteTemplates.problem(frame, messages.unavailableTitle(), messages.unavailableText()),
                        HTML, PageMeta.hidden(messages.unavailableTitle())).render(frame))
                .orElseGet(() -> {
                    Edition edition = Edition.of(language).orElse(Edition.EN);
                    return SiteTemplates.unavailable(language, edition.direction(), messages.unavailableTitle(),
                            messages.unavailableText(), edition.urlPrefix() + "/").setLocale(edition.locale()).render();
                });
        return Response.status(Response.Status.SERVICE_UNAVAILABLE).type(HTML).entity(html)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    /** The themed 503 of the edition the address belongs to. */
    public Response unavailable(UriInfo uri) {
        return unavailable(editionOf(uri.getPath()), baseUrl(uri));
    }

    private Response renderNow(HttpHeaders headers, String language, String base, String key, String path,
            Function<SiteFrame, Outcome> render) {
        cache.catchUp();
        long generation = cache.generation();
        SiteFrame frame = frames.frame(language, base);
        Outcome outcome;
        try {
            outcome = render.apply(frame);
        } catch (BadPageException e) {
            outcome = new Outcome.Problem(Response.Status.NOT_FOUND, "badPage");
        }
        if (outcome instanceof Outcome.Page page) {
            return answer(cache.store(key, language, page.render(frame), page.contentType(), generation, page.keys()), headers);
        }
        if (outcome instanceof Outcome.Text text) {
            return answer(cache.store(key, language, text.body(), text.contentType(), generation, Set.of()), headers);
        }
        if (outcome instanceof Outcome.Redirect redirect) {
            return Response.status(Response.Status.MOVED_PERMANENTLY).header(HttpHeaders.LOCATION, redirect.href())
                    .header(HttpHeaders.CACHE_CONTROL, cacheControl()).build();
        }
        Outcome.Problem problem = (Outcome.Problem) outcome;
        if ("notFound".equals(problem.kind())) {
            // an address a known route does not find (an old slug, a typo) may still be an old address with a redirect
            Optional<String> moved = redirects.resolve(RedirectService.normalize(path));
            if (moved.isPresent()) {
                return movedTo(moved.get());
            }
            redirects.missed(path);
        }
        return problem(frame, problem);
    }

    /**
     * A working copy shown exactly as its reader's page will look: never cached, never indexed.
     * Runs on a worker thread (blocking callers only).
     */
    public Response preview(UriInfo uri, ReaderViews.Item item) {
        SiteFrame frame = frames.frame(item.language(), baseUrl(uri));
        Outcome.Page page = (Outcome.Page) EditionRoutes.itemOutcome(frame, new Lookup.Found(item));
        return Response.ok(page.render(frame)).type(HTML)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store").header("X-Robots-Tag", "noindex").build();
    }

    /** A page rendered for this request only, never kept nor indexed (off the event loop, like every render). */
    public Uni<Response> fresh(UriInfo uri, String language, Function<SiteFrame, Outcome> render) {
        return Uni.createFrom().item(() -> Response.fromResponse(uncached(uri, language, Response.Status.OK, render))
                .header("X-Robots-Tag", "noindex").build()).runSubscriptionOn(renderers);
    }

    /**
     * An answer to a reader's form, never kept: the page {@code render} gives with {@code status} (a
     * refused comment, its input kept), or the edition's themed problem page. Blocking callers only.
     */
    public Response uncached(UriInfo uri, String language, Response.Status status, Function<SiteFrame, Outcome> render) {
        SiteFrame frame = frames.frame(language, baseUrl(uri));
        Outcome outcome = render.apply(frame);
        if (outcome instanceof Outcome.Page page) {
            return Response.status(status).type(page.contentType()).entity(page.render(frame))
                    .header(HttpHeaders.CACHE_CONTROL, "private, no-store").build();
        }
        if (outcome instanceof Outcome.Redirect redirect) {
            return movedTo(redirect.href());
        }
        return problem(frame, outcome instanceof Outcome.Problem problem ? problem : (Outcome.Problem) Outcome.notFound());
    }

    /** A 301 to an address an old one now lives at (a WordPress permalink, ?p=ID, an upload's old URL). */
    public static Response movedTo(String href) {
        return Response.status(Response.Status.MOVED_PERMANENTLY).header(HttpHeaders.LOCATION, href)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=3600").build();
    }

    /** The themed "Page not found" of the edition the address belongs to, for addresses no route knows. */
    public Uni<Response> notFound(UriInfo uri) {
        String language = editionOf(uri.getPath());
        String base = baseUrl(uri);
        return Uni.createFrom().item(() -> redirects.resolve(RedirectService.normalize(uri.getPath()))
                .map(PublicResponder::movedTo)
                .orElseGet(() -> {
                    redirects.missed(uri.getPath());
                    return problem(frames.frame(language, base), (Outcome.Problem) Outcome.notFound());
                }))
                .runSubscriptionOn(renderers);
    }

    private static String editionOf(String path) {
        return Edition.LANGUAGES.stream()
                .filter(l -> !Edition.isRoot(l) && (path.equals("/" + l) || path.startsWith("/" + l + "/"))).findFirst()
                .orElse(Edition.ROOT);
    }

    private Response problem(SiteFrame frame, Outcome.Problem problem) {
        SiteMessages messages = messages(frame.language());
        String heading = switch (problem.kind()) {
            case "gone" -> messages.goneTitle();
            case "tooMany" -> messages.tooManyTitle();
            default -> messages.notFoundTitle();
        };
        String text = switch (problem.kind()) {
            case "gone" -> messages.goneText();
            case "badPage" -> messages.badPage();
            case "tooMany" -> messages.tooManyText();
            default -> messages.notFoundText();
        };
        String html = new Outcome.Page(SiteTemplates.problem(frame, heading, text), HTML, PageMeta.hidden(heading)).render(frame);
        return Response.status(problem.status()).type(HTML).entity(html).header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
    }

    public static SiteMessages messages(String language) {
        return Edition.isRoot(language) ? MessageBundles.get(SiteMessages.class)
                : MessageBundles.get(SiteMessages.class, Localized.Literal.of(language));
    }

    private Response answer(PageCache.Page page, HttpHeaders headers) {
        Response.ResponseBuilder response = notModified(page, headers) ? Response.notModified()
                : Response.ok(page.body()).type(page.contentType());
        return response.tag(page.etag().substring(1, page.etag().length() - 1))
                .header(HttpHeaders.LAST_MODIFIED, page.lastModifiedHeader())
                .header(HttpHeaders.CACHE_CONTROL, cacheControl())
                .header(HttpHeaders.CONTENT_LANGUAGE, page.language())
                .header(cdn.keyHeader(), page.surrogateKeys())
                .build();
    }

    /** If-None-Match decides when present (RFC 9110, 13.2.2); otherwise If-Modified-Since. */
    private static boolean notModified(PageCache.Page page, HttpHeaders headers) {
        String ifNoneMatch = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || t.equals(page.etag()) || t.equals("W/" + page.etag())) {
                    return true;
                }
            }
            return false;
        }
        String ifModifiedSince = headers.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE);
        if (ifModifiedSince != null) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return !page.lastModified().isAfter(since);
            } catch (DateTimeParseException e) {
                LOG.debugf("Ignoring unreadable If-Modified-Since: %s", ifModifiedSince);
            }
        }
        return false;
    }

    private String cacheControl() {
        return "public, max-age=" + config.maxAge() + ", stale-while-revalidate=" + config.maxAge() + ", stale-if-error="
                + cdn.staleIfError().toSeconds();
    }

    /** An absolute address of the public site, as links that leave the desk need. */
    public String absolute(UriInfo uri, String path) {
        return baseUrl(uri) + path;
    }

    private String baseUrl(UriInfo uri) {
        return config.publicUrl().map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u).orElseGet(() -> {
            String base = uri.getBaseUri().toString();
            return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        });
    }
}
