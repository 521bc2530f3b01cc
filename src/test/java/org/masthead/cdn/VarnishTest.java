package org.masthead.cdn;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.testing.Api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** A real Varnish with xkey in front of the app: public pages cached, staff paths passed, a change purged at once. */
@QuarkusTest
@QuarkusTestResource(value = VarnishServer.class, restrictToAnnotatedClass = true)
class VarnishTest {

    @BeforeEach
    void varnishIsHere() throws InterruptedException {
        assumeTrue(VarnishServer.available(), "varnishd is not installed (CI installs it)");
        // the backend probe must have seen the app healthy once
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (viaVarnish("/q/health/ready").statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
    }

    private static Response viaVarnish(String path) {
        return given().baseUri("http://127.0.0.1").port(VarnishServer.port).redirects().follow(false).get(path);
    }

    @Test
    void publicPagesAreCachedByTheirKeysAndPurgedWhenTheyChange() throws InterruptedException {
        long id = Api.publishedArticle("editor", "reviewer", Api.article("Varnish test: the lighthouse keeper"));
        String path = "/articles/" + Api.as("editor").get("/api/v1/articles/" + id).then().extract().path("slug");

        given().get(path).then().statusCode(200).header("xkey", "edition-en item-" + id)
                .header("Cache-Control", org.hamcrest.Matchers.containsString("stale-if-error=86400"));
        assertThat(viaVarnish(path).statusCode()).isEqualTo(200);
        Response again = viaVarnish(path);
        assertThat(again.header("X-Cache")).as("the second reader is served by Varnish").isEqualTo("HIT");
        assertThat(again.header("xkey")).as("keys stay between the app and Varnish").isNull();
        assertThat(viaVarnish("/fa/").statusCode()).isEqualTo(200);
        assertThat(viaVarnish("/fa/").header("X-Cache")).isEqualTo("HIT");

        // staff paths are never cached
        viaVarnish("/api/v1/articles/" + id);
        assertThat(viaVarnish("/api/v1/articles/" + id).header("X-Cache")).isEqualTo("MISS");

        // a takedown purges the English pages at once (without it Varnish would serve the article for max-age)
        Api.action("reviewer", id, "unpublish", Map.of()).statusCode(200);
        long deadline = System.nanoTime() + 1_000_000_000L;
        int status;
        while ((status = viaVarnish(path).statusCode()) == 200 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(status).as("the unpublished article through Varnish within a second").isEqualTo(404);
        assertThat(viaVarnish("/fa/").header("X-Cache")).as("other editions' pages stay cached").isEqualTo("HIT");
    }

    @Test
    void aCorrectionToTheBodyPurgesTheArticleAndSearchesNotTheWholeEdition() throws InterruptedException {
        Map<String, Object> article = new HashMap<>(Api.article("Varnish test: the bridge repairs"));
        long id = Api.publishedArticle("editor", "reviewer", article);
        String path = "/articles/" + Api.as("editor").get("/api/v1/articles/" + id).then().extract().path("slug");
        String search = "/search?q=bridge";
        for (String page : List.of(path, "/", search)) {
            viaVarnish(page);
            assertThat(viaVarnish(page).header("X-Cache")).as(page + " cached").isEqualTo("HIT");
        }
        assertThat(given().get(path).header("xkey")).isEqualTo("edition-en item-" + id);
        assertThat(given().get(search).header("xkey")).isEqualTo("edition-en search-en");

        // a correction to the body only: its teasers everywhere stay as they were
        article.put("body", "<p>Correction: the repairs end in May, not in March.</p>");
        article.put("version", Api.version("editor", id));
        Api.as("editor").body(article).put("/api/v1/articles/" + id).then().statusCode(200);
        Api.action("editor", id, "submit").statusCode(200);
        Api.action("reviewer", id, "approve").statusCode(200);
        long deadline = System.nanoTime() + 1_000_000_000L;
        while (!viaVarnish(path).asString().contains("the repairs end in May") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(viaVarnish(path).asString()).as("the corrected article through Varnish within a second")
                .contains("the repairs end in May");
        assertThat(viaVarnish("/").header("X-Cache")).as("the home page stays cached").isEqualTo("HIT");
        assertThat(viaVarnish(search).asString()).as("search results, cut from bodies, are purged").contains("the repairs end in May");

        // a new title shows in teasers: the whole edition goes
        article.put("title", "Varnish test: the bridge reopens in May");
        article.put("version", Api.version("editor", id));
        Api.as("editor").body(article).put("/api/v1/articles/" + id).then().statusCode(200);
        Api.action("editor", id, "submit").statusCode(200);
        Api.action("reviewer", id, "approve").statusCode(200);
        deadline = System.nanoTime() + 1_000_000_000L;
        while (!viaVarnish("/").asString().contains("the bridge reopens in May") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(viaVarnish("/").asString()).as("the home page shows the new title within a second")
                .contains("the bridge reopens in May");
    }

    @Test
    void aPurgeNamesTheKeysItDropsAndComesInOnlyOnThePurgeAddress() {
        Response noKeys = given().baseUri("http://127.0.0.1").port(VarnishServer.purgePort).request("PURGE", "/");
        assertThat(noKeys.statusCode()).isEqualTo(400);
        Response purged = given().baseUri("http://127.0.0.1").port(VarnishServer.purgePort).header("xkey-purge", "edition-sq")
                .request("PURGE", "/");
        assertThat(purged.statusCode()).isEqualTo(200);
        // readers' address: a reader behind a published port may come from a private address, and must not purge
        Response reader = given().baseUri("http://127.0.0.1").port(VarnishServer.port).header("xkey-purge", "edition-en")
                .request("PURGE", "/");
        assertThat(reader.statusCode()).isEqualTo(403);
    }

    @Test
    void aDeletedFileIsPurgedFromTheSharedCache() throws InterruptedException {
        var created = given().auth().oauth2(org.masthead.testing.Keycloak.accessToken("editor"))
                .multiPart("file", "to-delete.png", org.masthead.testing.SampleFiles.png(30, 20), "image/png")
                .multiPart("alt", "A photo that must come down").post("/api/v1/uploads").then().statusCode(201).extract().jsonPath();
        String url = created.getString("url");
        viaVarnish(url);
        assertThat(viaVarnish(url).header("X-Cache")).isEqualTo("HIT");
        given().auth().oauth2(org.masthead.testing.Keycloak.accessToken("reviewer")).delete("/api/v1/uploads/" + created.getInt("id"))
                .then().statusCode(204);
        long deadline = System.nanoTime() + 1_000_000_000L;
        int status;
        while ((status = viaVarnish(url).statusCode()) == 200 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(status).as("the deleted file through Varnish within a second").isEqualTo(404);
    }
}
