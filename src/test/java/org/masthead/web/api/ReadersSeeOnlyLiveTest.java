package org.masthead.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.masthead.testing.Api.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.masthead.testing.Api;

import io.quarkus.test.junit.QuarkusTest;

/** What the API tells an anonymous caller about drafts: nothing, not even that they exist. */
@QuarkusTest
class ReadersSeeOnlyLiveTest {

    @Test
    void aTagOnlyADraftCarriesIsNotPublic() {
        Map<String, Object> draft = new HashMap<>(Api.article("Draft with a secret tag"));
        draft.put("tags", List.of("merger talks"));
        Api.createArticle("editor", draft);
        Map<String, Object> live = new HashMap<>(Api.article("Live with a public tag"));
        live.put("tags", List.of("harbour fair"));
        Api.publishedArticle("editor", "reviewer", live);

        List<String> anonymous = as(null).get("/api/v1/tags?language=en").then().statusCode(200).extract().path("name");
        assertThat(anonymous).contains("harbour fair").doesNotContain("merger talks");
        List<String> staff = as("editor").get("/api/v1/tags?language=en").then().statusCode(200).extract().path("name");
        assertThat(staff).contains("harbour fair", "merger talks");
    }

    @Test
    void aSeriesCountsOnlyTheIssuesReadersCanOpen() {
        int series = as("admin").body(Map.of("title", "Quiet digest", "language", "en")).post("/api/v1/series").then()
                .statusCode(201).extract().path("id");
        Map<String, Object> digest = new HashMap<>();
        digest.put("title", "Quiet digest – 1");
        digest.put("language", "en");
        digest.put("digest", Map.of("seriesId", series, "number", 1, "issueDate", "2017-06-11",
                "sections", List.of(Map.of("items", List.of(Map.of("text", "Not out yet"))))));
        as("editor").body(digest).post("/api/v1/digests").then().statusCode(201);

        as(null).get("/api/v1/series").then().statusCode(200).body("find { it.id == " + series + " }.issues", equalTo(0));
        as("editor").get("/api/v1/series").then().statusCode(200).body("find { it.id == " + series + " }.issues", equalTo(1));
    }

    @Test
    void aLiveItemNamesNoDraftItLinksTo() {
        long draft = Api.createArticle("editor", Api.article("Unannounced follow-up"));
        long other = Api.publishedArticle("editor", "reviewer", Api.article("Published background"));
        Map<String, Object> body = new HashMap<>(Api.article("Story with also-read"));
        body.put("related", List.of(Map.of("itemId", draft), Map.of("itemId", other),
                Map.of("url", "https://ferries.example/summer", "title", "Summer ferries")));
        long live = Api.publishedArticle("editor", "reviewer", body);

        List<Object> publicIds = as(null).get("/api/v1/articles/" + live).then().statusCode(200).extract().path("related.itemId");
        assertThat(publicIds).containsExactly((int) other, null);
        as(null).get("/api/v1/articles/" + live).then().body("related[1].title", equalTo("Summer ferries"));
        List<Object> staffIds = as("editor").get("/api/v1/articles/" + live).then().statusCode(200).extract().path("related.itemId");
        assertThat(staffIds).containsExactly((int) draft, (int) other, null);
    }
}
