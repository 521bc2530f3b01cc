package org.masthead.wordpress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small WordPress export written the way WordPress 6 writes one (channel, terms, items with their terms and dates), for
 * the shapes of other sites the fixture does not have: other permalinks, links between posts, Polylang's taxonomies.
 */
final class WxrBuilder {

    private final String site;
    private final List<String> terms = new ArrayList<>();
    private final List<String> items = new ArrayList<>();
    private int termId = 100;

    WxrBuilder(String site) {
        this.site = site;
    }

    String site() {
        return site;
    }

    WxrBuilder category(String slug, String name) {
        terms.add("<wp:category><wp:term_id>" + (++termId) + "</wp:term_id><wp:category_nicename><![CDATA[" + slug
                + "]]></wp:category_nicename><wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[" + name
                + "]]></wp:cat_name></wp:category>");
        return this;
    }

    /** A term of any taxonomy, e.g. Polylang's {@code language} or {@code post_translations}. */
    WxrBuilder term(String taxonomy, String slug, String name, String description) {
        terms.add("<wp:term><wp:term_id>" + (++termId) + "</wp:term_id><wp:term_taxonomy><![CDATA[" + taxonomy
                + "]]></wp:term_taxonomy><wp:term_slug><![CDATA[" + slug + "]]></wp:term_slug><wp:term_parent><![CDATA[]]></wp:term_parent>"
                + "<wp:term_name><![CDATA[" + name + "]]></wp:term_name><wp:term_description><![CDATA[" + description
                + "]]></wp:term_description></wp:term>");
        return this;
    }

    /** The permalink of a post as {@code /%year%/%monthnum%/%postname%/} makes it. */
    String permalink(String date, String slug) {
        return site + "/" + date.substring(0, 4) + "/" + date.substring(5, 7) + "/" + slug + "/";
    }

    /**
     * A published post; {@code terms} as {@code taxonomy:slug} ("category:harbour", "language:fa",
     * "post_translations:pll_1").
     */
    WxrBuilder post(long id, String slug, String title, String body, String date, String... terms) {
        StringBuilder categories = new StringBuilder();
        for (String term : terms) {
            String[] parts = term.split(":", 2);
            categories.append("<category domain=\"").append(parts[0]).append("\" nicename=\"").append(parts[1]).append("\"><![CDATA[")
                    .append(parts[1]).append("]]></category>");
        }
        items.add("<item><title><![CDATA[" + title + "]]></title><link>" + permalink(date, slug) + "</link>"
                + "<dc:creator><![CDATA[mira]]></dc:creator><guid isPermaLink=\"false\">" + site + "/?p=" + id + "</guid>"
                + "<description></description><content:encoded><![CDATA[" + body + "]]></content:encoded>"
                + "<excerpt:encoded><![CDATA[]]></excerpt:encoded><wp:post_id>" + id + "</wp:post_id>"
                + "<wp:post_date><![CDATA[" + date + "]]></wp:post_date><wp:post_date_gmt><![CDATA[" + date + "]]></wp:post_date_gmt>"
                + "<wp:post_modified><![CDATA[" + date + "]]></wp:post_modified><wp:post_modified_gmt><![CDATA[" + date
                + "]]></wp:post_modified_gmt><wp:comment_status><![CDATA[open]]></wp:comment_status>"
                + "<wp:post_name><![CDATA[" + slug + "]]></wp:post_name><wp:status><![CDATA[publish]]></wp:status>"
                + "<wp:post_parent>0</wp:post_parent><wp:menu_order>0</wp:menu_order><wp:post_type><![CDATA[post]]></wp:post_type>"
                + "<wp:post_password><![CDATA[]]></wp:post_password><wp:is_sticky>0</wp:is_sticky>" + categories + "</item>");
        return this;
    }

    /** An image attachment whose file WordPress kept at {@code file} under uploads and serves at {@code url}. */
    WxrBuilder attachment(long id, String url, String file, String title, String caption, String alt) {
        items.add("<item><title><![CDATA[" + title + "]]></title><link>" + site + "/?attachment_id=" + id + "</link>"
                + "<dc:creator><![CDATA[mira]]></dc:creator><guid isPermaLink=\"false\">" + url + "</guid><description></description>"
                + "<content:encoded><![CDATA[]]></content:encoded><excerpt:encoded><![CDATA[" + caption + "]]></excerpt:encoded>"
                + "<wp:post_id>" + id + "</wp:post_id><wp:post_date><![CDATA[2019-05-01 08:00:00]]></wp:post_date>"
                + "<wp:post_date_gmt><![CDATA[2019-05-01 08:00:00]]></wp:post_date_gmt><wp:post_modified_gmt><![CDATA[2019-05-01 08:00:00]]>"
                + "</wp:post_modified_gmt><wp:post_name><![CDATA[" + title.toLowerCase().replace(' ', '-') + "]]></wp:post_name>"
                + "<wp:status><![CDATA[inherit]]></wp:status><wp:post_parent>0</wp:post_parent><wp:post_type><![CDATA[attachment]]></wp:post_type>"
                + "<wp:attachment_url><![CDATA[" + url + "]]></wp:attachment_url>"
                + "<wp:postmeta><wp:meta_key><![CDATA[_wp_attached_file]]></wp:meta_key><wp:meta_value><![CDATA[" + file + "]]></wp:meta_value></wp:postmeta>"
                + "<wp:postmeta><wp:meta_key><![CDATA[_wp_attachment_image_alt]]></wp:meta_key><wp:meta_value><![CDATA[" + alt
                + "]]></wp:meta_value></wp:postmeta></item>");
        return this;
    }

    /**
     * An entry of the navigation menu {@code menu}: {@code type} "taxonomy" (object "category") or "post_type" (object
     * "post" or "page") naming {@code objectId}, or "custom" with {@code url}.
     */
    WxrBuilder menuEntry(long id, String menu, String label, String type, String object, long objectId, String url) {
        items.add("<item><title><![CDATA[" + label + "]]></title><link>" + site + "/?p=" + id + "</link><dc:creator><![CDATA[mira]]></dc:creator>"
                + "<content:encoded><![CDATA[]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded><wp:post_id>" + id
                + "</wp:post_id><wp:post_date_gmt><![CDATA[2019-05-01 08:00:00]]></wp:post_date_gmt><wp:post_name><![CDATA[" + id
                + "]]></wp:post_name><wp:status><![CDATA[publish]]></wp:status><wp:post_parent>0</wp:post_parent><wp:menu_order>" + id
                + "</wp:menu_order><wp:post_type><![CDATA[nav_menu_item]]></wp:post_type><category domain=\"nav_menu\" nicename=\"" + menu
                + "\"><![CDATA[" + menu + "]]></category>" + meta("_menu_item_type", type) + meta("_menu_item_menu_item_parent", "0")
                + meta("_menu_item_object_id", String.valueOf(objectId)) + meta("_menu_item_object", object) + meta("_menu_item_url", url)
                + "</item>");
        return this;
    }

    private static String meta(String key, String value) {
        return "<wp:postmeta><wp:meta_key><![CDATA[" + key + "]]></wp:meta_key><wp:meta_value><![CDATA[" + value
                + "]]></wp:meta_value></wp:postmeta>";
    }

    /** The id WordPress gave the last category added (counting from 101). */
    int lastTermId() {
        return termId;
    }

    Path write(Path dir, String name) throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<rss version=\"2.0\" xmlns:excerpt=\"http://wordpress.org/export/1.2/excerpt/\""
                + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:wfw=\"http://wellformedweb.org/CommentAPI/\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:wp=\"http://wordpress.org/export/1.2/\">\n<channel>"
                + "<title>Another site</title><link>" + site + "</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>" + site
                + "</wp:base_site_url><wp:base_blog_url>" + site + "</wp:base_blog_url><wp:author><wp:author_id>2</wp:author_id>"
                + "<wp:author_login><![CDATA[mira]]></wp:author_login><wp:author_display_name><![CDATA[Mira Santos]]></wp:author_display_name>"
                + "</wp:author>\n" + String.join("\n", terms) + "\n" + String.join("\n", items) + "\n</channel></rss>\n";
        return Files.writeString(dir.resolve(name), xml);
    }
}
