package org.masthead.web.site;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.web.site.Reader.article;
import static org.masthead.web.site.Reader.get;
import static org.masthead.web.site.Reader.page;
import static org.masthead.web.site.Reader.publish;
import static org.masthead.web.site.Reader.slug;
import static org.masthead.testing.Api.action;
import static org.masthead.testing.Api.as;
import static org.masthead.testing.Api.createArticle;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.shared.AdjustableClock;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/** Validators, 304s, cache headers, and the in-process cache letting go exactly when content changes. */
@QuarkusTest
class PublicCacheTest {

    @Inject
    AdjustableClock clock;

    @Inject
    PageCache cache;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void everyPublicPageHasValidatorsAndAnswersConditionalRequests() {
        long id = publish(article("Harbour lights festival", "en"));
        for (String path : new String[] { "/", "/articles/" + slug(id), "/feed", "/sitemap.xml", "/robots.txt", "/search?q=lights",
                "/fa/", "/articles" }) {
            Response first = get(path);
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            String etag = first.header("ETag");
            String lastModified = first.header("Last-Modified");
            assertThat(etag).as(path).matches("\"[A-Za-z0-9_-]+\"");
            assertThat(lastModified).as(path + ": an HTTP date (IMF-fixdate)")
                    .matches("(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
            assertThat(first.header("Cache-Control")).as(path).contains("public").contains("max-age=");
            assertThat(given().header("If-None-Match", etag).get(path).statusCode()).as(path).isEqualTo(304);
            assertThat(given().header("If-Modified-Since", lastModified).get(path).statusCode()).as(path).isEqualTo(304);
            assertThat(given().header("If-None-Match", "\"something-else\"").get(path).statusCode()).as(path).isEqualTo(200);
        }
        String staff = get("/admin").header("Cache-Control");
        assertThat(staff == null ? "" : staff).as("staff pages are not public").doesNotContain("public");
    }

    @Test
    void publishingDropsTheEditionsPagesButNotOtherEditions() {
        Response before = get("/");
        String persianBefore = get("/fa/").header("ETag");
        get("/");
        assertThat(cache.size()).isPositive();

        long id = publish(article("Breaking: new harbour master", "en"));
        Response after = get("/");
        assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag"));
        assertThat(Reader.titles(page("/"))).first().isEqualTo("Breaking: new harbour master");
        assertThat(given().header("If-None-Match", before.header("ETag")).get("/").statusCode()).isEqualTo(200);
        assertThat(get("/fa/").header("ETag")).isEqualTo(persianBefore);

        action("reviewer", id, "unpublish").statusCode(200);
        assertThat(Reader.titles(page("/"))).doesNotContain("Breaking: new harbour master");
    }

    @Test
    void editingALiveItemShowsOnlyAfterApproval() {
        long id = publish(article("Tide tables", "en"));
        String path = "/articles/" + slug(id);
        assertThat(page(path).select("article h1").text()).isEqualTo("Tide tables");
        Map<String, Object> edit = article("Tide tables for winter", "en");
        edit.put("slug", slug(id));
        edit.put("version", org.masthead.testing.Api.version("editor", id));
        as("editor").body(edit).put("/api/v1/articles/" + id).then().statusCode(200);
        assertThat(page(path).select("article h1").text()).isEqualTo("Tide tables");
        action("editor", id, "submit").statusCode(200);
        action("reviewer", id, "approve").statusCode(200);
        assertThat(page(path).select("article h1").text()).isEqualTo("Tide tables for winter");
    }

    @Test
    void scheduledItemAppearsWhenItsTimeComesThoughPagesAreCached() {
        long id = createArticle("editor", article("Embargoed harbour budget", "en"));
        action("editor", id, "submit").statusCode(200);
        action("reviewer", id, "approve", Map.of("publishAt", clock.instant().plus(Duration.ofHours(3)).toString()))
                .statusCode(200);
        assertThat(Reader.titles(page("/"))).doesNotContain("Embargoed harbour budget");
        String etag = get("/").header("ETag");
        clock.advance(Duration.ofHours(3).minusSeconds(1));
        assertThat(get("/").header("ETag")).isEqualTo(etag);
        clock.advance(Duration.ofSeconds(2));
        assertThat(Reader.titles(page("/"))).first().isEqualTo("Embargoed harbour budget");
        assertThat(get("/articles/embargoed-harbour-budget").statusCode()).isEqualTo(200);
    }

    @Test
    void menuChangeShowsAtOnceInItsEditionOnly() {
        String english = get("/").header("ETag");
        String albanian = get("/sq/").header("ETag");
        assertThat(page("/sq/").select(".menu a").eachText()).doesNotContain("Arkivi i portit");
        int entry = as("admin").body(Map.of("label", "Arkivi i portit", "target", "URL", "url", "/sq/articles"))
                .post("/api/v1/menus/sq/entries").then().statusCode(201).extract().path("id");
        try {
            assertThat(page("/sq/").select(".menu-top a").eachText()).contains("Arkivi i portit");
            assertThat(get("/sq/").header("ETag")).isNotEqualTo(albanian);
            assertThat(get("/").header("ETag")).isEqualTo(english);
        } finally {
            as("admin").delete("/api/v1/menus/entries/" + entry).then().statusCode(204);
        }
        assertThat(page("/sq/").select(".menu a").eachText()).doesNotContain("Arkivi i portit");
    }

    @Test
    void settingsChangeShowsOnEveryEdition() {
        var settings = as("admin").get("/api/v1/settings").then().statusCode(200).extract().jsonPath();
        get("/");
        get("/sq/");
        Map<String, Object> change = new java.util.HashMap<>(settings.getMap(""));
        change.put("siteName", "Harbour Desk Cache Test");
        as("admin").body(change).put("/api/v1/settings").then().statusCode(200);
        try {
            assertThat(page("/").select(".site-name").text()).isEqualTo("Harbour Desk Cache Test");
            assertThat(page("/sq/").select("footer .copyright").text()).endsWith("Harbour Desk Cache Test");
        } finally {
            Map<String, Object> back = new java.util.HashMap<>(settings.getMap(""));
            back.put("version", as("admin").get("/api/v1/settings").then().extract().path("version"));
            as("admin").body(back).put("/api/v1/settings").then().statusCode(200);
        }
    }
}
