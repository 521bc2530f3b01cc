package org.masthead.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.masthead.testing.Api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Readers' pages on a real MariaDB replica: read from it while it is current, from the primary while it is behind a
 * change this node knows of (a takedown is never served from a lagging replica) or down; staff always on the primary.
 */
@QuarkusTest
@QuarkusTestResource(value = ReplicaResource.class, restrictToAnnotatedClass = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicaReadsTest {

    private static String slug(long id) {
        return Api.as("editor").get("/api/v1/articles/" + id).then().extract().path("slug");
    }

    @Test
    void readersAreReadFromTheReplicaAndStaffFromThePrimary() {
        long id = Api.publishedArticle("editor", "reviewer", Api.article("Replica test: the ferry timetable"));
        ReplicaResource.awaitCaughtUp();
        // a difference only the replica has: there the article is offline
        ReplicaResource.onReplica("SET GLOBAL read_only = 0",
                "UPDATE content_item SET live_until = live_from WHERE id = " + id, "SET GLOBAL read_only = 1");
        try {
            given().get("/articles/" + slug(id)).then().statusCode(404);
            Api.as("editor").get("/api/v1/articles/" + id).then().statusCode(200).body("status", equalTo("PUBLISHED"));
        } finally {
            ReplicaResource.onReplica("SET GLOBAL read_only = 0",
                    "UPDATE content_item SET live_until = NULL WHERE id = " + id, "SET GLOBAL read_only = 1");
        }
    }

    @Test
    void aTakedownIsNeverServedFromAReplicaThatIsBehind() {
        long id = Api.publishedArticle("editor", "reviewer", Api.article("Replica test: the minister's letter"));
        String path = "/articles/" + slug(id);
        ReplicaResource.awaitCaughtUp();
        given().get(path).then().statusCode(200);
        ReplicaResource.onReplica("STOP SLAVE SQL_THREAD");
        try {
            Api.action("reviewer", id, "unpublish", Map.of("comment", "legal takedown")).statusCode(200);
            assertThat(ReplicaResource.query(ReplicaResource.replica, "SELECT live_revision IS NOT NULL FROM content_item WHERE id = " + id))
                    .as("the replica still has it live").isEqualTo("1");
            given().get(path).then().statusCode(404);
            given().get("/").then().statusCode(200).body(org.hamcrest.Matchers.not(containsString("the minister's letter")));
        } finally {
            ReplicaResource.onReplica("START SLAVE SQL_THREAD");
        }
        ReplicaResource.awaitCaughtUp();
        given().get(path).then().statusCode(404);
    }

    /** Last: after a failure the replica is left alone for 5 s, which would send the other tests' readers to the primary. */
    @Test
    @Order(Integer.MAX_VALUE)
    void readersAreServedFromThePrimaryWhileTheReplicaIsDown() {
        long id = Api.publishedArticle("editor", "reviewer", Api.article("Replica test: the night bus"));
        ReplicaResource.replica.stop();
        try {
            given().get("/articles/" + slug(id)).then().statusCode(200).body(containsString("the night bus"));
            given().get("/q/health/ready").then().statusCode(200);
        } finally {
            ReplicaResource.replica.start();
        }
        ReplicaResource.awaitCaughtUp();
    }

    @Test
    void theReplicasLagIsAMetric() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("masthead_replica_lag_seconds"));
    }
}
