package org.masthead.site;

import java.util.List;

import org.masthead.site.ReaderViews.Item;
import org.masthead.site.ReaderViews.Listing;
import org.masthead.site.ReaderViews.SearchResults;
import org.masthead.site.ReaderViews.Teaser;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The reader's pages, all on layouts/site.html. */
@CheckedTemplate(basePath = "site")
public class SiteTemplates {

    /** A newest-first listing: the home page, a category, a tag, a section, a series archive. */
    public static native TemplateInstance listing(SiteFrame frame, PageMeta meta, String heading, Listing listing,
            String feedHref, boolean grid);

    /** An article, page, digest issue, media item or publication; articles also show their {@code discussion}. */
    public static native TemplateInstance item(SiteFrame frame, PageMeta meta, Item item, List<ShareLinks.Share> shares,
            Discussion discussion);

    public static native TemplateInstance search(SiteFrame frame, PageMeta meta, SearchResults results);

    /** 404, 410 and 400 answers, in the edition's look. */
    public static native TemplateInstance problem(SiteFrame frame, PageMeta meta, String heading, String text);

    /** The parts of an edition's frame (SiteFrame.Chrome), each rendered once per change of what they show. */
    public static native TemplateInstance frame$masthead(SiteFrame frame);

    public static native TemplateInstance frame$sidebar(SiteFrame frame);

    public static native TemplateInstance frame$footer(SiteFrame frame);

    public static native TemplateInstance feed(SiteFrame frame, String title, String link, String self, List<Teaser> items);
}
