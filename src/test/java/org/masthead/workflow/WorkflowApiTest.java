package org.masthead.workflow;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.masthead.testing.Api.action;
import static org.masthead.testing.Api.article;
import static org.masthead.testing.Api.as;
import static org.masthead.testing.Api.createArticle;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.masthead.testing.Api;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class WorkflowApiTest {

    @Test
    void editorWritesReviewerApprovesReadersSeeIt() {
        long id = createArticle("editor", article("Harbour volunteers return"));
        as(null).get("/api/v1/articles/" + id).then().statusCode(404);

        action("editor", id, "submit").statusCode(200).body("status", equalTo("IN_REVIEW")).body("submittedBy", equalTo("editor"));
        as(null).get("/api/v1/articles/" + id).then().statusCode(404);

        action("reviewer", id, "approve").statusCode(200).body("status", equalTo("PUBLISHED")).body("live", equalTo(true));
        as(null).get("/api/v1/articles/" + id).then().statusCode(200)
                .body("title", equalTo("Harbour volunteers return"))
                .body("createdBy", org.hamcrest.Matchers.nullValue());

        as("editor").get("/api/v1/articles/" + id + "/history").then().statusCode(200)
                .body("action", equalTo(List.of("create", "submit", "approve")))
                .body("actor", equalTo(List.of("editor", "editor", "reviewer")))
                .body("to", equalTo(List.of("DRAFT", "IN_REVIEW", "PUBLISHED")));
    }

    /** Every action from its proper state, by each role: allowed (2xx) or refused (403). */
    @ParameterizedTest(name = "{0} by {1} → {2}")
    @CsvSource({
            "submit,          editor,    200", "submit,          reviewer,  200", "submit,          admin,     200",
            "withdraw,        editor,    200", "withdraw,        reviewer2, 403", "withdraw,        admin,     403",
            "approve,         editor2,   403", "approve,         reviewer,  200", "approve,         admin,     200",
            "request-changes, editor2,   403", "request-changes, reviewer,  200", "request-changes, admin,     200",
            "unpublish,       editor,    403", "unpublish,       reviewer,  200", "unpublish,       admin,     200",
            "archive,         editor,    403", "archive,         reviewer,  200", "archive,         admin,     200" })
    void actionsAreGuardedByRole(String action, String actor, int expected) {
        String author = action.equals("submit") ? actor : "editor";
        long id = createArticle(author, article("Role check " + action + " " + actor));
        if (!action.equals("submit")) {
            action("editor", id, "submit").statusCode(200);
        }
        if (action.equals("unpublish") || action.equals("archive")) {
            action("reviewer2", id, "approve").statusCode(200);
        }
        Map<String, String> body = action.equals("request-changes") ? Map.of("comment", "Name the second source, please.") : Map.of();
        action(actor, id, action, body).statusCode(expected);
    }

    @Test
    void noTokenCannotActAtAll() {
        long id = createArticle("editor", article("Anonymous tries"));
        action(null, id, "submit").statusCode(401);
        as(null).body(article("x")).post("/api/v1/articles").then().statusCode(401);
    }

    @Test
    void actionsFromTheWrongStateAreConflicts() {
        long id = createArticle("editor", article("Wrong state"));
        action("reviewer", id, "approve").statusCode(409).body("detail", containsString("draft"));
        action("reviewer", id, "unpublish").statusCode(409);
        action("editor", id, "withdraw").statusCode(409);
    }

    @Test
    void approvalNamesTheVersionReviewedAndAChangedOneIsRefusedUnpublished() {
        long id = createArticle("editor", article("Harbour fees reviewed"));
        action("editor", id, "submit").statusCode(200);
        long reviewed = Api.version("reviewer", id);

        as("reviewer").body(Map.of()).post("/api/v1/articles/" + id + "/approve").then().statusCode(400)
                .body("errors.field", hasItem("version"));

        // while the reviewer reads, the editor takes it back, changes the text and submits again
        action("editor", id, "withdraw").statusCode(200);
        Map<String, Object> changed = new java.util.HashMap<>(article("Harbour fees reviewed"));
        changed.put("body", "<p>A sentence nobody reviewed.</p>");
        changed.put("version", Api.version("editor", id));
        as("editor").body(changed).put("/api/v1/articles/" + id).then().statusCode(200);
        action("editor", id, "submit").statusCode(200);

        action("reviewer", id, "approve", Map.of("version", reviewed)).statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("changed since you opened it"));
        as(null).get("/api/v1/articles/" + id).then().statusCode(404);
        as("editor").get("/api/v1/articles/" + id).then().body("status", equalTo("IN_REVIEW"));
        action("reviewer", id, "request-changes", Map.of("version", reviewed, "comment", "Stale")).statusCode(409);
        action("editor", id, "submit", Map.of("version", reviewed)).statusCode(409);

        action("reviewer", id, "approve").statusCode(200).body("status", equalTo("PUBLISHED"));
        as(null).get("/api/v1/articles/" + id).then().statusCode(200).body("body", containsString("nobody reviewed"));
    }

    @Test
    void aReviewerWhoWroteIntoTheDraftCannotApproveItButAnotherReviewerCan() {
        long id = createArticle("editor", article("Harbour night market"));
        Map<String, Object> edited = new java.util.HashMap<>(article("Harbour night market"));
        edited.put("body", "<p>A paragraph the reviewer wrote.</p>");
        edited.put("version", Api.version("reviewer", id));
        as("reviewer").body(edited).put("/api/v1/articles/" + id).then().statusCode(200);
        action("editor", id, "submit").statusCode(200);

        action("reviewer", id, "approve").statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("you wrote part of this version"));
        action("reviewer2", id, "approve").statusCode(200).body("status", equalTo("PUBLISHED"));
    }

    @Test
    void fourEyesStopsSelfApprovalUnlessRelaxedAndThenMarksIt() {
        long id = createArticle("reviewer", article("Own work"));
        action("reviewer", id, "submit").statusCode(200);
        action("reviewer", id, "approve").statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("Four-eyes"));

        setFourEyesRelaxed(true);
        try {
            action("reviewer", id, "approve").statusCode(200).body("status", equalTo("PUBLISHED"));
        } finally {
            setFourEyesRelaxed(false);
        }
        as("editor").get("/api/v1/articles/" + id + "/history").then()
                .body("find { it.action == 'approve' }.fourEyesRelaxed", equalTo(true));
    }

    @Test
    void requestChangesNeedsACommentAndTheAuthorSeesIt() {
        long id = createArticle("editor", article("Needs work"));
        action("editor", id, "submit").statusCode(200);
        action("reviewer", id, "request-changes", Map.of("comment", " ")).statusCode(400)
                .body("errors.field", hasItem("comment"));
        action("reviewer", id, "request-changes", Map.of("comment", "The second quote needs a source."))
                .statusCode(200).body("status", equalTo("DRAFT"));
        as("editor").get("/api/v1/articles/" + id + "/history").then()
                .body("find { it.action == 'request-changes' }.comment", equalTo("The second quote needs a source."));
    }

    @Test
    void unpublishedAndArchivedItemsAreGoneForReaders() {
        long unpublished = org.masthead.testing.Api.publishedArticle("editor", "reviewer", article("Soon offline"));
        as(null).get("/api/v1/articles/" + unpublished).then().statusCode(200);
        action("reviewer", unpublished, "unpublish").statusCode(200).body("status", equalTo("UNPUBLISHED"));
        as(null).get("/api/v1/articles/" + unpublished).then().statusCode(404).contentType("application/problem+json");

        long archived = org.masthead.testing.Api.publishedArticle("editor", "reviewer", article("Soon archived"));
        action("reviewer", archived, "archive").statusCode(200).body("status", equalTo("ARCHIVED"));
        as(null).get("/api/v1/articles/" + archived).then().statusCode(404);
        Map<String, Object> edit = new java.util.HashMap<>(article("Edit archived"));
        edit.put("version", org.masthead.testing.Api.version("editor", archived));
        as("editor").body(edit).put("/api/v1/articles/" + archived).then().statusCode(409)
                .body("detail", containsString("Archived"));
    }

    @Test
    void siteWideHistoryListsRecentActions() {
        long id = createArticle("editor2", article("For the site-wide log"));
        as("editor").get("/api/v1/history?limit=5").then().statusCode(200)
                .body("itemId", hasItem((int) id));
        as(null).get("/api/v1/history").then().statusCode(401);
    }

    private static void setFourEyesRelaxed(boolean relaxed) {
        Map<String, Object> current = as("admin").get("/api/v1/settings").then().statusCode(200).extract().jsonPath().getMap("");
        as("admin").body(Map.of("version", current.get("version"), "siteName", current.get("siteName"),
                "footerLine", current.get("footerLine"), "fourEyesRelaxed", relaxed))
                .put("/api/v1/settings").then().statusCode(200);
    }
}
