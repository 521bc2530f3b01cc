package org.masthead.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.masthead.devstack.DevStack;
import org.masthead.devstack.MariaDbServer;

import io.quarkus.test.junit.QuarkusTest;

/** Stops the test run's real MariaDB and starts it again: readiness must follow it both ways. */
@QuarkusTest
class ReadinessDuringDatabaseOutageTest {

    @Test
    void readyGoesDownWithTheDatabaseAndComesBackWithIt() {
        MariaDbServer mariaDb = DevStack.running().orElseThrow().mariaDb();
        assertThat(readiness()).isEqualTo(200);
        try {
            mariaDb.stop();
            assertThat(mariaDb.isRunning()).isFalse();
            assertThat(awaitReadiness(503)).as("ready while the database is down").isEqualTo(503);
            given().get("/q/health/ready").then().body("status", org.hamcrest.Matchers.equalTo("DOWN"));
            given().get("/q/health/live").then().statusCode(200);
        } finally {
            if (!mariaDb.isRunning()) {
                mariaDb.start();
            }
        }
        assertThat(awaitReadiness(200)).as("ready once the database is back").isEqualTo(200);
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
