package org.masthead.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.masthead.devstack.DevStack;
import org.masthead.testing.Api;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Freezes the test run's real Keycloak (SIGSTOP: it keeps its port and answers nothing, as a hung server does) and
 * thaws it: staff who are not signed in get a page saying sign-in is unavailable rather than a redirect to a host
 * that does not answer, readers notice nothing, and sign-in works again once Keycloak does.
 */
@QuarkusTest
class KeycloakOutageTest {

    @Test
    void whileKeycloakIsDownTheDeskSaysSoAndTheSiteCarriesOn() throws Exception {
        String realm = DevStack.running().orElseThrow().keycloak().realmUrl();
        Api.publishedArticle("editor", "reviewer", Api.article("Ferry timetable changes"));
        given().redirects().follow(false).get("/admin").then().statusCode(302).header("Location", startsWith(realm));
        List<ProcessHandle> keycloak = keycloakProcesses(URI.create(realm).getPort());
        assertThat(keycloak).as("the dev stack's Keycloak process").isNotEmpty();
        try {
            signal("STOP", keycloak);
            assertThat(awaitAdminStatus(503)).as("the desk while Keycloak does not answer").isEqualTo(503);
            given().redirects().follow(false).get("/admin/articles").then().statusCode(503).header("Retry-After", "60")
                    .body(containsString("Sign-in is unavailable")).body(containsString("Try again in a minute"));
            given().get("/articles/ferry-timetable-changes").then().statusCode(200);
            given().get("/q/health/live").then().statusCode(200);
        } finally {
            signal("CONT", keycloak);
        }
        assertThat(awaitAdminStatus(302)).as("the desk once Keycloak answers again").isEqualTo(302);
    }

    private static List<ProcessHandle> keycloakProcesses(int port) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("--http-port=" + port)).orElse(false)).toList();
    }

    private static void signal(String signal, List<ProcessHandle> processes) throws IOException, InterruptedException {
        for (ProcessHandle process : processes) {
            new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
        }
    }

    private static int awaitAdminStatus(int expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(40));
        int status = adminStatus();
        while (status != expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            status = adminStatus();
        }
        return status;
    }

    private static int adminStatus() {
        try {
            return given().redirects().follow(false).get("/admin").statusCode();
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
