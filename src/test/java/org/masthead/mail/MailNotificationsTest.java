package org.masthead.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.testing.Api;
import org.masthead.testing.BrowserSession;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

/** Editorial notifications through the outbox to a real SMTP server (GreenMail), as the people they are for receive them. */
@QuarkusTest
@QuarkusTestResource(value = GreenMailResource.class, restrictToAnnotatedClass = true)
class MailNotificationsTest {

    @TestHTTPResource("/admin")
    URL admin;

    @Inject
    StaffDirectory directory;

    @Inject
    Outbox outbox;

    /** Everyone of the dev realm has used the desk once, so the directory knows their addresses and roles. */
    @BeforeEach
    void theStaffHaveSignedIn() throws InterruptedException {
        for (String user : List.of("editor", "editor2", "reviewer", "reviewer2", "admin")) {
            if (directory.find(user).isEmpty()) {
                BrowserSession.signedIn(admin.toString(), user).get(admin.toString());
            }
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (directory.find("admin").isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    /** The messages GreenMail received for item {@code id}, waiting up to {@code seconds} for {@code count} of them. */
    private static List<MimeMessage> messagesAbout(long id, int count, int seconds) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<MimeMessage> found;
        do {
            found = Arrays.stream(GreenMailResource.server.getReceivedMessages()).filter(m -> body(m).contains("/admin/articles/" + id + "\n"))
                    .toList();
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        return found;
    }

    private static String body(MimeMessage message) {
        try {
            return message.getContent().toString().replace("\r\n", "\n");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> recipients(List<MimeMessage> messages) {
        return messages.stream().map(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.toSet());
    }

    @Test
    void aSubmissionReachesEveryReviewerButNobodyElse() throws Exception {
        long id = Api.createArticle("editor", Api.article("Mail test: the council budget"));
        Api.action("editor", id, "submit").statusCode(200);

        List<MimeMessage> sent = messagesAbout(id, 3, 10);
        assertThat(recipients(sent)).as("the reviewers, admins included, never the submitter or another editor")
                .containsExactlyInAnyOrder("reviewer@masthead.example", "reviewer2@masthead.example", "admin@masthead.example");
        MimeMessage one = sent.get(0);
        assertThat(one.getSubject()).isEqualTo("For review: Mail test: the council budget");
        assertThat(one.getFrom()[0].toString()).contains("desk@news.example");
        assertThat(body(one)).contains("submitted “Mail test: the council budget” (article, English edition) for review")
                .contains("/admin/articles/" + id + "\n");
        Thread.sleep(1000);
        assertThat(messagesAbout(id, 0, 0)).as("each once").hasSize(3);
    }

    @Test
    void aReviewerWhoSubmitsIsNotToldOfTheirOwnSubmission() throws Exception {
        long id = Api.createArticle("reviewer2", Api.article("Mail test: the reviewer's own column"));
        Api.action("reviewer2", id, "submit").statusCode(200);
        messagesAbout(id, 2, 10);
        Thread.sleep(1000);
        assertThat(recipients(messagesAbout(id, 0, 0))).containsExactlyInAnyOrder("reviewer@masthead.example",
                "admin@masthead.example");
    }

    @Test
    void theAuthorHearsOfChangesRequestedWithTheWordsAndOfTheApproval() throws Exception {
        long id = Api.createArticle("editor", Api.article("Mail test: the river festival"));
        Api.action("editor", id, "submit").statusCode(200);
        messagesAbout(id, 3, 10);
        Api.action("reviewer", id, "request-changes", Map.of("comment", "Name the festival's organisers.")).statusCode(200);
        List<MimeMessage> back = messagesAbout(id, 4, 10).stream().filter(m -> {
            try {
                return m.getSubject().startsWith("Changes requested");
            } catch (Exception e) {
                return false;
            }
        }).toList();
        assertThat(recipients(back)).containsExactly("editor@masthead.example");
        assertThat(body(back.get(0))).contains("Name the festival's organisers.")
                .contains(directory.find("reviewer").orElseThrow().displayName() + " sent");

        Api.action("editor", id, "submit").statusCode(200);
        Api.action("reviewer2", id, "approve").statusCode(200);
        List<MimeMessage> all = messagesAbout(id, 8, 10);
        List<MimeMessage> approved = all.stream().filter(m -> {
            try {
                return m.getSubject().startsWith("Approved");
            } catch (Exception e) {
                return false;
            }
        }).toList();
        assertThat(recipients(approved)).containsExactly("editor@masthead.example");
        assertThat(body(approved.get(0))).contains("It is live now.");
    }

    @Test
    void aPersonWhoTurnedSubmissionsOffHearsNoneAndTheOthersStillDo() throws Exception {
        directory.mute("reviewer2", Set.of("submitted"));
        try {
            long id = Api.createArticle("editor", Api.article("Mail test: the ferry strike"));
            Api.action("editor", id, "submit").statusCode(200);
            List<MimeMessage> sent = messagesAbout(id, 2, 10);
            Thread.sleep(1000);
            assertThat(recipients(messagesAbout(id, 0, 0))).containsExactlyInAnyOrder("reviewer@masthead.example",
                    "admin@masthead.example");
            assertThat(sent).isNotEmpty();
        } finally {
            directory.mute("reviewer2", Set.of());
        }
    }

    @Test
    void anSmtpOutageDelaysTheMessagesAndLosesNone() throws Exception {
        GreenMailResource.stopServer();
        long id;
        try {
            id = Api.createArticle("editor", Api.article("Mail test: the power cut"));
            Api.action("editor", id, "submit").statusCode(200);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (outbox.overview(50).messages().stream().noneMatch(m -> m.subject().contains("the power cut") && m.attempts() > 0)
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            Outbox.Message waiting = outbox.overview(50).messages().stream().filter(m -> m.subject().contains("the power cut"))
                    .findFirst().orElseThrow();
            assertThat(waiting.status()).isEqualTo("QUEUED");
            assertThat(waiting.attempts()).isPositive();
            assertThat(waiting.lastError()).isNotBlank();
        } finally {
            GreenMailResource.startServer();
        }
        List<MimeMessage> sent = messagesAbout(id, 3, 40);
        Thread.sleep(1500);
        assertThat(recipients(messagesAbout(id, 0, 0))).containsExactlyInAnyOrder("reviewer@masthead.example",
                "reviewer2@masthead.example", "admin@masthead.example");
        assertThat(messagesAbout(id, 0, 0)).as("each once, after the outage").hasSize(3);
        assertThat(sent).isNotEmpty();
        assertThat(outbox.overview(50).messages().stream().filter(m -> m.subject().contains("the power cut")))
                .allMatch(m -> m.status().equals("SENT"));
    }

    @Test
    void aReaderCommentWaitingReachesTheModerators() throws Exception {
        long id = Api.publishedArticle("editor", "reviewer", Api.article("Mail test: the harbour wall"));
        String slug = Api.as("editor").get("/api/v1/articles/" + id).then().extract().path("slug");
        io.restassured.RestAssured.given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("name", "Rosa").formParam("email", "").formParam("comment", "The wall was built in 1904, not 1910.")
                .formParam("website", "").post("/articles/" + slug + "/comments").then().statusCode(303);
        long deadline = System.nanoTime() + 10_000_000_000L;
        List<MimeMessage> waiting;
        do {
            waiting = Arrays.stream(GreenMailResource.server.getReceivedMessages()).filter(m -> {
                try {
                    return m.getSubject().equals("Comment waiting: Mail test: the harbour wall");
                } catch (Exception e) {
                    return false;
                }
            }).toList();
            Thread.sleep(100);
        } while (waiting.size() < 3 && System.nanoTime() < deadline);
        assertThat(recipients(waiting)).containsExactlyInAnyOrder("reviewer@masthead.example", "reviewer2@masthead.example",
                "admin@masthead.example");
        assertThat(body(waiting.get(0))).contains("Rosa commented on").contains("The wall was built in 1904, not 1910.")
                .contains("/admin/comments");
    }

    @Test
    void eachPersonChoosesOnTheDeskWhichNotificationsTheyGet() {
        BrowserSession desk = BrowserSession.signedIn(admin.toString(), "editor2");
        var page = desk.get(admin + "/me/notifications");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().select("input[name=on][checked]").eachAttr("value")).as("every kind on at first")
                .containsExactly("submitted", "changes-requested", "approved", "went-live", "comment-waiting");
        assertThat(page.document().text()).contains("editor2@masthead.example");
        String csrf = page.document().select("form[action='/admin/me/notifications'] input[type=hidden]").attr("name");
        String token = page.document().select("form[action='/admin/me/notifications'] input[type=hidden]").attr("value");

        var saved = desk.postPairs(admin + "/me/notifications", List.of(new String[] { csrf, token }, new String[] { "on", "approved" },
                new String[] { "on", "no-such-kind" }));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.document().select(".message").text()).isEqualTo("Saved.");
        assertThat(saved.document().select("input[name=on][checked]").eachAttr("value")).containsExactly("approved");
        assertThat(directory.find("editor2").orElseThrow().muted()).containsExactlyInAnyOrder("submitted", "changes-requested",
                "went-live", "comment-waiting");

        var forged = desk.postPairs(admin + "/me/notifications", List.<String[]> of(new String[] { "on", "submitted" }));
        assertThat(forged.status()).as("without the CSRF token").isEqualTo(403);
        assertThat(directory.find("editor2").orElseThrow().muted()).contains("submitted");
        directory.mute("editor2", Set.of());
    }

    @Test
    void adminsSeeTheOutboxOnTheDeskAndEditorsDoNot() throws Exception {
        long id = Api.createArticle("editor", Api.article("Mail test: the outbox page"));
        Api.action("editor", id, "submit").statusCode(200);
        messagesAbout(id, 3, 10);
        BrowserSession adminDesk = BrowserSession.signedIn(admin.toString(), "admin");
        var page = adminDesk.get(admin + "/site/mail");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().select("table.mail td").eachText()).contains("For review: Mail test: the outbox page");
        assertThat(page.document().select(".counts").text()).contains("sent:");
        BrowserSession editorDesk = BrowserSession.signedIn(admin.toString(), "editor");
        assertThat(editorDesk.get(admin + "/site/mail").status()).isEqualTo(403);
    }
}
