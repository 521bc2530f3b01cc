package org.masthead.web.site;

import java.util.List;

import org.masthead.web.site.read.ReaderViews.Item;
import org.masthead.web.site.read.ReaderViews.Listing;
import org.masthead.web.site.read.ReaderViews.SearchResults;
import org.masthead.web.site.read.ReaderViews.Teaser;
import org.masthead.web.site.comment.Discussion;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;

/**
 * The reader's pages. A page's own part (listing, item, search, problem) is rendered first and
 * placed raw in the edition's page ({@link #page}): its expressions then resolve at the top of their
 * own template instead of through the layout's include and insert, which made Qute try every value
 * resolver once per level for each outer name a page used.
 */
@CheckedTemplate(basePath = "site")
public class SiteTemplates {

    /** The edition's page around {@code body}: head with its meta, masthead, sidebar and footer. */
    public static native TemplateInstance page(SiteFrame frame, PageMeta meta, RawString body);

    /** A newest-first listing: the home page, a category, a tag, a section, a series archive. */
    public static native TemplateInstance listing(SiteFrame frame, String heading, Listing listing,
            String feedHref, boolean grid);

    /** An article, page, digest issue, media item or publication; articles also show their {@code discussion}. */
    public static native TemplateInstance item(SiteFrame frame, Item item, List<ShareLinks.Share> shares,
            Discussion discussion);

    public static native TemplateInstance search(SiteFrame frame, SearchResults results);

    /** The 503 page when not even the edition's frame can be had (the database is down): a page of its own. */
    public static native TemplateInstance unavailable(String language, String dir, String heading, String text, String home);

    /** 404, 410 and 400 answers, in the edition's look. */
    public static native TemplateInstance problem(SiteFrame frame, String heading, String text);

    /** The parts of an edition's frame (SiteFrame.Chrome), each rendered once per change of what they show. */
    public static native TemplateInstance frame$masthead(SiteFrame frame);

    public static native TemplateInstance frame$sidebar(SiteFrame frame);

    public static native TemplateInstance frame$footer(SiteFrame frame);

    public static native TemplateInstance feed(SiteFrame frame, String title, String link, String self, List<Teaser> items);
}
