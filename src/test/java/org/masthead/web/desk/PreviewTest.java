package org.masthead.web.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.testing.Api.action;
import static org.masthead.testing.Api.article;
import static org.masthead.testing.Api.as;
import static org.masthead.testing.Api.createArticle;
import static org.masthead.testing.Api.version;

import java.net.URI;

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

    @Test
    void aLinkShowsTheRevisionItWasMadeForCanBeRevokedAndDiesWithArchiving() {
        long id = createArticle("editor", article("Harbour fees: the draft a reviewer shares"));
        BrowserSession reviewer = new BrowserSession();
        Page editPage = reviewer.signIn(admin + "/articles/" + id, "reviewer");
        Page created = reviewer.submit(editPage, "form.preview-link-form", Map.of("hours", "168"));
        String link = created.document().select("input.preview-link").attr("value");
        assertThat(created.document().select("p.message").text()).contains("revision 1");

        Map<String, Object> changed = new HashMap<>(article("Harbour fees: written after the link was made"));
        changed.put("version", version("editor", id));
        as("editor").body(changed).put("/api/v1/articles/" + id).then().statusCode(200);
        assertThat(title(link)).as("the link shows the revision it was made for, not later saves")
                .isEqualTo("Harbour fees: the draft a reviewer shares");

        Page listed = reviewer.get(admin + "/articles/" + id);
        assertThat(listed.document().select("table.preview-links tbody tr")).hasSize(1);
        assertThat(listed.document().select("table.preview-links a").attr("href")).isEqualTo(URI.create(link).getPath());
        Page revoked = reviewer.submit(listed, "form.revoke-preview", Map.of());
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.document().select(".message").text()).contains("Preview link revoked");
        assertThat(revoked.document().select("table.preview-links")).isEmpty();
        assertThat(status(link)).as("revoked").isEqualTo(404);

        Page again = reviewer.submit(revoked, "form.preview-link-form", Map.of("hours", "24"));
        String second = again.document().select("input.preview-link").attr("value");
        assertThat(title(second)).isEqualTo("Harbour fees: written after the link was made");
        action("reviewer", id, "archive").statusCode(200);
        assertThat(status(second)).as("archived").isEqualTo(404);

        assertThat(as("reviewer").get("/api/v1/articles/" + id + "/history").asString())
                .contains("preview-link").contains("revoke-preview-link");
    }

    @Test
    void theServerRefusesLinksLongerThanSevenDays() {
        long id = createArticle("editor", article("Harbour fees: a link for a fortnight"));
        BrowserSession reviewer = new BrowserSession();
        Page editPage = reviewer.signIn(admin + "/articles/" + id, "reviewer");
        Page refused = reviewer.submit(editPage, "form.preview-link-form", Map.of("hours", "336"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().text()).contains("from 1 to 168");
        Page fine = reviewer.submit(editPage, "form.preview-link-form", Map.of("hours", "168"));
        assertThat(fine.status()).isEqualTo(200);
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        assertThat(status(fine.document().select("input.preview-link").attr("value"))).isEqualTo(404);
    }

    private static int status(String link) {
        return RestAssured.given().urlEncodingEnabled(false).get(link).statusCode();
    }

    private static String title(String link) {
        var page = RestAssured.given().urlEncodingEnabled(false).get(link);
        assertThat(page.statusCode()).isEqualTo(200);
        return Jsoup.parse(page.asString()).select("article h1").text();
    }
}
