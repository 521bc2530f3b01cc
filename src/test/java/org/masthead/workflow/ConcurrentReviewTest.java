package org.masthead.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.testing.Api.article;
import static org.masthead.testing.Api.createArticle;
import static org.masthead.testing.Api.version;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.masthead.testing.Api;
import org.masthead.testing.Keycloak;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** A busy newsroom hour on the real MariaDB: reviewers approving different items while editors save others. */
@QuarkusTest
class ConcurrentReviewTest {

    private static final int PAIRS = 20;

    @Test
    void twentyReviewersApprovingAndTwentyEditorsSavingAtOnceAllSucceed() throws Exception {
        String[] reviewers = { Keycloak.accessToken("reviewer"), Keycloak.accessToken("reviewer2") };
        String editorToken = Keycloak.accessToken("editor");
        ExecutorService pool = Executors.newFixedThreadPool(2 * PAIRS);
        try {
            for (int round = 0; round < 3; round++) {
                List<long[]> toApprove = new ArrayList<>();
                List<Map<String, Object>> toSave = new ArrayList<>();
                for (int i = 0; i < PAIRS; i++) {
                    Map<String, Object> body = new HashMap<>(article("Busy hour " + round + "-" + i));
                    body.put("tags", List.of("harbour", "busy-hour-" + (i % 3)));
                    long id = createArticle("editor", body);
                    Api.action("editor", id, "submit").statusCode(200);
                    toApprove.add(new long[] { id, version("reviewer", id) });
                    long draft = createArticle("editor", body);
                    Map<String, Object> edit = new HashMap<>(body);
                    edit.put("id", draft);
                    edit.put("body", "<p>Rewritten while the reviewers approve.</p>");
                    edit.put("version", version("editor", draft));
                    toSave.add(edit);
                }
                CountDownLatch start = new CountDownLatch(1);
                List<CompletableFuture<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < PAIRS; i++) {
                    long[] item = toApprove.get(i);
                    String token = reviewers[i % 2];
                    answers.add(CompletableFuture.supplyAsync(() -> {
                        await(start);
                        return RestAssured.given().auth().oauth2(token).contentType("application/json")
                                .body(Map.of("version", item[1])).post("/api/v1/articles/" + item[0] + "/approve").statusCode();
                    }, pool));
                    Map<String, Object> edit = toSave.get(i);
                    answers.add(CompletableFuture.supplyAsync(() -> {
                        await(start);
                        return RestAssured.given().auth().oauth2(editorToken).contentType("application/json")
                                .body(edit).put("/api/v1/articles/" + edit.get("id")).statusCode();
                    }, pool));
                }
                start.countDown();
                List<Integer> statuses = answers.stream().map(CompletableFuture::join).toList();
                assertThat(statuses).as("round " + round).containsOnly(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
