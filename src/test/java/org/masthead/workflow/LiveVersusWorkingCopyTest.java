package org.masthead.workflow;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.masthead.testing.Api.action;
import static org.masthead.testing.Api.article;
import static org.masthead.testing.Api.as;
import static org.masthead.testing.Api.createArticle;
import static org.masthead.testing.Api.version;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.shared.AdjustableClock;
import org.masthead.testing.Api;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** Readers see the live revision; a pending edit must never leak into what they see, nor wreck the review. */
@QuarkusTest
class LiveVersusWorkingCopyTest {

    @Inject
    AdjustableClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private static Map<String, Object> edited(long id, Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>(as("editor").get("/api/v1/articles/" + id).then().extract().jsonPath().getMap(""));
        body.putAll(changes);
        body.put("version", version("editor", id));
        return body;
    }

    @Test
    void readersSeeOnlyLiveTranslations() {
        long english = Api.publishedArticle("editor", "reviewer", article("Ferry timetable changes"));
        Map<String, Object> draft = new HashMap<>(article("Ndryshime në orarin e tragetit"));
        draft.put("language", "sq");
        draft.put("translationOf", english);
        long albanian = createArticle("editor", draft);

        as(null).get("/api/v1/articles/" + english).then().body("translations", empty());
        action("editor", albanian, "submit").statusCode(200);
        action("reviewer", albanian, "approve").statusCode(200);
        as(null).get("/api/v1/articles/" + english).then().body("translations.language", equalTo(List.of("sq")));
    }

    @Test
    void theVersionAnEditAnswersIsTheOneToSendNext() {
        long id = Api.publishedArticle("editor", "reviewer", article("Version after edit"));
        Map<String, Object> first = edited(id, Map.of("summary", "First correction"));
        long next = as("editor").body(first).put("/api/v1/articles/" + id).then().statusCode(200).extract().jsonPath().getLong("version");
        first.put("summary", "Second correction");
        first.put("version", next);
        as("editor").body(first).put("/api/v1/articles/" + id).then().statusCode(200);
    }

    @Test
    void unpublishingKeepsAPendingReviewInReview() {
        long id = Api.publishedArticle("editor", "reviewer", article("Pending review survives"));
        as("editor").body(edited(id, Map.of("title", "Pending review survives, corrected"))).put("/api/v1/articles/" + id)
                .then().statusCode(200);
        action("editor", id, "submit").statusCode(200);
        action("reviewer", id, "unpublish").statusCode(200).body("status", equalTo("IN_REVIEW")).body("live", equalTo(false));
        action("reviewer2", id, "approve").statusCode(200).body("status", equalTo("PUBLISHED"));
    }

    @Test
    void editingAScheduledItemCancelsItsSchedule() {
        long id = createArticle("editor", article("Embargo lifted early?"));
        action("editor", id, "submit").statusCode(200);
        action("reviewer", id, "approve", Map.of("publishAt", clock.instant().plus(Duration.ofHours(1)).toString()))
                .statusCode(200).body("status", equalTo("SCHEDULED"));
        as("editor").body(edited(id, Map.of("title", "Embargo story, rewritten"))).put("/api/v1/articles/" + id).then()
                .statusCode(200).body("status", equalTo("DRAFT"));
        clock.advance(Duration.ofHours(2));
        as(null).get("/api/v1/articles/" + id).then().statusCode(404);
    }

    @Test
    void approvalMustFallBeforeTheUnpublishTime() {
        Map<String, Object> body = new HashMap<>(article("Short-lived notice"));
        body.put("unpublishAt", clock.instant().plus(Duration.ofHours(1)).toString());
        long id = createArticle("editor", body);
        action("editor", id, "submit").statusCode(200);
        action("reviewer", id, "approve", Map.of("publishAt", clock.instant().plus(Duration.ofHours(3)).toString()))
                .statusCode(400).body("errors.field", equalTo(List.of("publishAt")));
    }

    @Test
    void readersListingsFollowTheLiveCategory() {
        int from = as("admin").body(Map.of("name", "Live category A", "language", "en")).post("/api/v1/categories").then()
                .statusCode(201).extract().path("id");
        int to = as("admin").body(Map.of("name", "Live category B", "language", "en")).post("/api/v1/categories").then()
                .statusCode(201).extract().path("id");
        Map<String, Object> body = new HashMap<>(article("Moving between sections"));
        body.put("categoryId", from);
        long id = Api.publishedArticle("editor", "reviewer", body);
        as("editor").body(edited(id, Map.of("categoryId", to))).put("/api/v1/articles/" + id).then().statusCode(200);

        as(null).get("/api/v1/articles?categoryId=" + from).then().body("items.id", hasItem((int) id));
        as(null).get("/api/v1/articles?categoryId=" + to).then().body("items.id", not(hasItem((int) id)));
    }

    @Test
    void aSlugSomeoneIsLiveUnderIsNotFreeForAnother() {
        Map<String, Object> body = new HashMap<>(article("Renamed later"));
        body.put("slug", "live-slug-kept");
        long id = Api.publishedArticle("editor", "reviewer", body);
        as("editor").body(edited(id, Map.of("slug", "live-slug-renamed"))).put("/api/v1/articles/" + id).then().statusCode(200);
        Map<String, Object> other = new HashMap<>(article("Wants the old slug"));
        other.put("slug", "live-slug-kept");
        as("editor2").body(other).post("/api/v1/articles").then().statusCode(400).body("errors.field", equalTo(List.of("slug")));
    }

    @Test
    void restoreNeedsTheVersionItReplaces() {
        long id = createArticle("editor", article("Restore guard"));
        as("editor").post("/api/v1/articles/" + id + "/revisions/1/restore").then().statusCode(400)
                .body("errors.field", equalTo(List.of("version")));
    }

    @Test
    void unreadableQueryNumbersAreBadRequests() {
        as(null).get("/api/v1/articles?categoryId=abc").then().statusCode(400).body("errors.field", equalTo(List.of("categoryId")));
        as(null).get("/api/v1/articles?limit=ten").then().statusCode(400).body("errors.field", equalTo(List.of("limit")));
        as(null).get("/api/v1/articles?limit=1000").then().statusCode(400).body("errors.field", equalTo(List.of("limit")));
    }
}
