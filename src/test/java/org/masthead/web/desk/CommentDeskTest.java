package org.masthead.web.desk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.testing.Api.as;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.masthead.testing.Api;
import org.masthead.testing.BrowserSession;
import org.masthead.testing.BrowserSession.Page;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The comment queue on the desk: reviewers moderate with CSRF-protected forms, editors may not. */
@QuarkusTest
class CommentDeskTest {

    @TestHTTPResource("/admin")
    String admin;

    private BrowserSession signedIn(String user) {
        return BrowserSession.signedIn(admin, user);
    }

    /** A live article's reader's address. */
    private static String liveArticle(String title) {
        long id = Api.publishedArticle("editor", "reviewer", Api.article(title));
        return "/articles/" + as("editor").get("/api/v1/articles/" + id).then().extract().path("slug");
    }

    private static void readerComments(String articlePath, String address, String name, String email, String body) {
        given().redirects().follow(false).header("X-Forwarded-For", address).contentType("application/x-www-form-urlencoded")
                .formParam("name", name).formParam("email", email).formParam("comment", body).formParam("website", "")
                .post(articlePath + "/comments").then().statusCode(303);
    }

    private static Element row(Document page, String body) {
        return page.select("tr.comment-row").stream().filter(r -> r.select(".comment-body").text().equals(body)).findFirst()
                .orElse(null);
    }

    @Test
    void aReviewerApprovesAPendingCommentFromTheQueue() {
        String path = liveArticle("Desk comments: the lighthouse keeper retires");
        String body = "Thank you for forty years of light. (desk approve)";
        readerComments(path, "10.30.0.1", "Ilir <b>Bold</b>", "ilir@example.org", body);

        BrowserSession reviewer = signedIn("reviewer");
        Page queue = reviewer.get(admin + "/comments");
        assertThat(queue.status()).isEqualTo(200);
        Document page = queue.document();
        assertThat(page.select("nav.desk-nav a[href=/admin/comments]").text()).matches("Comments \\(\\d+ pending\\)");
        assertThat(page.select(".comment-tabs a[aria-current]").text()).startsWith("Pending");
        Element row = row(page, body);
        assertThat(row).as("the pending comment is in the queue").isNotNull();
        assertThat(row.select(".comment-article a").first().text()).isEqualTo("Desk comments: the lighthouse keeper retires");
        assertThat(row.select(".comment-article a").first().attr("href")).matches("/admin/articles/\\d+");
        assertThat(row.select(".comment-article a.public-link").attr("href")).isEqualTo(path + "#comments");
        assertThat(row.select(".comment-author").text()).contains("Ilir <b>Bold</b>");
        assertThat(row.select(".comment-author b")).as("names are text, not markup").isEmpty();
        assertThat(row.select(".comment-email").text()).isEqualTo("ilir@example.org");
        assertThat(row.select(".comment-sent").text()).isNotBlank();
        assertThat(row.select("form button").eachText()).containsExactly("Approve", "Reject", "Delete");

        Page approved = reviewer.submit(queue, "#" + row.id() + " form[action$=/approve]", Map.of());
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.uri().getPath()).isEqualTo("/admin/comments");
        assertThat(approved.document().select(".message").text()).startsWith("Comment approved");
        assertThat(row(approved.document(), body)).as("no longer pending").isNull();
        Page approvedTab = reviewer.get(admin + "/comments?status=approved");
        assertThat(row(approvedTab.document(), body).select(".comment-sent").text()).contains("approved by reviewer");
        assertThat(given().get(path).then().extract().asString()).contains(body);

        Page rejected = reviewer.submit(approvedTab, "#" + row.id() + " form[action$=/reject]", Map.of());
        assertThat(rejected.uri().getQuery()).contains("status=approved");
        assertThat(rejected.document().select(".message").text()).startsWith("Comment rejected");
        assertThat(given().get(path).then().extract().asString()).doesNotContain(body);
        Document rejectedTab = reviewer.get(admin + "/comments?status=rejected").document();
        assertThat(row(rejectedTab, body)).isNotNull();
    }

    @Test
    void aFormWithoutTheCsrfTokenChangesNothing() {
        String path = liveArticle("Desk comments: forged moderation");
        String body = "Please do not approve me by forgery. (desk csrf)";
        readerComments(path, "10.30.0.2", "Forged", "", body);
        BrowserSession reviewer = signedIn("reviewer");
        Element row = row(reviewer.get(admin + "/comments").document(), body);
        String action = row.select("form[action$=/approve]").attr("action");
        assertThat(reviewer.post(admin.replace("/admin", "") + action, Map.of("status", "pending")).status()).isEqualTo(403);
        assertThat(reviewer.post(admin.replace("/admin", "") + action, Map.of("status", "pending", "_csrf", "guess")).status())
                .isEqualTo(403);
        assertThat(row(reviewer.get(admin + "/comments").document(), body)).as("still pending").isNotNull();
    }

    @Test
    void editorsMayNotModerate() {
        String path = liveArticle("Desk comments: editors keep out");
        String body = "An editor cannot approve this. (desk editor)";
        readerComments(path, "10.30.0.3", "Reader", "", body);
        BrowserSession editor = signedIn("editor");
        Page refused = editor.get(admin + "/comments");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.document().select(".needed-role").text()).contains("reviewer");
        Page dashboard = editor.get(admin);
        assertThat(dashboard.document().select("nav.desk-nav a[href=/admin/comments]")).isEmpty();

        BrowserSession reviewer = signedIn("reviewer");
        Page queue = reviewer.get(admin + "/comments");
        Element row = row(queue.document(), body);
        String csrf = editor.get(admin + "/articles/new").document().selectFirst("input[name=_csrf]").attr("value");
        Page forbidden = editor.post(admin.replace("/admin", "") + row.select("form[action$=/approve]").attr("action"),
                Map.of("status", "pending", "_csrf", csrf));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(row(reviewer.get(admin + "/comments").document(), body)).as("still pending").isNotNull();

        BrowserSession adminUser = signedIn("admin");
        assertThat(adminUser.get(admin + "/comments").status()).as("admins moderate too").isEqualTo(200);
    }
}
