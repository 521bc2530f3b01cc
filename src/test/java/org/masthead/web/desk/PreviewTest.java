package org.masthead.web.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.testing.Api.article;
import static org.masthead.testing.Api.createArticle;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.shared.AdjustableClock;
import org.masthead.testing.BrowserSession;
import org.masthead.testing.BrowserSession.Page;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;

/** Staff see a draft exactly as readers will; reviewers hand out links that expire. */
@QuarkusTest
class PreviewTest {

    @TestHTTPResource("/admin")
    String admin;

    @Inject
    AdjustableClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void draftPreviewLooksLikeTheReadersPageAndLinksExpire() {
        Map<String, Object> body = new HashMap<>(article("Draft: the new breakwater"));
        body.put("byline", Map.of("author", "Mira Santos"));
        long id = createArticle("editor", body);
        assertThat(RestAssured.get("/articles/draft-the-new-breakwater").statusCode()).isEqualTo(404);

        BrowserSession editor = new BrowserSession();
        editor.signIn(admin + "/articles/" + id, "editor");
        Page preview = editor.get(admin + "/preview/articles/" + id);
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.document().select("article h1").text()).isEqualTo("Draft: the new breakwater");
        assertThat(preview.document().select("article .byline").text()).isEqualTo("By Mira Santos");
        assertThat(preview.document().select("aside.sidebar h2").text()).isEqualTo("Recent posts");
        Page editorsPage = editor.get(admin + "/articles/" + id);
        assertThat(editorsPage.document().select("a.preview").attr("href")).isEqualTo("/admin/preview/articles/" + id);
        assertThat(editorsPage.document().select("form.preview-link-form")).as("editors cannot hand out links").isEmpty();
        Page refused = editor.post(admin + "/preview/articles/" + id + "/link", Map.of("hours", "24",
                "_csrf", editorsPage.document().select("input[name=_csrf]").attr("value")));
        assertThat(refused.status()).isEqualTo(403);

        BrowserSession reviewer = new BrowserSession();
        Page reviewersPage = reviewer.signIn(admin + "/articles/" + id, "reviewer");
        Page noToken = reviewer.post(admin + "/preview/articles/" + id + "/link", Map.of("hours", "24"));
        assertThat(noToken.status()).as("CSRF").isEqualTo(403);
        Page created = reviewer.submit(reviewersPage, "form.preview-link-form", Map.of("hours", "24"));
        assertThat(created.status()).isEqualTo(200);
        String link = created.document().select("input.preview-link").attr("value");
        assertThat(link).contains("/preview/");

        var anonymous = RestAssured.given().urlEncodingEnabled(false).get(link);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.header("Cache-Control")).contains("no-store");
        assertThat(anonymous.header("X-Robots-Tag")).isEqualTo("noindex");
        assertThat(Jsoup.parse(anonymous.asString()).select("article h1").text()).isEqualTo("Draft: the new breakwater");

        String tampered = link.substring(0, link.lastIndexOf('/') + 1) + "AAAAAAAAAAAAAAAAAAAAAA" + link.substring(link.indexOf('.', link.lastIndexOf('/')));
        assertThat(RestAssured.given().urlEncodingEnabled(false).get(tampered).statusCode()).isEqualTo(404);

        clock.advance(Duration.ofHours(25));
        assertThat(RestAssured.given().urlEncodingEnabled(false).get(link).statusCode()).as("expired").isEqualTo(404);
    }
}
