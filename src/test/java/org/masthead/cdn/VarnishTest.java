package org.masthead.cdn;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
    void publicPagesAreCachedByEditionKeyAndPurgedWhenTheyChange() throws InterruptedException {
        long id = Api.publishedArticle("editor", "reviewer", Api.article("Varnish test: the lighthouse keeper"));
        String path = "/articles/" + Api.as("editor").get("/api/v1/articles/" + id).then().extract().path("slug");

        given().get(path).then().statusCode(200).header("xkey", "edition-en")
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
    void aPurgeNamesTheKeysItDrops() {
        Response noKeys = given().baseUri("http://127.0.0.1").port(VarnishServer.port).request("PURGE", "/");
        assertThat(noKeys.statusCode()).isEqualTo(400);
        Response purged = given().baseUri("http://127.0.0.1").port(VarnishServer.port).header("xkey-purge", "edition-sq")
                .request("PURGE", "/");
        assertThat(purged.statusCode()).isEqualTo(200);
    }
}
