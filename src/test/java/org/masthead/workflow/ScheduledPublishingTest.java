package org.masthead.workflow;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.masthead.testing.Api.action;
import static org.masthead.testing.Api.article;
import static org.masthead.testing.Api.as;
import static org.masthead.testing.Api.createArticle;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
    void schedulersOfSeveralNodesRunningAtOnceRecordEachGoLiveOnce() throws Exception {
        Instant at = clock.instant().plus(Duration.ofHours(3));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long id = createArticle("editor", article("Embargoed, node race " + i));
            action("editor", id, "submit").statusCode(200);
            action("reviewer", id, "approve", Map.of("publishAt", at.toString())).statusCode(200);
            ids.add(id);
        }
        clock.advance(Duration.ofHours(3).plusSeconds(1));

        // four nodes' schedulers firing in the same instant, each in its own transaction
        ExecutorService nodes = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int n = 0; n < 4; n++) {
            runs.add(nodes.submit(() -> {
                start.await();
                return workflow.applySchedule();
            }));
        }
        start.countDown();
        for (Future<Integer> run : runs) {
            run.get(30, TimeUnit.SECONDS);
        }
        nodes.shutdown();

        for (long id : ids) {
            as("editor").get("/api/v1/articles/" + id).then().body("status", equalTo("PUBLISHED"));
            as("editor").get("/api/v1/articles/" + id + "/history").then()
                    .body("findAll { it.action == 'scheduled-publish' }.size()", equalTo(1));
        }
    }

    @Test
    void approvingForThePastIsRefused() {
        long id = createArticle("editor", article("Back-dated"));
        action("editor", id, "submit").statusCode(200);
        action("reviewer", id, "approve", Map.of("publishAt", clock.instant().minusSeconds(60).toString()))
                .statusCode(400).body("errors.field", hasItem("publishAt"));
    }
}
