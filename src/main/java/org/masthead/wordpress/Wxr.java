package org.masthead.wordpress;

import java.util.List;
import java.util.Map;

/** What a WordPress export holds, as {@link WxrReader} hands it over. */
public final class Wxr {

    private Wxr() {
    }

    /** Receives the export's parts in the file's order. {@link #site} comes first and may be repeated. */
    public interface Visitor {
        default void site(String baseUrl, String title) {
        }

        default void author(Author author) {
        }

        default void term(Term term) {
        }

        default void item(Item item) {
        }

        default void end() {
        }
    }

    public record Author(String login, String displayName, String email) {
    }

    /** A category, tag or other term; {@code parent} is the parent's slug (categories) or empty. */
    public record Term(String taxonomy, long id, String slug, String name, String parent) {
    }

    /** One of an item's terms: {@code domain} is category, post_tag, nav_menu, language… */
    public record ItemTerm(String domain, String slug, String name) {
    }

    /** A comment; {@code approved} is "1", "0" or "spam"; {@code parent} 0 for none. */
    public record Comment(long id, String author, String email, String dateGmt, String content, String approved, String type,
            long parent) {
    }

    /** A post, page, attachment, menu item or any other post type, with its terms, metadata and comments. */
    public record Item(long id, String type, String status, String title, String link, String slug, String content,
            String excerpt, String creator, String date, String dateGmt, String modifiedGmt, long parent, long menuOrder,
            String password, boolean sticky, String attachmentUrl, List<ItemTerm> terms, Map<String, String> meta,
            List<Comment> comments) {

        public List<ItemTerm> terms(String domain) {
            return terms.stream().filter(t -> domain.equals(t.domain())).toList();
        }
    }
}
