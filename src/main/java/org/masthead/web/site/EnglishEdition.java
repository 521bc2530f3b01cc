package org.masthead.web.site;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.masthead.web.site.PublicResponder.Outcome;
import org.masthead.web.site.read.ReaderSitemap;
import org.masthead.web.site.read.SitemapEntry;

import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** The English edition at the root, and the files that speak for the whole site (sitemap, robots). */
@Path("/")
public class EnglishEdition extends EditionRoutes {

    /** The sitemap protocol's limit of addresses in one file. */
    private static final int SITEMAP_SIZE = 50_000;

    @Inject
    ReaderSitemap sitemap;

    @Override
    protected String language() {
        return "en";
    }

    @GET
    @Path("robots.txt")
    public Uni<Response> robots() {
        return responder.respond(headers, uri, "en", "/robots.txt", frame -> new Outcome.Text("""
                User-agent: *
                Disallow: /admin
                Disallow: /api/
                Disallow: /q/
                Disallow: /signed-out

                Sitemap: %s
                """.formatted(frame.absolute("/sitemap.xml")), PublicResponder.TEXT));
    }

    @GET
    @Path("sitemap.xml")
    public Uni<Response> sitemap() {
        return responder.respond(headers, uri, "en", "/sitemap.xml", frame -> {
            List<SitemapEntry> entries = sitemap.entries(SITEMAP_SIZE);
            Map<Long, List<SitemapEntry>> groups = entries.stream().filter(e -> e.group() != null)
                    .collect(Collectors.groupingBy(SitemapEntry::group));
            return new Outcome.Page(SitemapTemplates.sitemap(frame, entries, groups), PublicResponder.XML);
        });
    }
}
