package org.masthead.content;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.masthead.testing.Api.action;
import static org.masthead.testing.Api.article;
import static org.masthead.testing.Api.as;
import static org.masthead.testing.Api.createArticle;
import static org.masthead.testing.Api.version;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.masthead.testing.Api;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SlugsAndValidationTest {

    @Test
    void slugsComeFromTitlesInEveryScriptAndStayUnique() {
        Map<String, Object> arabic = new HashMap<>(article("بيانٌ صحفي عن المرفأ"));
        arabic.put("language", "ar");
        long id = createArticle("editor", arabic);
        as("editor").get("/api/v1/articles/" + id).then().body("slug", equalTo("بيان-صحفي-عن-المرفأ"));

        Map<String, Object> persian = new HashMap<>(article("گزارش\u200cهای هفتگی"));
        persian.put("language", "fa");
        as("editor").body(persian).post("/api/v1/articles").then().statusCode(201).body("slug", equalTo("گزارش-های-هفتگی"));

        String first = as("editor").body(article("Same Title, Twice!")).post("/api/v1/articles").then().statusCode(201)
                .extract().path("slug");
        as("editor").body(article("Same title twice")).post("/api/v1/articles").then().statusCode(201)
                .body("slug", equalTo(first + "-2"));
    }

    @Test
    void oldSlugOfALiveItemAnswersWithA301ToTheNewOne() {
        Map<String, Object> body = new HashMap<>(article("Port opens new terminal"));
        body.put("slug", "port-terminal-old-name");
        long id = Api.publishedArticle("editor", "reviewer", body);
        as(null).get("/api/v1/articles/by-slug/en/port-terminal-old-name").then().statusCode(200).body("id", equalTo((int) id));

        body.put("slug", "port-terminal-opens");
        body.put("version", version("editor", id));
        as("editor").body(body).put("/api/v1/articles/" + id).then().statusCode(200);
        action("editor", id, "submit").statusCode(200);
        action("reviewer", id, "approve").statusCode(200);

        as(null).redirects().follow(false).get("/api/v1/articles/by-slug/en/port-terminal-old-name").then()
                .statusCode(301).header("Location", endsWith("/api/v1/articles/by-slug/en/port-terminal-opens"));
        as(null).get("/api/v1/articles/by-slug/en/port-terminal-opens").then().statusCode(200).body("id", equalTo((int) id));
        as(null).get("/api/v1/articles/by-slug/en/never-existed").then().statusCode(404);
    }

    @Test
    void duplicateSlugIsNamed() {
        Map<String, Object> body = new HashMap<>(article("Slug owner"));
        body.put("slug", "taken-slug-example");
        createArticle("editor", body);
        as("editor").body(body).post("/api/v1/articles").then().statusCode(400)
                .body("errors.field", equalTo(List.of("slug")));
    }

    @Test
    void slugsKeepWhatWordPressAllowedUnderscoresAndThePersianNonJoiner() {
        String persian = "ساعت-کتاب‌خوانی";
        Map<String, Object> body = new HashMap<>(article("ساعت کتاب‌خوانی"));
        body.put("language", "fa");
        body.put("slug", persian);
        long id = createArticle("editor", body);
        action("editor", id, "submit").statusCode(200);
        action("reviewer", id, "approve").statusCode(200);
        as(null).get("/api/v1/articles/by-slug/fa/" + persian).then().statusCode(200).body("slug", equalTo(persian));
        io.restassured.RestAssured.get("/fa/articles/" + persian).then().statusCode(200);

        Map<String, Object> underscored = new HashMap<>(article("Annual report"));
        underscored.put("slug", "annual_report_2017");
        as("editor").body(underscored).post("/api/v1/articles").then().statusCode(201).body("slug", equalTo("annual_report_2017"));

        underscored.put("slug", "double--hyphen");
        as("editor").body(underscored).post("/api/v1/articles").then().statusCode(400).body("errors.field", equalTo(List.of("slug")));
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsSaved() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "x".repeat(301));
        body.put("language", "de");
        body.put("slug", "no spaces/allowed");
        body.put("tags", List.of(""));
        body.put("byline", Map.of("outlet", "Nobody"));
        body.put("source", Map.of("outlet", "Somewhere", "url", "javascript:alert(1)"));
        body.put("related", List.of(Map.of("title", "No target"), Map.of("url", "ftp://files.example/x", "title", "FTP")));
        as("editor").body(body).post("/api/v1/articles").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("title", "language", "slug", "tags[0]", "byline.author", "sources[0].url",
                        "related[0].target", "related[1].url"));

        Map<String, Object> refs = new HashMap<>(article("Bad references"));
        refs.put("categoryId", 987654321);
        refs.put("publishAt", "2001-01-01T00:00:00Z");
        refs.put("related", List.of(Map.of("itemId", 987654321)));
        as("editor").body(refs).post("/api/v1/articles").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("categoryId", "publishAt", "related[0].itemId"));

        as("editor").get("/api/v1/articles?q=Bad references").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void malformedRequestsAreBadRequestsNotErrors() {
        as("editor").body("{\"title\": \"Broken").post("/api/v1/articles").then().statusCode(400)
                .contentType("application/problem+json");
        Map<String, Object> body = new HashMap<>(article("Bad date"));
        body.put("publishAt", "tomorrow morning");
        as("editor").body(body).post("/api/v1/articles").then().statusCode(400)
                .body("errors.field", equalTo(List.of("publishAt")));
        as("editor").get("/api/v1/articles?status=LOST").then().statusCode(400)
                .body("errors.field", equalTo(List.of("status")));
        as(null).get("/api/v1/articles?after=not-a-cursor").then().statusCode(400)
                .body("errors.field", equalTo(List.of("after")));
    }

    @Test
    void bodyIsSanitizedOnSave() {
        Map<String, Object> body = new HashMap<>(article("Sanitized"));
        body.put("body", "<p onclick=\"steal()\">Hello <strong>world</strong><script>alert(1)</script></p>");
        long id = createArticle("editor", body);
        as("editor").get("/api/v1/articles/" + id).then().body("body", equalTo("<p>Hello <strong>world</strong></p>"));
    }

    @Test
    void translationsAreLinkedBothWays() {
        long english = createArticle("editor", article("Weekly market report"));
        Map<String, Object> albanian = new HashMap<>(article("Raporti javor i tregut"));
        albanian.put("language", "sq");
        albanian.put("translationOf", english);
        long sq = createArticle("editor", albanian);

        as("editor").get("/api/v1/articles/" + english).then().body("translations.language", equalTo(List.of("sq")))
                .body("translations[0].id", equalTo((int) sq));
        as("editor").get("/api/v1/articles/" + sq).then().body("translations.language", equalTo(List.of("en")));

        Map<String, Object> second = new HashMap<>(article("Raporti tjetër"));
        second.put("language", "sq");
        second.put("translationOf", english);
        as("editor").body(second).post("/api/v1/articles").then().statusCode(400)
                .body("errors.field", equalTo(List.of("translationOf")));
    }
}
