package org.masthead.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.masthead.testing.Api.action;
import static org.masthead.testing.Api.article;
import static org.masthead.testing.Api.as;
import static org.masthead.testing.Api.createArticle;
import static org.masthead.testing.Api.version;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.masthead.testing.Api;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RevisionsAndConflictsTest {

    private static Map<String, Object> edit(String title, String body, long version) {
        Map<String, Object> input = new HashMap<>(article(title));
        input.put("body", body);
        input.put("version", version);
        return input;
    }

    @Test
    void editingALiveItemKeepsTheLiveVersionUntilTheEditIsApproved() {
        long id = Api.publishedArticle("editor", "reviewer", article("Original headline"));
        as("editor").body(edit("Corrected headline", "<p>Corrected.</p>", version("editor", id)))
                .put("/api/v1/articles/" + id).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("live", equalTo(true));

        as(null).get("/api/v1/articles/" + id).then().statusCode(200).body("title", equalTo("Original headline"));
        as("editor").get("/api/v1/articles/" + id).then().body("title", equalTo("Corrected headline"));

        action("editor", id, "submit").statusCode(200);
        action("reviewer", id, "approve").statusCode(200);
        as(null).get("/api/v1/articles/" + id).then().statusCode(200).body("title", equalTo("Corrected headline"));
    }

    @Test
    void staleSaveIsRefusedWithWhoSavedAndNothingIsLost() {
        long id = createArticle("editor", article("Shared draft"));
        long seen = version("editor", id);
        as("editor2").body(edit("Shared draft", "<p>Tomas was here first.</p>", seen))
                .put("/api/v1/articles/" + id).then().statusCode(200);

        as("editor").body(edit("Shared draft", "<p>Elena's version.</p>", seen))
                .put("/api/v1/articles/" + id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("currentVersion", equalTo((int) seen + 1))
                .body("updatedBy", equalTo("editor2"));

        as("editor").get("/api/v1/articles/" + id).then().body("body", equalTo("<p>Tomas was here first.</p>"));
        as("editor").get("/api/v1/articles/" + id + "/revisions").then().body("size()", equalTo(2));
    }

    @Test
    void twoSimultaneousApprovalsPublishOnce() throws Exception {
        long id = createArticle("editor", article("Race to approve"));
        action("editor", id, "submit").statusCode(200);
        long reviewed = version("reviewer", id);
        String reviewerToken = org.masthead.testing.Keycloak.accessToken("reviewer");
        String reviewer2Token = org.masthead.testing.Keycloak.accessToken("reviewer2");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> approvals = new ArrayList<>();
        for (String token : List.of(reviewerToken, reviewer2Token)) {
            approvals.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return io.restassured.RestAssured.given().auth().oauth2(token).contentType("application/json")
                        .body(Map.of("version", reviewed)).post("/api/v1/articles/" + id + "/approve").statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = approvals.stream().map(CompletableFuture::join).sorted().toList();

        assertThat(statuses).containsExactly(200, 409);
        List<String> actions = as("editor").get("/api/v1/articles/" + id + "/history").jsonPath().getList("action");
        assertThat(actions).filteredOn("approve"::equals).hasSize(1);
    }

    @Test
    void revisionsCanBeListedComparedAndRestored() {
        long id = createArticle("editor", article("Draft one"));
        as("editor").body(edit("Draft two", "<p>First paragraph of Draft one.</p><p>A new second paragraph.</p>",
                version("editor", id))).put("/api/v1/articles/" + id).then().statusCode(200);

        as("editor").get("/api/v1/articles/" + id + "/revisions").then().statusCode(200)
                .body("number", equalTo(List.of(2, 1))).body("createdBy", equalTo(List.of("editor", "editor")));
        as("editor").get("/api/v1/articles/" + id + "/revisions/1").then().statusCode(200).body("title", equalTo("Draft one"));

        as("editor").get("/api/v1/articles/" + id + "/revisions/1/compare/2").then().statusCode(200)
                .body("fields.field", hasItems("title", "body"))
                .body("fields.find { it.field == 'title' }.before", equalTo("Draft one"))
                .body("fields.find { it.field == 'title' }.after", equalTo("Draft two"))
                .body("bodyLines[0].type", equalTo("INSERT"))
                .body("bodyLines[0].added", equalTo(List.of("A new second paragraph.")));

        as("editor").body(Map.of("version", version("editor", id)))
                .post("/api/v1/articles/" + id + "/revisions/1/restore").then().statusCode(200)
                .body("title", equalTo("Draft one")).body("workingRevision", equalTo(3));
        as("editor").get("/api/v1/articles/" + id + "/revisions").then()
                .body("[0].note", containsString("restored from revision 1"));
        as("editor").get("/api/v1/articles/" + id + "/revisions/9").then().statusCode(404);
    }

    @Test
    void itemsInReviewCannotBeEditedUnderTheReviewer() {
        long id = createArticle("editor", article("Under review"));
        action("editor", id, "submit").statusCode(200);
        as("editor").body(edit("Sneaky change", "<p>x</p>", version("editor", id)))
                .put("/api/v1/articles/" + id).then().statusCode(409).body("detail", containsString("in review"));
    }
}
