package org.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.masthead.testing.Api.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.masthead.testing.Api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class DigestsApiTest {

    private static int series(String title) {
        return as("admin").body(Map.of("title", title, "language", "en")).post("/api/v1/series").then().statusCode(201)
                .extract().path("id");
    }

    private static Map<String, Object> digest(int series, int number, List<Map<String, Object>> sections) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Weekly Digest – " + number);
        body.put("language", "en");
        body.put("digest", Map.of("seriesId", series, "number", number, "issueDate", "2017-06-11", "sections", sections));
        return body;
    }

    @Test
    void digestKeepsItsSectionsAndItemsInOrderAndReordersOnSave() {
        int series = series("Weekly Digest (order test)");
        long article = Api.publishedArticle("editor", "reviewer", Api.article("Linked from the digest"));
        List<Map<String, Object>> sections = List.of(
                Map.of("items", List.of(Map.of("text", "Harbour fees stay the same", "outlet", "Coastal Ledger"),
                        Map.of("text", "Volunteers return to the pier", "itemId", article))),
                Map.of("heading", "In English:", "items", List.of(
                        Map.of("text", "A ferry timetable for summer", "url", "https://ferries.example/summer"))));
        long id = as("editor").body(digest(series, 193, sections)).post("/api/v1/digests").then().statusCode(201)
                .body("kind", equalTo("DIGEST")).body("digest.number", equalTo(193))
                .body("digest.sections[0].items.text", equalTo(List.of("Harbour fees stay the same", "Volunteers return to the pier")))
                .body("digest.sections[1].heading", equalTo("In English:"))
                .extract().jsonPath().getLong("id");

        Map<String, Object> reordered = digest(series, 193, List.of(sections.get(1), sections.get(0)));
        reordered.put("version", as("editor").get("/api/v1/digests/" + id).then().extract().path("version"));
        as("editor").body(reordered).put("/api/v1/digests/" + id).then().statusCode(200)
                .body("digest.sections[0].heading", equalTo("In English:"))
                .body("digest.sections[1].items[1].itemId", equalTo((int) article));

        Api.review("editor", "/api/v1/digests/" + id, "submit").statusCode(200);
        Api.review("reviewer", "/api/v1/digests/" + id, "approve").statusCode(200);
        as(null).get("/api/v1/digests/" + id).then().statusCode(200)
                .body("digest.sections[0].items[0].url", equalTo("https://ferries.example/summer"));
        as(null).get("/api/v1/series").then().body("find { it.id == " + series + " }.issues", equalTo(1));
    }

    @Test
    void issueNumbersAreUniqueInTheirSeriesOnly() {
        int first = series("Weekly Digest (numbers A)");
        int second = series("Weekly Digest (numbers B)");
        List<Map<String, Object>> sections = List.of(Map.of("items", List.of(Map.of("text", "One line"))));
        as("editor").body(digest(first, 7, sections)).post("/api/v1/digests").then().statusCode(201);
        as("editor").body(digest(first, 7, sections)).post("/api/v1/digests").then().statusCode(400)
                .body("errors.field", equalTo(List.of("digest.number")));
        as("editor").body(digest(second, 7, sections)).post("/api/v1/digests").then().statusCode(201);
    }

    @Test
    void digestFieldsBelongToDigestsOnly() {
        int series = series("Weekly Digest (kinds)");
        Map<String, Object> article = Api.article("Not a digest");
        article = new HashMap<>(article);
        article.put("digest", Map.of("seriesId", series, "number", 1, "issueDate", "2017-06-11", "sections", List.of()));
        as("editor").body(article).post("/api/v1/articles").then().statusCode(400).body("errors.field", equalTo(List.of("digest")));

        Map<String, Object> bare = new HashMap<>(Api.article("Digest without digest fields"));
        as("editor").body(bare).post("/api/v1/digests").then().statusCode(400).body("errors.field", hasItem("digest"));

        List<Map<String, Object>> badLinks = List.of(Map.of("items", List.of(
                Map.of("text", "Both links", "itemId", 1, "url", "https://x.example"), Map.of("text", "", "outlet", "O"))));
        as("editor").body(digest(series, 2, badLinks)).post("/api/v1/digests").then().statusCode(400)
                .body("errors.field", hasItem("digest.sections[0].items[1].text"));
    }

    @Test
    void anEntryOfSeveralParagraphsQuotesAndLinksIsKeptSanitizedAndReadersSeeItWhole() {
        int series = series("Weekly Digest (rich entries)");
        String paragraph = "<p>The council <strong>approved</strong> the pier budget after a long evening of questions. "
                + "Residents asked for a public hearing first, and the mayor agreed to hold one in July.</p>";
        String body = paragraph.repeat(10) + "<blockquote><p>We want to see the plans first.</p></blockquote>"
                + "<p>Read <a href=\"https://ledger.example/vote\">the vote</a>.</p><script>alert(1)</script>";
        List<Map<String, Object>> sections = List.of(Map.of("items", List.of(
                Map.of("body", body, "url", "https://ledger.example/vote"),
                Map.of("text", "A one-line entry", "body", "<p>A one-line entry, <em>in full</em>.</p>",
                        "url", "https://ferries.example/summer"))));
        JsonPath json = as("editor").body(digest(series, 4, sections)).post("/api/v1/digests").then()
                .statusCode(201).extract().jsonPath();
        String stored = json.getString("digest.sections[0].items[0].body");
        assertThat(stored).contains("<blockquote><p>We want to see the plans first.</p></blockquote>")
                .contains("<strong>approved</strong>").doesNotContain("script").doesNotContain("alert");
        assertThat(json.getString("digest.sections[0].items[0].text")).as("its line, from the body")
                .startsWith("The council approved the pier budget").hasSizeLessThanOrEqualTo(1000);

        long id = json.getLong("id");
        Api.review("editor", "/api/v1/digests/" + id, "submit").statusCode(200);
        Api.review("reviewer", "/api/v1/digests/" + id, "approve").statusCode(200);
        Document page = Jsoup.parse(RestAssured.get("/digests/"
                + as(null).get("/api/v1/series").then().extract().path("find { it.id == " + series + " }.slug") + "/4")
                .then().statusCode(200).extract().asString());
        Elements entries = page.select(".digest-section li.entry-rich");
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).select("blockquote").text()).isEqualTo("We want to see the plans first.");
        assertThat(entries.get(0).select("a").eachAttr("href")).as("its link is in its text, not twice")
                .containsExactly("https://ledger.example/vote");
        assertThat(entries.get(1).select("a").eachAttr("href")).as("a link the text lacks is added")
                .containsExactly("https://ferries.example/summer");

        List<Map<String, Object>> empty = List.of(Map.of("items", List.of(Map.of("body", "<script>alert(1)</script>"))));
        as("editor").body(digest(series, 5, empty)).post("/api/v1/digests").then().statusCode(400)
                .body("errors.field", equalTo(List.of("digest.sections[0].items[0].body")));
    }
}
