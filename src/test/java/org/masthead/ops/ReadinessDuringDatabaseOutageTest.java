package org.masthead.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.masthead.devstack.DevStack;
import org.masthead.devstack.MariaDbServer;
import org.masthead.testing.Api;
import org.masthead.testing.Keycloak;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Stops the test run's real MariaDB and starts it again: readiness follows it both ways, readers keep the pages the
 * cache holds and get the edition's own "back in a moment" page for the rest, the API and the desk answer 503 in
 * their own terms, and all is back to normal once the database returns, without a restart.
 */
@QuarkusTest
class ReadinessDuringDatabaseOutageTest {

    @Test
    void readyGoesDownWithTheDatabaseAndComesBackWithIt() {
        MariaDbServer mariaDb = DevStack.running().orElseThrow().mariaDb();
        long id = Api.publishedArticle("editor", "reviewer", Api.article("Storm closes the harbour road"));
        String kept = given().get("/articles/storm-closes-the-harbour-road").then().statusCode(200).extract().asString();
        String unseen = "/ar/search?q=" + UUID.randomUUID();
        String token = Keycloak.accessToken("editor");
        assertThat(readiness()).isEqualTo(200);
        try {
            mariaDb.stop();
            assertThat(mariaDb.isRunning()).isFalse();
            assertThat(awaitReadiness(503)).as("ready while the database is down").isEqualTo(503);
            given().get("/q/health/ready").then().body("status", equalTo("DOWN"));
            given().get("/q/health/live").then().statusCode(200);

            assertThat(given().get("/articles/storm-closes-the-harbour-road").then().statusCode(200).extract().asString())
                    .as("a page the cache holds is served as it was").isEqualTo(kept);
            var arabic = given().get(unseen).then().statusCode(503).header("Retry-After", "30")
                    .contentType("text/html").extract().asString();
            Document page = Jsoup.parse(arabic);
            assertThat(page.select("html").attr("lang")).isEqualTo("ar");
            assertThat(page.select("html").attr("dir")).isEqualTo("rtl");
            assertThat(page.select("h1").text()).isEqualTo("سنعود بعد لحظات");
            assertThat(arabic).doesNotContain("Error id").doesNotContain("Exception");

            given().auth().oauth2(token).get("/api/v1/articles/" + id).then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", "30")
                    .body("detail", containsString("database cannot be reached"));
        } finally {
            if (!mariaDb.isRunning()) {
                mariaDb.start();
            }
        }
        assertThat(awaitReadiness(200)).as("ready once the database is back").isEqualTo(200);
        given().get(unseen).then().statusCode(200);
        given().auth().oauth2(token).get("/api/v1/articles/" + id).then().statusCode(200);
    }

    private static int readiness() {
        return given().get("/q/health/ready").statusCode();
    }

    private static int awaitReadiness(int expected) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        int status = readiness();
        while (status != expected && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            status = readiness();
        }
        return status;
    }
}
