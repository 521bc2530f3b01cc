package org.masthead.web.site;

import org.masthead.web.site.read.Section;
import org.masthead.shared.PublicUrls;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.masthead.shared.ContentKind;
import org.masthead.web.site.comment.Discussion.Notice;
import org.masthead.web.site.PublicResponder.Outcome;
import org.masthead.web.site.read.Lookup;
import org.masthead.web.site.read.Scope;
import org.masthead.web.site.read.ReaderViews.Item;
import org.masthead.web.site.read.ReaderViews.Listing;
import org.masthead.web.site.read.ReaderViews.Term;
import org.masthead.web.site.read.ReaderContent;
import org.masthead.web.site.read.ReaderSearch;
import org.masthead.web.site.read.ReaderViews;
import org.masthead.web.site.comment.ArticleComments;
import org.masthead.web.site.comment.CommentForm;
import org.masthead.web.site.comment.Discussion;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;

/**
 * The reader's addresses of one edition (design.md, "Contract"); English answers them at the root,
 * the other editions under their language code. Every route asks {@link ReaderContent}, which shows
 * only live items, and answers through {@link PublicResponder} (cache, validators, themed 404).
 */
public abstract class EditionRoutes {

    /** The sections readers can narrow media and publications to (?type=). */
    private static final Map<String, String> SUBTYPES = Map.of(
            "cartoon", "CARTOON", "news-picture", "NEWS_PICTURE", "gallery", "GALLERY", "video", "VIDEO",
            "book", "BOOK", "newsletter", "NEWSLETTER", "brief", "BRIEF");

    @Inject
    PublicResponder responder;
    @Inject
    ReaderContent reader;
    @Inject
    ReaderSearch search;
    @Inject
    ArticleComments comments;

    @Context
    HttpHeaders headers;
    @Context
    UriInfo uri;

    /** The edition this class answers for. */
    protected abstract String language();

    @GET
    public Uni<Response> home(@BeanParam ListingParams at) {
        String path = PublicUrls.home(language());
        return listing(path, at, frame -> {
            Listing listing = reader.list(language(), Scope.of(ReaderContent.LISTED), at.request(), path);
            return listingPage(frame, frame.siteName(), listing, path, PublicUrls.feed(language()));
        });
    }

    @GET
    @Path("articles")
    public Uni<Response> articles(@BeanParam ListingParams at) {
        String path = PublicUrls.prefix(language()) + "/articles";
        return listing(path, at, frame -> listingPage(frame, PublicResponder.messages(language()).articles(),
                reader.list(language(), Scope.of(Set.of(ContentKind.ARTICLE)), at.request(), path),
                path, null));
    }

    /** An article with its comments; {@code ?commented=1} adds the notice that the reader's comment awaits moderation. */
    @GET
    @Path("articles/{slug}")
    public Uni<Response> article(@PathParam("slug") String slug, @QueryParam("commented") String commented,
            @QueryParam("replyTo") String replyTo) {
        Notice notice = "1".equals(commented) ? Notice.AWAITING : Notice.NONE;
        String path = PublicUrls.item(ContentKind.ARTICLE, language(), slug);
        Long answering = ArticleComments.replyTo(replyTo);
        if (answering != null) {
            // the form answering one comment: asked for by a click on "Reply", not worth a cache entry per comment
            return responder.fresh(uri, language(), frame -> itemOutcome(frame, reader.item(ContentKind.ARTICLE, language(), slug),
                    item -> comments.discussion(item, notice, answering)));
        }
        return responder.respond(headers, uri, language(), notice == Notice.AWAITING ? path + "?commented=1" : path,
                frame -> itemOutcome(frame, reader.item(ContentKind.ARTICLE, language(), slug),
                        item -> comments.discussion(item, notice)));
    }

    /** A reader's comment on a live article: 303 to the article, or the article again with what to correct (400). */
    @POST
    @Path("articles/{slug}/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response comment(@PathParam("slug") String slug, @BeanParam CommentForm form, @Context HttpServerRequest request) {
        return comments.post(uri, language(), slug, request.remoteAddress().hostAddress(), form);
    }

    @GET
    @Path("pages/{slug}")
    public Uni<Response> page(@PathParam("slug") String slug) {
        return item(ContentKind.PAGE, slug);
    }

    @GET
    @Path("media")
    public Uni<Response> media(@QueryParam("type") String type, @BeanParam ListingParams at) {
        return section(ContentKind.MEDIA, type, at);
    }

    @GET
    @Path("media/{slug}")
    public Uni<Response> mediaItem(@PathParam("slug") String slug) {
        return item(ContentKind.MEDIA, slug);
    }

    @GET
    @Path("publications")
    public Uni<Response> publications(@QueryParam("type") String type, @BeanParam ListingParams at) {
        return section(ContentKind.PUBLICATION, type, at);
    }

    @GET
    @Path("publications/{slug}")
    public Uni<Response> publication(@PathParam("slug") String slug) {
        return item(ContentKind.PUBLICATION, slug);
    }

    @GET
    @Path("categories/{slug}")
    public Uni<Response> category(@PathParam("slug") String slug, @BeanParam ListingParams at) {
        String path = PublicUrls.category(language(), slug);
        return listing(path, at, frame -> {
            Optional<Section> category = frame.section(slug);
            if (category.isEmpty()) {
                return Outcome.notFound();
            }
            Listing listing = reader.list(language(), Scope.category(category.get().ids()), at.request(), path);
            return listingPage(frame, PublicResponder.messages(language()).categoryHeading(category.get().name()), listing, path,
                    path + "/feed");
        });
    }

    @GET
    @Path("categories/{slug}/feed")
    public Uni<Response> categoryFeed(@PathParam("slug") String slug) {
        String path = PublicUrls.category(language(), slug);
        return responder.respond(headers, uri, language(), path + "/feed", frame -> {
            Optional<Section> category = frame.section(slug);
            if (category.isEmpty()) {
                return Outcome.notFound();
            }
            return new Outcome.Page(SiteTemplates.feed(frame, frame.siteName() + " – " + category.get().name(), path, path + "/feed",
                    reader.newest(language(), Scope.category(category.get().ids()), FEED_SIZE)),
                    PublicResponder.RSS);
        });
    }

    @GET
    @Path("tags/{slug}")
    public Uni<Response> tag(@PathParam("slug") String slug, @BeanParam ListingParams at) {
        String path = PublicUrls.tag(language(), slug);
        return listing(path, at, frame -> {
            Optional<Term> tag = reader.tag(language(), slug);
            if (tag.isEmpty()) {
                return Outcome.notFound();
            }
            return listingPage(frame, PublicResponder.messages(language()).tagHeading(tag.get().name()),
                    reader.list(language(), Scope.tag(tag.get().id()), at.request(), path), path, null);
        });
    }

    @GET
    @Path("digests/{series}")
    public Uni<Response> series(@PathParam("series") String seriesSlug, @BeanParam ListingParams at) {
        String path = PublicUrls.series(language(), seriesSlug);
        return listing(path, at, frame -> {
            Optional<Term> series = reader.series(language(), seriesSlug);
            if (series.isEmpty()) {
                return Outcome.notFound();
            }
            return listingPage(frame, series.get().name(),
                    reader.list(language(), Scope.series(series.get().id()), at.request(), path), path, null);
        });
    }

    @GET
    @Path("digests/{series}/{number}")
    public Uni<Response> digest(@PathParam("series") String seriesSlug, @PathParam("number") String number) {
        String path = PublicUrls.series(language(), seriesSlug) + "/" + number;
        return responder.respond(headers, uri, language(), path, frame -> {
            if (!number.matches("[1-9][0-9]{0,8}")) {
                return Outcome.notFound();
            }
            return itemOutcome(frame, reader.digest(language(), seriesSlug, Integer.parseInt(number)));
        });
    }

    @GET
    @Path("search")
    public Uni<Response> search(@QueryParam("q") String q, @QueryParam("sort") String sort, @BeanParam ListingParams at) {
        String path = PublicUrls.search(language());
        String query = q == null ? "" : q.strip();
        if (query.length() > 200) {
            query = query.substring(0, 200);
        }
        String terms = query;
        // the reader's words and the order go into the key encoded: no '#' typed into them can pose as another address
        String key = path + "?q=" + PublicUrls.segment(terms) + "&sort=" + (sort == null ? "" : PublicUrls.segment(sort)) + "#" + at.key();
        return responder.respond(headers, uri, language(), key,
                frame -> {
                    var results = search.search(language(), terms, ReaderSearch.Order.parse(sort), at.request(), path);
                    if (results.page() > 1 && results.hits().isEmpty()) {
                        return new Outcome.Problem(Response.Status.NOT_FOUND, "badPage");
                    }
                    String heading = results.query() == null ? PublicResponder.messages(language()).search()
                            : PublicResponder.messages(language()).resultsFor(results.query());
                    return Outcome.html(PageMeta.hidden(heading), SiteTemplates.search(frame, results))
                            .keyed(SurrogateKeys.search(language()));
                });
    }

    @GET
    @Path("feed")
    public Uni<Response> feed() {
        String path = PublicUrls.feed(language());
        return responder.respond(headers, uri, language(), path, frame -> new Outcome.Page(SiteTemplates.feed(frame,
                frame.siteName(), PublicUrls.home(language()), path, reader.newest(language(), Scope.of(ReaderContent.LISTED), FEED_SIZE)),
                PublicResponder.RSS));
    }

    static final int FEED_SIZE = 20;

    // ------------------------------------------------------------------

    private Uni<Response> section(ContentKind kind, String type, ListingParams at) {
        String path = PublicUrls.prefix(language()) + "/" + kind.collection();
        String subtype = type == null || type.isBlank() ? null : SUBTYPES.get(type);
        String base = subtype == null ? path : path + "?type=" + type;
        return listing(base, at, frame -> {
            if (type != null && !type.isBlank() && subtype == null) {
                return Outcome.notFound();
            }
            Scope scope = subtype == null ? Scope.of(Set.of(kind)) : Scope.subtype(kind, subtype);
            SiteMessages messages = PublicResponder.messages(language());
            String heading = subtype == null ? (kind == ContentKind.MEDIA ? messages.media() : messages.publications())
                    : switch (subtype) {
                        case "CARTOON" -> messages.cartoons();
                        case "NEWS_PICTURE" -> messages.newsPictures();
                        case "GALLERY" -> messages.galleries();
                        case "VIDEO" -> messages.videos();
                        case "BOOK" -> messages.books();
                        case "NEWSLETTER" -> messages.newsletters();
                        default -> messages.briefs();
                    };
            String pagePath = subtype == null ? path : path + "?type=" + type;
            Listing listing = reader.list(language(), scope, at.request(), pagePath);
            return listingPage(frame, heading, listing, base, null, kind == ContentKind.MEDIA);
        });
    }

    private Uni<Response> listing(String path, ListingParams at, Function<SiteFrame, Outcome> render) {
        return responder.respond(headers, uri, language(), path + "#" + at.key(), render);
    }

    private Outcome listingPage(SiteFrame frame, String heading, Listing listing, String path, String feedHref) {
        return listingPage(frame, heading, listing, path, feedHref, false);
    }

    /** A listing; media sections (cartoons, news pictures, galleries, videos) show as a grid of pictures. */
    private Outcome listingPage(SiteFrame frame, String heading, Listing listing, String path, String feedHref, boolean grid) {
        if (listing.isEmpty() && listing.page() > 1) {
            return new Outcome.Problem(Response.Status.NOT_FOUND, "badPage");
        }
        String canonical = listing.page() == 1 ? path : null;
        PageMeta meta = new PageMeta(heading, null, canonical, "website", null, List.of(), listing.page() == 1);
        return Outcome.html(meta, SiteTemplates.listing(frame, heading, listing, feedHref, grid));
    }

    private Uni<Response> item(ContentKind kind, String slug) {
        return responder.respond(headers, uri, language(), PublicUrls.item(kind, language(), slug),
                frame -> itemOutcome(frame, reader.item(kind, language(), slug)));
    }

    static Outcome itemOutcome(SiteFrame frame, Lookup lookup) {
        return itemOutcome(frame, lookup, item -> null);
    }

    /** An item's page; {@code discussion} gives the comments shown under it, if any. */
    public static Outcome itemOutcome(SiteFrame frame, Lookup lookup, Function<Item, Discussion> discussion) {
        if (lookup instanceof Lookup.Found found) {
            Item item = found.item();
            String image = item.featured() != null ? item.featured().url()
                    : item.publication() != null && item.publication().cover() != null ? item.publication().cover().url()
                            : item.media() != null && !item.media().images().isEmpty() ? item.media().images().get(0).url() : null;
            List<ReaderViews.Alternate> alternates = new ArrayList<>();
            if (!item.translations().isEmpty()) {
                alternates.add(new ReaderViews.Alternate(item.language(), item.href()));
                alternates.addAll(item.translations());
            }
            String title = item.digest() != null ? item.digest().seriesTitle() + " – " + frame.num(item.digest().number())
                    : item.title();
            PageMeta meta = new PageMeta(title, item.summary(), item.href(),
                    item.kind() == ContentKind.ARTICLE ? "article" : "website", image, alternates, true);
            return Outcome.html(meta, SiteTemplates.item(frame, item, ShareLinks.of(frame.absolute(item.href()), title,
                    image == null ? null : frame.absolute(image)), discussion.apply(item))).keyed(SurrogateKeys.item(item.id()));
        }
        if (lookup instanceof Lookup.Moved moved) {
            return new Outcome.Redirect(moved.href());
        }
        if (lookup instanceof Lookup.Gone) {
            return new Outcome.Problem(Response.Status.GONE, "gone");
        }
        return Outcome.notFound();
    }
}
