package org.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.masthead.testing.Api;
import org.masthead.testing.BrowserSession;
import org.masthead.testing.BrowserSession.Page;
import org.masthead.testing.FormFields;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** A republished piece names every outlet it draws on: several sources, in order, on the API, the desk and the page. */
@QuarkusTest
class SourcesTest {

    @TestHTTPResource("/admin")
    String admin;

    @Inject
    Revisions revisions;

    private static Map<String, Object> twoSources(String title) {
        Map<String, Object> body = new HashMap<>(Api.article(title));
        body.put("sources", List.of(
                Map.of("outlet", "Coastal Ledger", "url", "https://ledger.example/tide", "date", "2017-06-10"),
                Map.of("outlet", "Bayside Weekly", "url", "https://bayside.example/tide")));
        return body;
    }

    @Test
    void anArticleKeepsSeveralSourcesInOrderAndReadersSeeALinkToEach() {
        long id = Api.publishedArticle("editor", "reviewer", twoSources("Sources test: the tide report"));
        JsonPath json = Api.as("editor").get("/api/v1/articles/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(json.getList("sources.outlet", String.class)).containsExactly("Coastal Ledger", "Bayside Weekly");
        assertThat(json.getString("sources[0].date")).isEqualTo("2017-06-10");
        assertThat(json.getString("source.outlet")).as("the first, for callers that know one source").isEqualTo("Coastal Ledger");

        String slug = json.getString("slug");
        Document page = Jsoup.parse(RestAssured.get("/articles/" + slug).then().statusCode(200).extract().asString());
        assertThat(page.select(".source a").eachAttr("href"))
                .containsExactly("https://ledger.example/tide", "https://bayside.example/tide");
        assertThat(page.select(".source").eachText()).satisfiesExactly(
                first -> assertThat(first).contains("Coastal Ledger").contains("June 10, 2017"),
                second -> assertThat(second).contains("Bayside Weekly"));
    }

    @Test
    void oneSourceObjectIsStillReadAsAListOfOneAndEachBadSourceIsNamed() {
        Map<String, Object> single = new HashMap<>(Api.article("Sources test: one source"));
        single.put("source", Map.of("outlet", "Coastal Ledger", "url", "https://ledger.example/one"));
        long id = Api.createArticle("editor", single);
        assertThat(Api.as("editor").get("/api/v1/articles/" + id).then().extract().jsonPath().getList("sources.url", String.class))
                .containsExactly("https://ledger.example/one");

        Map<String, Object> bad = new HashMap<>(Api.article("Sources test: bad sources"));
        bad.put("sources", List.of(Map.of("outlet", "Fine", "url", "https://fine.example/"),
                Map.of("outlet", "", "url", "javascript:alert(1)")));
        Api.as("editor").body(bad).post("/api/v1/articles").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("sources[1].outlet", "sources[1].url"));
    }

    @Test
    void aRevisionSavedWhenItemsHadOneSourceStillReadsAndRestoresIt() {
        ItemSnapshot old = revisions.read("""
                {"title":"Old","language":"en","slug":"old","tags":[],"related":[],
                 "source":{"outlet":"Coastal Ledger","url":"https://ledger.example/old","date":"2017-06-11"}}""");
        assertThat(old.sources()).containsExactly(new Source("Coastal Ledger", "https://ledger.example/old", LocalDate.of(2017, 6, 11)));
        assertThat(revisions.read("""
                {"title":"Old","language":"en","slug":"old","tags":[],"related":[],"source":null}""").sources()).isNullOrEmpty();
    }

    @Test
    void theEditorAddsASecondSourceInABlankRowAndKeepsBothOnARefusedSave() {
        long id = Api.createArticle("editor", twoSources("Sources test: desk rows"));
        BrowserSession editor = BrowserSession.signedIn(admin, "editor");
        Page page = editor.get(admin + "/articles/" + id);
        assertThat(page.document().select("input[name=sourceUrl]").eachAttr("value"))
                .as("both sources, then a blank row for another")
                .containsExactly("https://ledger.example/tide", "https://bayside.example/tide", "");

        Page refused = FormFields.of(editor, page, "form.editor").set("sourceOutlet", 2, "Harbour Radio")
                .set("sourceUrl", 2, "harbour radio dot example").submit();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select("#sourceUrl-2").attr("value")).isEqualTo("harbour radio dot example");
        assertThat(refused.document().select("#sourceUrl-2-error").text()).isNotBlank();
        assertThat(Api.as("editor").get("/api/v1/articles/" + id).then().extract().jsonPath().getList("sources.url", String.class))
                .as("nothing saved").hasSize(2);

        Page saved = FormFields.of(editor, refused, "form.editor").set("sourceUrl", 2, "https://radio.example/tide")
                .set("sourceOutlet", 0, "").set("sourceUrl", 0, "").set("sourceDate", 0, "").submit();
        assertThat(saved.document().select(".message").text()).isEqualTo("Saved.");
        assertThat(Api.as("editor").get("/api/v1/articles/" + id).then().extract().jsonPath().getList("sources.outlet", String.class))
                .as("the cleared row is gone, the new one added").containsExactly("Bayside Weekly", "Harbour Radio");
    }
}
