package org.masthead.web.site;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.testing.Api.as;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.masthead.testing.Api;

import io.restassured.response.Response;

/** A reader's requests to the public site, and the staff steps that give them something to read. */
public final class Reader {

    private Reader() {
    }

    public static Response get(String path) {
        return given().redirects().follow(false).urlEncodingEnabled(false).get(path);
    }

    /** The page at {@code path}, which must answer 200, parsed. */
    public static Document page(String path) {
        Response response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode());
        }
        return Jsoup.parse(response.asString(), path);
    }

    public static List<String> titles(Document page) {
        return page.select("main .teaser-title a").eachText();
    }

    /** Follows "Older posts" from {@code path} to the end and collects every title on the way. */
    public static List<String> allTitles(String path) {
        List<String> titles = new ArrayList<>();
        String next = path;
        while (next != null) {
            Document page = page(next);
            titles.addAll(titles(page));
            next = page.select("nav.pager a.older").isEmpty() ? null : page.select("nav.pager a.older").attr("href");
        }
        return titles;
    }

    /**
     * Pages through the 23 items titled "{prefix} 01" to "{prefix} 23" (published in that order) at
     * {@code path} as a reader would, while {@code arrive} publishes a 24th after page 1 was read: the
     * pages followed neither repeat nor skip, and a typed page number works too.
     */
    public static void pagesStayStableWhileAnItemArrives(String path, String prefix, Runnable arrive) {
        Document first = page(path);
        assertThat(titles(first)).hasSize(10).first().isEqualTo(prefix + " 23");
        assertThat(first.select("nav.pager a.newer")).isEmpty();
        String second = first.select("nav.pager a.older").attr("href");
        assertThat(second).contains("page=2");

        arrive.run();

        Document page2 = page(second);
        assertThat(titles(page2)).hasSize(10).first().isEqualTo(prefix + " 13");
        Document page3 = page(page2.select("nav.pager a.older").attr("href"));
        assertThat(titles(page3)).containsExactly(prefix + " 03", prefix + " 02", prefix + " 01");
        assertThat(page3.select("nav.pager a.older")).isEmpty();
        Document back = page(page3.select("nav.pager a.newer").attr("href"));
        assertThat(titles(back)).first().isEqualTo(prefix + " 13");
        assertThat(titles(page(path + (path.contains("?") ? "&" : "?") + "page=3"))).hasSize(4).first().isEqualTo(prefix + " 04");
    }

    public static long category(String name, String language) {
        return as("admin").body(Map.of("name", name, "language", language)).post("/api/v1/categories").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    public static String categorySlug(long id) {
        return as(null).get("/api/v1/categories/" + id).then().statusCode(200).extract().path("slug");
    }

    public static Map<String, Object> article(String title, String language) {
        Map<String, Object> body = new HashMap<>(Api.article(title));
        body.put("language", language);
        return body;
    }

    public static long publish(Map<String, Object> body) {
        return Api.publishedArticle("editor", "reviewer", body);
    }

    public static String slug(long id) {
        return as("editor").get("/api/v1/articles/" + id).then().statusCode(200).extract().path("slug");
    }
}
