package org.masthead.workflow;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.masthead.testing.Api.action;
import static org.masthead.testing.Api.article;
import static org.masthead.testing.Api.as;
import static org.masthead.testing.Api.createArticle;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.shared.AdjustableClock;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** Moves the application's clock instead of waiting. */
@QuarkusTest
class ScheduledPublishingTest {

    @Inject
    AdjustableClock clock;

    @Inject
    Workflow workflow;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void scheduledItemAppearsExactlyWhenItsTimeComes() {
        long id = createArticle("editor", article("Embargoed report"));
        action("editor", id, "submit").statusCode(200);
        Instant at = clock.instant().plus(Duration.ofHours(2));
        action("reviewer", id, "approve", Map.of("publishAt", at.toString())).statusCode(200)
                .body("status", equalTo("SCHEDULED")).body("live", equalTo(false));
        as(null).get("/api/v1/articles/" + id).then().statusCode(404);

        clock.advance(Duration.ofHours(2).minusSeconds(1));
        as(null).get("/api/v1/articles/" + id).then().statusCode(404);

        clock.advance(Duration.ofSeconds(2));
        as(null).get("/api/v1/articles/" + id).then().statusCode(200).body("title", equalTo("Embargoed report"));

        workflow.applySchedule();
        as("editor").get("/api/v1/articles/" + id).then().body("status", equalTo("PUBLISHED"));
        as("editor").get("/api/v1/articles/" + id + "/history").then()
                .body("find { it.action == 'scheduled-publish' }.actor", equalTo("scheduler"));
    }

    @Test
    void itemExpiresAtItsUnpublishTimeWithNoWindowOfVisibility() {
        Map<String, Object> body = new HashMap<>(article("Event notice"));
        body.put("unpublishAt", clock.instant().plus(Duration.ofDays(1)).toString());
        long id = createArticle("editor", body);
        action("editor", id, "submit").statusCode(200);
        action("reviewer", id, "approve").statusCode(200);
        as(null).get("/api/v1/articles/" + id).then().statusCode(200);

        clock.advance(Duration.ofDays(1).plusSeconds(1));
        as(null).get("/api/v1/articles/" + id).then().statusCode(404);
        as(null).get("/api/v1/articles?limit=100").then().body("items.id", org.hamcrest.Matchers.not(hasItem((int) id)));

        workflow.applySchedule();
        as("editor").get("/api/v1/articles/" + id).then().body("status", equalTo("UNPUBLISHED"));
    }

    @Test
    void approvingForThePastIsRefused() {
        long id = createArticle("editor", article("Back-dated"));
        action("editor", id, "submit").statusCode(200);
        action("reviewer", id, "approve", Map.of("publishAt", clock.instant().minusSeconds(60).toString()))
                .statusCode(400).body("errors.field", hasItem("publishAt"));
    }
}
