package org.masthead.wordpress;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.content.ContentItem;
import org.masthead.security.StaffMember;
import org.masthead.testing.Api;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/** The real WordPress 6.1 export of the fixture site, imported end to end against the real MariaDB. */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WordPressImportTest {

    static final Path EXPORT = Path.of("src/test/fixtures/wordpress/small.wxr");
    static final Path UPLOADS = Path.of("src/test/fixtures/wordpress/uploads");
    static final StaffMember ADMIN = new StaffMember("admin", "Ada Admin", null, List.of("editor", "reviewer", "admin"));

    @Inject
    WordPressImport importer;

    static ImportReport first;

    private ImportReport importOnce() {
        if (first == null) {
            first = importer.run(EXPORT, Optional.of(UPLOADS), new WordPressImport.Options(false, Map.of()), ADMIN, (d, t, w) -> {
            });
            first.lines().forEach(System.out::println);
        }
        return first;
    }

    @Test
    @Order(1)
    void aDryRunReportsWhatIsThereAndWritesNothing() {
        long items = QuarkusTransaction.requiringNew().<Long> call(() -> ContentItem.count());
        ImportReport dry = importer.run(EXPORT, Optional.of(UPLOADS), new WordPressImport.Options(true, Map.of()), ADMIN, (d, t, w) -> {
        });
        dry.lines().forEach(System.out::println);
        assertThat(dry.found).containsEntry("post publish en", 31).containsEntry("attachment", 2)
                .containsEntry("post publish fa", 1).containsEntry("post publish ar", 1).containsEntry("page publish en", 3);
        assertThat(dry.categories).containsEntry("farsi", "fa").containsEntry("arabic", "ar").containsEntry("news", "en");
        assertThat(dry.authors).containsKey("Mira Santos");
        assertThat(dry.notPublic).anyMatch(line -> line.contains("board minutes") && line.contains("private"))
                .anyMatch(line -> line.contains("donor letter") && line.contains("password-protected"));
        assertThat(dry.missingFiles).isEmpty();
        assertThat(dry.done).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().<Long> call(() -> ContentItem.count()).longValue()).as("nothing written").isEqualTo(items);
    }

    @Test
    @Order(2)
    void postsArriveWithTheirDatesAddressesAndFiles() {
        ImportReport report = importOnce();
        assertThat(report.skipped).as("skipped").isEmpty();
        // another test class may have imported the same site first (the desk's browser test does): then all is found
        assertThat(report.done("created page", 0) + report.done("unchanged page", 0)).isEqualTo(3);

        Response old = given().redirects().follow(false).get("/2017/06/river-water-testing-annual-report/");
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.header("Location")).endsWith("/articles/river-water-testing-annual-report");
        Document article = Jsoup.parse(given().get("/articles/river-water-testing-annual-report").then().statusCode(200)
                .extract().asString());
        assertThat(article.select("article h1").text()).isEqualTo("River water testing publishes its annual report");
        assertThat(article.select("article time").attr("datetime")).startsWith("2017-06-11");
        assertThat(article.text()).contains("(AP/Jane Doe)");

        Response photo = given().redirects().follow(false).get("/wp-content/uploads/2017/06/river-photo-300x169.jpg");
        assertThat(photo.statusCode()).isEqualTo(301);
        given().get(photo.header("Location")).then().statusCode(200).contentType("image/jpeg");

        String persianOld = "/2017/06/%d8%b3%d8%a7%d8%b9%d8%aa-%da%a9%d8%aa%d8%a7%d8%a8%d8%ae%d9%88%d8%a7%d9%86%db%8c-%d8%af%d8%b1-%da%a9%d8%aa%d8%a7%d8%a8%d8%ae%d8%a7%d9%86%d9%87/";
        Response persian = given().urlEncodingEnabled(false).redirects().follow(false).get(persianOld);
        assertThat(persian.statusCode()).isEqualTo(301);
        assertThat(URLDecoder.decode(persian.header("Location"), StandardCharsets.UTF_8)).startsWith("/fa/articles/");
        given().urlEncodingEnabled(false).get(persian.header("Location")).then().statusCode(200)
                .body(containsString("ساعت کتاب‌خوانی در کتابخانه"));

        given().redirects().follow(false).get("/category/news/").then().statusCode(301).header("Location", "/categories/news");
        given().redirects().follow(false).get("/category/news/page/3/").then().statusCode(301).header("Location", "/categories/news");
        given().redirects().follow(false).get("/tag/volunteers/").then().statusCode(301).header("Location", "/tags/volunteers");
        given().redirects().follow(false).get("/?p=2004").then().statusCode(301)
                .header("Location", "/articles/river-water-testing-annual-report");
        given().redirects().follow(false).get("/about-us/team/").then().statusCode(301).header("Location", "/pages/team");
    }

    @Test
    @Order(3)
    void aRepublishedPostKeepsItsBylineSourceFigureAndAlsoRead() {
        importOnce();
        long id = Api.as(null).get("/api/v1/articles/by-slug/en/river-water-testing-annual-report").then().statusCode(200)
                .extract().jsonPath().getLong("id");
        var item = Api.as("admin").get("/api/v1/articles/" + id).then().statusCode(200)
                .body("byline.author", equalTo("Ana Ruiz")).body("byline.outlet", equalTo("Coastal Ledger"))
                .body("source.outlet", equalTo("Coastal Ledger"))
                .body("source.url", equalTo("https://coastal-ledger.example/2017/06/10/river-report"))
                .body("source.date", equalTo("2017-06-10"))
                .body("related.title", hasItem("Ferry timetable changes for the summer"))
                .body("related.url", hasItem("https://bayside.example/ferry"))
                .body("tags", hasItem("volunteers"))
                .extract().jsonPath();
        String body = item.getString("body");
        assertThat(body).doesNotContain("By Ana Ruiz").doesNotContain("Link to the source").doesNotContain("Also read")
                .doesNotContain("[caption").contains("<figcaption>The river at dawn (AP/Jane Doe)</figcaption>")
                .contains("src=\"/uploads/").doesNotContain("127.0.0.1:8081/wp-content");
        assertThat(Api.as("admin").get("/api/v1/articles/" + id + "/history").jsonPath().getList("comment", String.class))
                .contains("imported from WordPress post 2004 by admin");
        Document page = Jsoup.parse(given().get("/articles/river-water-testing-annual-report").asString());
        assertThat(page.select(".comments, #comments").text()).as("its approved comments are shown").isNotBlank();
        assertThat(page.select("li.comment .comment-author").eachText()).as("approved ones, the reply under its comment")
                .containsExactly("Sam Reader", "Mira Santos");
        assertThat(page.select("li.comment.depth-1 a.in-reply-to").text()).isEqualTo("in reply to Sam Reader");
    }

    @Test
    @Order(4)
    void weeklyDigestsBecomeIssuesOfTheirSeriesWithSectionsAndEntries() {
        importOnce();
        Response old = given().redirects().follow(false).get("/2017/06/weekly-digest-193-2/");
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.header("Location")).matches("/digests/weekly-digest/193");
        var digest = Api.as(null).get("/api/v1/digests/by-slug/en/weekly-digest-193-2");
        Document page = Jsoup.parse(given().get(old.header("Location")).then().statusCode(200).extract().asString());
        assertThat(page.text()).contains("The council approved the pier budget after a long evening.")
                .contains("We want to see the plans before the boats do").contains("In English:")
                .contains("Coastal Ledger writes about the pier vote");
        assertThat(page.select("a[href='/articles/river-water-testing-annual-report']")).as("an entry linking an imported post")
                .isNotEmpty();
        assertThat(page.select(".digest-section li.entry-rich").first().select("p").eachText()).as("an entry of two paragraphs")
                .containsExactly("The council approved the pier budget after a long evening. Residents asked for a public hearing first.",
                        "“We want to see the plans before the boats do,” said one of them.");
        assertThat(page.select(".digest-section li")).as("four entries, each on its own line").hasSize(4);
        assertThat(digest.statusCode()).isIn(200, 404);
    }

    @Test
    @Order(3)
    void theNavigationMenuComesAlongNestedAsInWordPress() {
        importOnce();
        String menu = Api.readersMenu("en").prettify();
        assertThat(menu).contains("\"Home\"").contains("\"Media\"").contains("\"Cartoons\"").contains("\"About Us\"");
        Document home = Jsoup.parse(given().get("/").asString());
        assertThat(home.select("nav a").eachText()).contains("Media", "About Us");
        assertThat(home.select("nav li:has(> a:containsOwn(Media)) a").eachText()).as("Cartoons under Media").contains("Cartoons");
    }

    @Test
    @Order(4)
    void statusesAreKeptAndNothingPrivateIsPublic() {
        importOnce();
        Api.as("admin").queryParam("q", "lighthouse repairs").get("/api/v1/articles").then().body("items.status", hasItem("DRAFT"));
        Api.as("admin").queryParam("q", "school science fair").get("/api/v1/articles").then().body("items.status", hasItem("IN_REVIEW"));
        Api.as("admin").queryParam("q", "regatta preview").get("/api/v1/articles").then().body("items.status", hasItem("SCHEDULED"));
        given().get("/articles/private-board-minutes").then().statusCode(404);
        given().get("/articles/protected-donor-letter").then().statusCode(404);
        given().redirects().follow(false).get("/?p=2014").then().statusCode(200); // a draft: no address to send readers to
    }

    @Test
    @Order(5)
    void runningTheSameImportAgainChangesNothing() {
        ImportReport before = importOnce();
        ImportReport again = importer.run(EXPORT, Optional.of(UPLOADS), new WordPressImport.Options(false, Map.of()), ADMIN, (d, t, w) -> {
        });
        assertThat(again.done.keySet()).allMatch(what -> what.startsWith("unchanged"));
        assertThat(again.done("unchanged article", 0)).isEqualTo(before.done("created article", 0) + before.done("unchanged article", 0));
        Api.as("admin").queryParam("q", "river water testing").get("/api/v1/articles").then().body("items.size()", equalTo(1));
    }

    @Test
    @Order(6)
    void aNewerExportUpdatesWhatChangedInWordPressButNotWhatAnEditorChangedHere(@TempDir Path dir) throws Exception {
        importOnce();
        long edited = Api.as(null).get("/api/v1/articles/by-slug/en/cartoon-the-ferry-queue").jsonPath().getLong("id");
        Map<String, Object> body = new java.util.HashMap<>(Api.article("Cartoon: the ferry queue, as the desk retitled it"));
        body.put("slug", "cartoon-the-ferry-queue");
        body.put("version", Api.version("editor", edited));
        Api.as("editor").body(body).put("/api/v1/articles/" + edited).then().statusCode(200);

        String export = Files.readString(EXPORT);
        export = changed(export, 2004, "The report names forty sampling points", "The report names forty-two sampling points");
        export = changed(export, 2006, "A long queue at the ferry\" width", "A longer queue at the ferry\" width");
        Path newer = dir.resolve("newer.wxr");
        Files.writeString(newer, export);

        ImportReport report = importer.run(newer, Optional.of(UPLOADS), new WordPressImport.Options(false, Map.of()), ADMIN, (d, t, w) -> {
        });
        assertThat(report.done("updated article", 0)).isEqualTo(1);
        assertThat(report.conflicts).singleElement().asString().contains("post 2006");
        assertThat(report.done.keySet()).noneMatch(what -> what.startsWith("created"));
        given().get("/articles/river-water-testing-annual-report").then().body(containsString("forty-two sampling points"));
        Api.as("editor").get("/api/v1/articles/" + edited).then().body("title", equalTo("Cartoon: the ferry queue, as the desk retitled it"));
    }

    /** The export with one post's text changed and its modification time moved on, as WordPress writes it after an edit. */
    private static String changed(String export, long id, String from, String to) {
        int at = export.indexOf("<wp:post_id>" + id + "</wp:post_id>");
        int start = export.lastIndexOf("<item>", at);
        int end = export.indexOf("</item>", at);
        String item = export.substring(start, end);
        assertThat(item).contains(from);
        item = item.replace(from, to).replaceFirst("<wp:post_modified_gmt><!\\[CDATA\\[[^\\]]*\\]\\]>",
                "<wp:post_modified_gmt><![CDATA[2026-11-30 12:00:00]]>");
        return export.substring(0, start) + item + export.substring(end);
    }
}
