package org.masthead.web.site;

import org.masthead.testing.Api;
import org.masthead.shared.PublicUrls;
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
import static org.masthead.testing.Api.version;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.shared.AdjustableClock;
import org.masthead.testing.Keycloak;
import org.masthead.testing.SampleFiles;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The reader's pages, parsed as a browser would get them. */
@QuarkusTest
class PublicPagesTest {

    @Inject
    AdjustableClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void listingTeasersShowTheLiveRevisionsCategoryBylineAndPicture() {
        long category = Reader.category("Harbour pictures (teasers)", "en");
        int picture = given().auth().oauth2(Keycloak.accessToken("editor"))
                .multiPart("file", "pier.png", SampleFiles.png(40, 30), "image/png").multiPart("alt", "The pier at dawn")
                .post("/api/v1/uploads").then().statusCode(201).extract().path("id");
        Map<String, Object> body = article("Dawn at the pier", "en");
        body.put("categoryId", category);
        body.put("byline", Map.of("author", "Ana Duka", "outlet", "Harbour Post"));
        body.put("featuredImageId", picture);
        long id = publish(body);
        String listing = "/categories/" + Reader.categorySlug(category);

        Element teaser = page(listing).selectFirst("main article.teaser");
        assertThat(teaser.select(".teaser-title a").text()).isEqualTo("Dawn at the pier");
        assertThat(teaser.select(".teaser-title a").attr("href")).isEqualTo("/articles/" + slug(id));
        assertThat(teaser.select(".category-label").text()).isEqualTo("Harbour pictures (teasers)");
        assertThat(teaser.select(".byline").text()).isEqualTo("By Ana Duka, Harbour Post");
        assertThat(teaser.select(".summary").text()).isEqualTo("A summary of Dawn at the pier");
        assertThat(teaser.select("img").attr("src")).startsWith("/uploads/" + picture + "/");
        assertThat(teaser.select("img").attr("width")).isEqualTo("40");
        assertThat(teaser.select("time").attr("datetime")).isNotBlank();

        Map<String, Object> edit = article("Dusk at the pier", "en");
        edit.put("slug", slug(id));
        edit.put("categoryId", category);
        edit.put("byline", Map.of("author", "Someone Else"));
        edit.put("version", org.masthead.testing.Api.version("editor", id));
        as("editor").body(edit).put("/api/v1/articles/" + id).then().statusCode(200);
        action("editor", id, "submit").statusCode(200);
        teaser = page(listing).selectFirst("main article.teaser");
        assertThat(teaser.select(".teaser-title a").text()).as("a pending edit stays out of listings").isEqualTo("Dawn at the pier");
        assertThat(teaser.select(".byline").text()).isEqualTo("By Ana Duka, Harbour Post");
        assertThat(teaser.select("img")).hasSize(1);

        action("reviewer", id, "approve").statusCode(200);
        teaser = page(listing).selectFirst("main article.teaser");
        assertThat(teaser.select(".teaser-title a").text()).isEqualTo("Dusk at the pier");
        assertThat(teaser.select(".byline").text()).isEqualTo("By Someone Else");
        assertThat(teaser.select("img")).as("the approved revision has no picture").isEmpty();
    }

    @Test
    void articlePageShowsEverythingAReaderExpects() {
        long category = Reader.category("Harbour news (article page)", "en");
        long related = publish(article("The pier reopens", "en"));
        Map<String, Object> body = article("Ferry timetable changes", "en");
        body.put("categoryId", category);
        body.put("tags", List.of("ferries", "timetables"));
        body.put("byline", Map.of("author", "Mira Santos", "outlet", "Coastal Ledger"));
        body.put("source", Map.of("outlet", "Coastal Ledger", "url", "https://ledger.example/ferries", "date", "2017-06-11"));
        body.put("body", "<p>The <strong>summer</strong> timetable starts <a href=\"https://ferries.example\">on Monday</a>.</p>");
        body.put("related", List.of(Map.of("itemId", related),
                Map.of("url", "https://ledger.example/older", "title", "Older ferry news", "teaser", "Coastal Ledger, May 2: first words")));
        long id = publish(body);
        Map<String, Object> persian = article("تغییر جدول زمانی کشتی", "fa");
        persian.put("translationOf", id);
        long fa = publish(persian);

        String path = "/articles/" + slug(id);
        Document page = page(path);
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("html").attr("dir")).isEqualTo("ltr");
        assertThat(page.select("article h1").text()).isEqualTo("Ferry timetable changes");
        assertThat(page.select("article .category-label").text()).isEqualTo("Harbour news (article page)");
        assertThat(page.select("article .byline").text()).isEqualTo("By Mira Santos, Coastal Ledger");
        assertThat(page.select("article .meta time").text()).matches("[A-Z][a-z]+ \\d{1,2}, \\d{4}");
        assertThat(page.select("article .body strong").text()).isEqualTo("summer");
        assertThat(page.select("article .body a").attr("href")).isEqualTo("https://ferries.example");
        assertThat(page.select(".source a").text()).isEqualTo("Link to the source");
        assertThat(page.select(".source a").attr("href")).isEqualTo("https://ledger.example/ferries");
        assertThat(page.select(".source").text()).contains("Coastal Ledger").contains("June 11, 2017");
        assertThat(page.select(".tags a").eachText()).containsExactly("ferries", "timetables");
        assertThat(page.select(".also-read li a").eachText()).containsExactly("The pier reopens", "Older ferry news");
        assertThat(page.select(".also-read li a").first().attr("href")).isEqualTo("/articles/" + slug(related));
        assertThat(page.select(".also-read .teaser-line").eachText()).contains("Coastal Ledger, May 2: first words");
        assertThat(page.select(".share a").eachAttr("href")).anySatisfy(h -> assertThat(h).startsWith("https://www.facebook.com/"))
                .anySatisfy(h -> assertThat(h).startsWith("https://twitter.com/intent/tweet"))
                .anySatisfy(h -> assertThat(h).startsWith("https://pinterest.com/"))
                .anySatisfy(h -> assertThat(h).startsWith("https://wa.me/"))
                .anySatisfy(h -> assertThat(h).startsWith("https://t.me/"))
                .anySatisfy(h -> assertThat(h).startsWith("mailto:"));
        assertThat(page.select("script")).as("no scripts on reader pages").isEmpty();
        String persianPath = "/fa/articles/" + PublicUrls.segment(slug(fa));
        assertThat(page.select(".translations a[hreflang=fa]").attr("href")).isEqualTo(persianPath);
        assertThat(page.select("link[rel=alternate][hreflang=fa]").attr("href")).endsWith(persianPath);
        assertThat(page.select("link[rel=canonical]").attr("href")).endsWith(path);
        assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo("Ferry timetable changes");
        assertThat(page.select("meta[name=twitter:card]").attr("content")).isNotBlank();
        assertThat(page.select("footer .copyright").text()).matches("© 2003 – \\d{4} .+");
        assertThat(page.select("a.back-to-top").attr("href")).isEqualTo("#top");
        assertThat(page.select("aside.sidebar h2").text()).isEqualTo("Recent posts");
        assertThat(page.select("aside.sidebar li")).hasSizeBetween(1, 5);
    }

    @Test
    void persianEditionIsRightToLeftWithItsOwnWordsAndDigits() {
        long id = publish(article("کتابخانهٔ بندر", "fa"));
        Document page = page("/fa/articles/" + PublicUrls.segment(slug(id)));
        assertThat(page.select("html").attr("lang")).isEqualTo("fa");
        assertThat(page.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.select("aside.sidebar h2").text()).isEqualTo("تازه‌ترین نوشته‌ها");
        assertThat(page.select("a.back-to-top").text()).isEqualTo("بازگشت به بالا");
        String date = page.select("article .meta time").text();
        assertThat(date).matches(".*[۰-۹]{4}.*").doesNotContainPattern("[0-9]");
        assertThat(SolarHijri.MONTHS).as("a Solar Hijri month in %s", date).anyMatch(date::contains);

        Document arabic = page("/ar/");
        assertThat(arabic.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(arabic.select("html").attr("lang")).isEqualTo("ar");
        assertThat(arabic.select("a.back-to-top").text()).isEqualTo("العودة إلى الأعلى");
        Document albanian = page("/sq/");
        assertThat(albanian.select("html").attr("dir")).isEqualTo("ltr");
        assertThat(albanian.select("a.back-to-top").text()).isEqualTo("Kthehu lart");
    }

    @Test
    void editionsShowOnlyTheirOwnContent() {
        long english = publish(article("Only in English (editions)", "en"));
        long albanian = publish(article("Vetëm në shqip (edicione)", "sq"));
        assertThat(Reader.titles(page("/"))).contains("Only in English (editions)").doesNotContain("Vetëm në shqip (edicione)");
        assertThat(Reader.titles(page("/sq/"))).contains("Vetëm në shqip (edicione)").doesNotContain("Only in English (editions)");
        assertThat(get("/sq/articles/" + slug(english)).statusCode()).isEqualTo(404);
        assertThat(get("/articles/" + slug(albanian)).statusCode()).isEqualTo(404);
    }

    @Test
    void nothingButLiveItemsReachesReadersOnAnyRoute() {
        long category = Reader.category("Visibility desk", "en");
        String categoryPath = "/categories/" + Reader.categorySlug(category);
        Map<String, Map<String, Object>> bodies = new HashMap<>();
        for (String state : List.of("draft", "review", "scheduled", "withdrawn", "unpublished", "archived", "expired", "live")) {
            Map<String, Object> body = article("Zanzibarvisibility " + state, "en");
            body.put("categoryId", category);
            body.put("tags", List.of("visibility-check"));
            bodies.put(state, body);
        }
        createArticle("editor", bodies.get("draft"));
        action("editor", createArticle("editor", bodies.get("review")), "submit").statusCode(200);
        long scheduled = createArticle("editor", bodies.get("scheduled"));
        action("editor", scheduled, "submit").statusCode(200);
        action("reviewer", scheduled, "approve", Map.of("publishAt", clock.instant().plus(Duration.ofDays(2)).toString()))
                .statusCode(200);
        // approved for later, then edited before its time: back to draft, its schedule dropped
        bodies.get("withdrawn").put("summary", "Held back for corrections.");
        withdrawnBeforeItsTime(bodies.get("withdrawn"));
        long unpublished = publish(bodies.get("unpublished"));
        action("reviewer", unpublished, "unpublish").statusCode(200);
        long archived = publish(bodies.get("archived"));
        action("reviewer", archived, "archive").statusCode(200);
        bodies.get("expired").put("unpublishAt", clock.instant().plus(Duration.ofHours(1)).toString());
        long expired = publish(bodies.get("expired"));
        long live = publish(bodies.get("live"));
        clock.advance(Duration.ofHours(2));

        for (String slug : List.of("zanzibarvisibility-draft", "zanzibarvisibility-review", "zanzibarvisibility-scheduled",
                "zanzibarvisibility-withdrawn", "zanzibarvisibility-unpublished", "zanzibarvisibility-archived", "zanzibarvisibility-expired")) {
            assertThat(get("/articles/" + slug).statusCode()).as(slug).isEqualTo(404);
        }
        assertThat(get("/articles/" + slug(live)).statusCode()).isEqualTo(200);
        List<String> expected = List.of("Zanzibarvisibility live");
        assertThat(Reader.allTitles(categoryPath)).isEqualTo(expected);
        assertThat(Reader.allTitles("/tags/visibility-check")).isEqualTo(expected);
        assertThat(page("/search?q=zanzibarvisibility").select(".hit h2").eachText()).isEqualTo(expected);
        assertThat(Reader.titles(page("/"))).filteredOn(t -> t.startsWith("Zanzibarvisibility")).isEqualTo(expected);
        String feed = get("/feed").asString();
        String sitemap = get("/sitemap.xml").asString();
        for (String hidden : List.of("draft", "review", "scheduled", "withdrawn", "unpublished", "archived", "expired")) {
            assertThat(feed).doesNotContain("Zanzibarvisibility " + hidden);
            assertThat(sitemap).doesNotContain("zanzibarvisibility-" + hidden);
        }
        assertThat(feed).contains("Zanzibarvisibility live");
        assertThat(sitemap).contains("/articles/zanzibarvisibility-live");
        assertThat(expired).isPositive();
    }

    /** Search reads the reader's index alone: items gone offline must not take places on a page of results. */
    @Test
    void aPageOfSearchResultsIsFullThoughMatchingItemsWentOffline() {
        for (int i = 1; i <= 10; i++) {
            publish(article("Quillwort survey " + i, "en"));
        }
        action("reviewer", publish(article("Quillwort survey unpublished", "en")), "unpublish").statusCode(200);
        action("reviewer", publish(article("Quillwort survey archived", "en")), "archive").statusCode(200);
        withdrawnBeforeItsTime(article("Quillwort survey held back", "en"));
        clock.advance(Duration.ofHours(2));

        Document results = page("/search?q=quillwort");
        assertThat(Reader.titles(results)).hasSize(10).allMatch(title -> title.matches("Quillwort survey \\d+"));
        assertThat(results.select("nav.pager a.older")).as("ten matches fill one page").isEmpty();
    }

    /** An article approved to go live in an hour, then saved again before that: back to draft, its schedule dropped. */
    private void withdrawnBeforeItsTime(Map<String, Object> body) {
        long id = createArticle("editor", body);
        action("editor", id, "submit").statusCode(200);
        action("reviewer", id, "approve", Map.of("publishAt", clock.instant().plus(Duration.ofHours(1)).toString())).statusCode(200);
        body.put("version", version("editor", id));
        as("editor").body(body).put("/api/v1/articles/" + id).then().statusCode(200);
    }

    @Test
    void categoryPagesTenAtATimeAndStayStableWhileNewItemsArrive() {
        long category = Reader.category("Paging desk", "en");
        String path = "/categories/" + Reader.categorySlug(category);
        for (int i = 1; i <= 23; i++) {
            Map<String, Object> body = article(String.format("Paging item %02d", i), "en");
            body.put("categoryId", category);
            publish(body);
        }
        Reader.pagesStayStableWhileAnItemArrives(path, "Paging item", () -> {
            Map<String, Object> late = article("Paging item 24", "en");
            late.put("categoryId", category);
            publish(late);
        });
        assertThat(get(path + "?page=9").statusCode()).isEqualTo(404);
        assertThat(get(path + "?page=abc").statusCode()).isEqualTo(404);
        assertThat(get(path + "?page=2&before=garbage").statusCode()).isEqualTo(404);
        assertThat(Reader.allTitles(path)).hasSize(24).doesNotHaveDuplicates();
    }

    @Test
    void aCategoryListsWhatIsFiledUnderItsSubcategoriesAndFollowsChangesToTheTree() {
        long region = Reader.category("Tree region", "en");
        long city = subcategory("Tree city", region);
        long harbour = subcategory("Tree harbour", city);
        Map<String, Object> body = article("Filed two levels down", "en");
        body.put("categoryId", harbour);
        publish(body);
        String regionPath = "/categories/" + Reader.categorySlug(region);
        assertThat(Reader.titles(page(regionPath))).containsExactly("Filed two levels down");
        assertThat(get(regionPath + "/feed").asString()).contains("Filed two levels down");

        // the city moves out of the region: its harbour's article goes with it, at once
        as("admin").body(Map.of("name", "Tree city", "language", "en")).put("/api/v1/categories/" + city).then().statusCode(200);
        assertThat(Reader.titles(page(regionPath))).isEmpty();
        assertThat(Reader.titles(page("/categories/" + Reader.categorySlug(city)))).containsExactly("Filed two levels down");

        // a category made after the edition's pages were rendered answers at once
        String fresh = "/categories/" + Reader.categorySlug(Reader.category("Tree fresh", "en"));
        assertThat(get(fresh).statusCode()).isEqualTo(200);
        assertThat(get("/categories/no-such-category").statusCode()).isEqualTo(404);
    }

    private static long subcategory(String name, long parent) {
        return as("admin").body(Map.of("name", name, "language", "en", "parentId", parent)).post("/api/v1/categories").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void oldSlugsMovePermanentlyAndWithdrawnPiecesAreGone() {
        long id = publish(article("Lighthouse hours", "en"));
        Map<String, Object> edit = article("Lighthouse hours", "en");
        edit.put("slug", "lighthouse-opening-hours");
        edit.put("version", org.masthead.testing.Api.version("editor", id));
        as("editor").body(edit).put("/api/v1/articles/" + id).then().statusCode(200);
        action("editor", id, "submit").statusCode(200);
        action("reviewer", id, "approve").statusCode(200);

        var moved = get("/articles/lighthouse-hours");
        assertThat(moved.statusCode()).isEqualTo(301);
        assertThat(moved.header("Location")).endsWith("/articles/lighthouse-opening-hours");
        assertThat(get("/articles/lighthouse-opening-hours").statusCode()).isEqualTo(200);

        action("reviewer", id, "unpublish").statusCode(200);
        var gone = get("/articles/lighthouse-hours");
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(org.jsoup.Jsoup.parse(gone.asString()).select("h1").text()).isEqualTo("This page is gone");
        var missing = get("/articles/lighthouse-opening-hours");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(org.jsoup.Jsoup.parse(missing.asString()).select("h1").text()).isEqualTo("Page not found");
        assertThat(org.jsoup.Jsoup.parse(get("/fa/no/such/page").asString()).select("h1").text()).isEqualTo("صفحه پیدا نشد");
    }

    @Test
    void digestIssueAndSeriesArchive() {
        int series = as("admin").body(Map.of("title", "Harbour Weekly", "language", "en")).post("/api/v1/series").then()
                .statusCode(201).extract().path("id");
        String seriesSlug = as(null).get("/api/v1/series").then().extract().path("find { it.id == " + series + " }.slug");
        long linked = publish(article("Regatta results", "en"));
        for (int number : List.of(192, 193)) {
            Map<String, Object> body = new HashMap<>();
            body.put("title", "Harbour Weekly – " + number);
            body.put("language", "en");
            body.put("digest", Map.of("seriesId", series, "number", number, "issueDate", "2017-06-11", "sections", List.of(
                    Map.of("items", List.of(Map.of("text", "Harbour fees stay the same", "outlet", "Coastal Ledger"),
                            Map.of("text", "Regatta results are in", "itemId", linked))),
                    Map.of("heading", "In English:", "items", List.of(
                            Map.of("text", "A ferry timetable for summer", "url", "https://ferries.example/summer"))))));
            long id = as("editor").body(body).post("/api/v1/digests").then().statusCode(201).extract().jsonPath().getLong("id");
            Api.review("editor", "/api/v1/digests/" + id, "submit").statusCode(200);
            Api.review("reviewer", "/api/v1/digests/" + id, "approve").statusCode(200);
        }
        Document issue = page("/digests/" + seriesSlug + "/193");
        assertThat(issue.select("article h1").text()).isEqualTo("Harbour Weekly – 193");
        assertThat(issue.select(".digest-section")).hasSize(2);
        assertThat(issue.select(".digest-section").get(0).select("li").eachText())
                .containsExactly("Harbour fees stay the same — Coastal Ledger", "Regatta results are in");
        assertThat(issue.select(".digest-section").get(0).select("li a").attr("href")).isEqualTo("/articles/" + slug(linked));
        assertThat(issue.select(".digest-section h2").text()).isEqualTo("In English:");
        assertThat(Reader.titles(page("/digests/" + seriesSlug))).containsExactly("Harbour Weekly – 193", "Harbour Weekly – 192");
        assertThat(get("/digests/" + seriesSlug + "/194").statusCode()).isEqualTo(404);
        assertThat(get("/digests/" + seriesSlug + "/x").statusCode()).isEqualTo(404);
    }
}
