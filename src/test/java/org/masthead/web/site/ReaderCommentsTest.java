package org.masthead.web.site;

import org.masthead.testing.Api;
import org.masthead.shared.PublicUrls;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.web.site.Reader.article;
import static org.masthead.web.site.Reader.get;
import static org.masthead.web.site.Reader.page;
import static org.masthead.web.site.Reader.publish;
import static org.masthead.web.site.Reader.slug;
import static org.masthead.testing.Api.as;
import static org.masthead.testing.Api.createArticle;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.shared.AdjustableClock;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Readers' comments on the public site: held for moderation, shown once approved, counted in listings, never able to run script. */
@QuarkusTest
class ReaderCommentsTest {

    /** Each test speaks from its own addresses (X-Forwarded-For), so the per-address limit only bites where meant to. */
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Inject
    AdjustableClock clock;

    @Inject
    EntityManager em;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "10.20." + (n / 250) + "." + (n % 250 + 1);
    }

    static Response postComment(String articlePath, String address, Map<String, String> fields) {
        return given().redirects().follow(false).urlEncodingEnabled(false).header("X-Forwarded-For", address)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .body(form(fields)).post(articlePath + "/comments");
    }

    private static String form(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(k).append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
        return body.toString();
    }

    static Map<String, String> comment(String name, String body) {
        Map<String, String> fields = new HashMap<>();
        fields.put("name", name);
        fields.put("email", "");
        fields.put("comment", body);
        fields.put("website", "");
        return fields;
    }

    /** The id of the one comment with this body in the given status, as the moderation API lists them. */
    static Long commentId(String status, String body) {
        List<Map<String, Object>> items = as("reviewer").queryParam("status", status).queryParam("limit", 100).get("/api/v1/comments")
                .then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(c -> body.equals(c.get("body"))).map(c -> ((Number) c.get("id")).longValue()).findFirst()
                .orElse(null);
    }

    private static String heading(Document page) {
        return page.select("section#comments h2#comments-heading").text();
    }

    @Test
    void aCommentWaitsForModerationAndShowsOnTheArticleAndItsTeaserOnceApproved() {
        long category = Reader.category("Harbour letters (comments)", "en");
        Map<String, Object> body = article("The new ferry pier opens", "en");
        body.put("categoryId", category);
        long id = publish(body);
        String path = "/articles/" + slug(id);
        String listing = "/categories/" + Reader.categorySlug(category);

        Response first = get(path);
        Document page = Jsoup.parse(first.asString(), path);
        assertThat(heading(page)).isEqualTo("0 comments");
        assertThat(page.select("article .meta a.comment-count").text()).isEqualTo("0 comments");
        assertThat(page.select("article .meta a.comment-count").attr("href")).isEqualTo(path + "#comments");
        Element form = page.selectFirst("section#comments form.comment-form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo(path + "/comments");
        assertThat(form.select("input[name=name], input[name=email], textarea[name=comment], input[name=website]")).hasSize(4);
        assertThat(form.select("input[name=_csrf]")).as("an anonymous form has no session to protect").isEmpty();
        assertThat(page.select("script")).isEmpty();

        String text = "Finally a pier that does not wobble.\nWell done to the builders.\n\nSee you at the opening.";
        Map<String, String> fields = comment("Lena Hoxha", text);
        fields.put("email", "lena@example.org");
        Response sent = postComment(path, newAddress(), fields);
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.header("Location")).endsWith(path + "?commented=1#comments");

        Document thanked = page(path + "?commented=1");
        assertThat(thanked.select("section#comments .notice[role=status]").text()).contains("awaits moderation");
        assertThat(heading(thanked)).as("a pending comment is not shown").isEqualTo("0 comments");
        assertThat(thanked.select("li.comment")).isEmpty();
        assertThat(get(path).header("ETag")).as("a pending comment changes nothing readers see").isEqualTo(first.header("ETag"));
        assertThat(page(listing).select("article.teaser .comment-count").text()).isEqualTo("0 comments");

        Long commentId = commentId("PENDING", text);
        assertThat(commentId).as("the comment waits on the desk").isNotNull();
        Map<String, Object> pending = as("reviewer").get("/api/v1/comments").then().statusCode(200).extract().jsonPath()
                .getMap("items.find { it.id == " + commentId + " }");
        assertThat(pending).containsEntry("authorName", "Lena Hoxha").containsEntry("authorEmail", "lena@example.org")
                .containsEntry("itemId", (int) id).containsEntry("itemTitle", "The new ferry pier opens")
                .containsEntry("publicHref", path).containsEntry("status", "PENDING");

        as("reviewer").post("/api/v1/comments/" + commentId + "/approve").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("APPROVED"))
                .body("moderatedBy", org.hamcrest.Matchers.equalTo("reviewer"));
        Response approved = get(path);
        assertThat(approved.header("ETag")).as("approval drops the cached page").isNotEqualTo(first.header("ETag"));
        page = Jsoup.parse(approved.asString(), path);
        assertThat(heading(page)).isEqualTo("1 comment");
        assertThat(page.select("article .meta a.comment-count").text()).isEqualTo("1 comment");
        Element shown = page.selectFirst("section#comments li.comment");
        assertThat(shown.select(".comment-author").text()).isEqualTo("Lena Hoxha");
        assertThat(shown.select("time").attr("datetime")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(shown.select(".comment-body p")).hasSize(2);
        assertThat(shown.select(".comment-body p").first().select("br")).as("a line break stays one").hasSize(1);
        assertThat(shown.select(".comment-body p").first().wholeText())
                .isEqualTo("Finally a pier that does not wobble.\nWell done to the builders.");
        assertThat(shown.select(".comment-body p").last().text()).isEqualTo("See you at the opening.");
        assertThat(approved.asString()).as("the email is never shown").doesNotContain("lena@example.org");
        Element teaser = page(listing).selectFirst("article.teaser");
        assertThat(teaser.select(".comment-count").text()).isEqualTo("1 comment");
        assertThat(teaser.select(".comment-count").attr("href")).isEqualTo(path + "#comments");

        as("reviewer").post("/api/v1/comments/" + commentId + "/reject").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("REJECTED"));
        assertThat(heading(page(path))).isEqualTo("0 comments");
        assertThat(page(listing).select("article.teaser .comment-count").text()).isEqualTo("0 comments");

        as("reviewer").post("/api/v1/comments/" + commentId + "/approve").then().statusCode(200);
        assertThat(heading(page(path))).isEqualTo("1 comment");
        as("reviewer").delete("/api/v1/comments/" + commentId).then().statusCode(204);
        assertThat(heading(page(path))).isEqualTo("0 comments");
        assertThat(page(listing).select("article.teaser .comment-count").text()).isEqualTo("0 comments");
        assertThat(commentId("APPROVED", text)).isNull();
        as("reviewer").delete("/api/v1/comments/" + commentId).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void refusedInputIsKeptAndEachProblemNamedNextToItsField() {
        String path = "/articles/" + slug(publish(article("Harbour lights are back", "en")));

        Map<String, String> fields = comment("  ", "");
        fields.put("email", "not an address");
        Response refused = postComment(path, newAddress(), fields);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.header("Cache-Control")).contains("no-store");
        Document page = Jsoup.parse(refused.asString(), path);
        assertThat(page.select("article h1").text()).as("the article itself is shown again").isEqualTo("Harbour lights are back");
        assertThat(page.select("section#comments .notice[role=alert]").text()).contains("not sent");
        assertThat(page.select("#comment-name-error").text()).isEqualTo("Please enter your name.");
        assertThat(page.select("#comment-name").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#comment-email-error").text()).contains("does not look like an email address");
        assertThat(page.select("#comment-email").attr("value")).isEqualTo("not an address");
        assertThat(page.select("#comment-body-error").text()).isEqualTo("Please write your comment.");

        String tooLong = "Long tide story. ".repeat(200).strip();
        assertThat(tooLong.length()).isGreaterThan(3000);
        refused = postComment(path, newAddress(), comment("Arben Kola", tooLong));
        assertThat(refused.statusCode()).isEqualTo(400);
        page = Jsoup.parse(refused.asString(), path);
        assertThat(page.select("#comment-body-error").text())
                .isEqualTo("Your comment is " + tooLong.length() + " characters long; a comment may have at most 3000.");
        assertThat(page.select("#comment-body").first().wholeText()).as("the reader's text is kept").isEqualTo(tooLong);
        assertThat(page.select("#comment-name").attr("value")).isEqualTo("Arben Kola");
        assertThat(page.select("#comment-name-error")).isEmpty();
        assertThat(commentId("PENDING", tooLong)).as("nothing stored").isNull();

        refused = postComment(path, newAddress(), comment("N".repeat(101), "A fine name."));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.asString()).select("#comment-name-error").text()).isEqualTo("A name may be at most 100 characters long.");

        assertThat(heading(page(path))).isEqualTo("0 comments");
    }

    @Test
    void aFilledHoneypotLooksAcceptedButKeepsNothing() {
        String path = "/articles/" + slug(publish(article("Bots at the harbour", "en")));
        Map<String, String> fields = comment("Cheap Pills", "Visit my shop for harbour bargains");
        fields.put("website", "https://spam.example");
        Response sent = postComment(path, newAddress(), fields);
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.header("Location")).endsWith(path + "?commented=1#comments");
        assertThat(commentId("PENDING", "Visit my shop for harbour bargains")).isNull();
    }

    @Test
    void onlyLiveArticlesTakeComments() {
        String address = newAddress();
        long draft = createArticle("editor", article("A draft about the pier", "en"));
        Response answer = postComment("/articles/" + slug(draft), address, comment("Mira", "Too early"));
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(answer.asString()).select(".problem h1").text()).isEqualTo("Page not found");

        answer = postComment("/articles/no-such-article-anywhere", address, comment("Mira", "Nothing here"));
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(answer.asString()).select(".problem h1").text()).isEqualTo("Page not found");

        long withdrawn = publish(article("Withdrawn harbour notice", "en"));
        String withdrawnSlug = slug(withdrawn);
        as("reviewer").post("/api/v1/articles/" + withdrawn + "/unpublish").then().statusCode(200);
        assertThat(postComment("/articles/" + withdrawnSlug, address, comment("Mira", "Gone already")).statusCode()).isEqualTo(404);
        assertThat(postComment("/articles/" + withdrawnSlug, address, comment("", "")).statusCode())
                .as("even refused input answers 404 where there is no article").isEqualTo(404);

        Map<String, Object> about = new HashMap<>(article("About the harbour office", "en"));
        long page = as("editor").body(about).post("/api/v1/pages").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.review("editor", "/api/v1/pages/" + page, "submit").statusCode(200);
        Api.review("reviewer", "/api/v1/pages/" + page, "approve").statusCode(200);
        String pageSlug = as("editor").get("/api/v1/pages/" + page).then().extract().path("slug");
        assertThat(page("/pages/" + pageSlug).select("section#comments")).as("pages have no comments").isEmpty();
        answer = postComment("/pages/" + pageSlug, address, comment("Mira", "On a page"));
        assertThat(answer.statusCode()).isEqualTo(404);
        for (String text : List.of("Too early", "Nothing here", "Gone already", "On a page")) {
            assertThat(commentId("PENDING", text)).isNull();
        }
    }

    @Test
    void scriptInANameOrCommentComesOutAsText() {
        String path = "/articles/" + slug(publish(article("Harbour security review", "en")));
        String name = "<script>alert('name')</script>";
        String text = "<img src=x onerror=alert(1)>\n\"><svg onload=alert(2)></svg><a href=\"javascript:alert(3)\">click</a>";
        assertThat(postComment(path, newAddress(), comment(name, text)).statusCode()).isEqualTo(303);
        Long id = commentId("PENDING", text);
        as("reviewer").post("/api/v1/comments/" + id + "/approve").then().statusCode(200);

        Document page = page(path);
        Element shown = page.selectFirst("section#comments li.comment");
        assertThat(shown.select(".comment-author").text()).isEqualTo(name);
        assertThat(shown.select(".comment-body").text()).contains("<img src=x onerror=alert(1)>").contains("<svg onload=alert(2)>");
        assertThat(page.select("script, img[onerror], svg, [onload], [onerror], a[href^=javascript]")).isEmpty();

        Map<String, String> again = comment(name, "");
        Document refused = Jsoup.parse(postComment(path, newAddress(), again).asString());
        assertThat(refused.select("#comment-name").attr("value")).as("kept input is escaped too").isEqualTo(name);
        assertThat(refused.select("script")).isEmpty();
    }

    @Test
    void editionsWordTheCountInTheirOwnLanguageAndDigits() {
        String persian = "/fa/articles/" + PublicUrls.segment(slug(publish(article("اسکلهٔ تازه", "fa"))));
        Document page = page(persian);
        assertThat(heading(page)).isEqualTo("۰ دیدگاه");
        assertThat(page.select("label[for=comment-name]").text()).startsWith("نام");
        String text = "خیلی خوب است.";
        Response sent = postComment(persian, newAddress(), comment("مریم", text));
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.header("Location")).endsWith(persian + "?commented=1#comments");
        assertThat(page(persian + "?commented=1").select(".notice[role=status]").text()).contains("در انتظار بررسی");
        as("reviewer").post("/api/v1/comments/" + commentId("PENDING", text) + "/approve").then().statusCode(200);
        page = page(persian);
        assertThat(heading(page)).isEqualTo("۱ دیدگاه");
        assertThat(page.select("article .meta a.comment-count").text()).isEqualTo("۱ دیدگاه");
        assertThat(page.select("li.comment time").text()).matches(".*[۰-۹]{4}.*").doesNotContainPattern("[0-9]");
        Document refused = Jsoup.parse(postComment(persian, newAddress(), comment("", "متن")).asString());
        assertThat(refused.select("#comment-name-error").text()).isEqualTo("لطفاً نام خود را بنویسید.");

        String longest = "ب".repeat(3000);
        assertThat(postComment(persian, newAddress(), comment("مریم", longest)).statusCode())
                .as("the longest comment in a two-byte script fits the form limit").isEqualTo(303);

        String arabic = "/ar/articles/" + PublicUrls.segment(slug(publish(article("الرصيف الجديد", "ar"))));
        assertThat(heading(page(arabic))).isEqualTo("لا تعليقات");
        String albanian = "/sq/articles/" + slug(publish(article("Skela e re", "sq")));
        assertThat(heading(page(albanian))).isEqualTo("0 komente");
        postComment(albanian, newAddress(), comment("Drita", "Shumë bukur."));
        as("reviewer").post("/api/v1/comments/" + commentId("PENDING", "Shumë bukur.") + "/approve").then().statusCode(200);
        assertThat(heading(page(albanian))).isEqualTo("1 koment");
        assertThat(page("/sq/").select("article.teaser .comment-count").first().text()).isEqualTo("1 koment");
    }

    @Test
    void oneAddressMaySendOnlyAFewCommentsInAWhile() {
        String path = "/articles/" + slug(publish(article("Harbour chatterboxes", "en")));
        String address = newAddress();
        for (int i = 1; i <= 5; i++) {
            assertThat(postComment(path, address, comment("Talkative", "Comment number " + i)).statusCode()).isEqualTo(303);
        }
        Response refused = postComment(path, address, comment("Talkative", "Comment number 6"));
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(Jsoup.parse(refused.asString()).select(".problem h1").text()).isEqualTo("Please slow down");
        assertThat(commentId("PENDING", "Comment number 6")).isNull();
        Response persian = postComment("/fa/articles/whatever", address, comment("Talkative", "Comment number 7"));
        assertThat(persian.statusCode()).isEqualTo(429);
        assertThat(Jsoup.parse(persian.asString()).select("html").attr("lang")).isEqualTo("fa");
        assertThat(Jsoup.parse(persian.asString()).select(".problem h1").text()).isEqualTo("کمی آهسته‌تر");

        assertThat(postComment(path, newAddress(), comment("Someone else", "A neighbour's comment")).statusCode()).isEqualTo(303);
        clock.advance(Duration.ofMinutes(11));
        assertThat(postComment(path, address, comment("Talkative", "After a pause")).statusCode()).isEqualTo(303);
    }

    @Test
    void theLimitIsOneForAllNodes() {
        String path = "/articles/" + slug(publish(article("Harbour chatterboxes on many nodes", "en")));
        String address = newAddress();
        // what other app nodes on the same database recorded for this reader a minute ago
        Timestamp minuteAgo = Timestamp.from(clock.instant().minus(Duration.ofMinutes(1)));
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 4; i++) {
                em.createNativeQuery("INSERT INTO comment_send (address, sent_at) VALUES (?1, ?2)").setParameter(1, address)
                        .setParameter(2, minuteAgo).executeUpdate();
            }
        });
        assertThat(postComment(path, address, comment("Talkative", "Fifth, on this node")).statusCode()).isEqualTo(303);
        assertThat(postComment(path, address, comment("Talkative", "Sixth, on this node")).statusCode()).isEqualTo(429);
    }

    @jakarta.inject.Inject
    org.masthead.comment.CommentRateLimit limit;

    @Test
    void sendsTakenInTheSameInstantAreCountedOneAtATime() throws Exception {
        String address = newAddress();
        int senders = 24;
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(senders);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(senders);
        try {
            List<java.util.concurrent.Future<Boolean>> taken = new java.util.ArrayList<>();
            for (int i = 0; i < senders; i++) {
                taken.add(pool.submit(() -> {
                    together.await();
                    return limit.take(address).isPresent();
                }));
            }
            long granted = 0;
            for (var f : taken) {
                granted += f.get() ? 1 : 0;
            }
            assertThat(granted).as("sends granted out of " + senders + " at once").isEqualTo(5);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aFormSentBackWithItsErrorsIsNotCountedAgainstTheReader() {
        String path = "/articles/" + slug(publish(article("Harbour typists", "en")));
        String address = newAddress();
        for (int i = 0; i < 6; i++) {
            assertThat(postComment(path, address, comment("", "A comment without a name " + i)).statusCode()).isEqualTo(400);
        }
        assertThat(postComment(path, address, comment("Typist", "Now with a name")).statusCode()).isEqualTo(303);
    }

    @Test
    void anOversizedFormIsRefusedBeforeItIsRead() {
        String path = "/articles/" + slug(publish(article("Harbour essays", "en")));
        Response answer = postComment(path, newAddress(), comment("Essayist", "x".repeat(40_000)));
        assertThat(answer.statusCode()).isEqualTo(413);
    }

    @Test
    void moderationIsForReviewersAndAdmins() {
        as("editor").get("/api/v1/comments").then().statusCode(403).contentType("application/problem+json");
        as("editor").post("/api/v1/comments/1/approve").then().statusCode(403);
        as("editor").delete("/api/v1/comments/1").then().statusCode(403);
        as(null).get("/api/v1/comments").then().statusCode(401).contentType("application/problem+json");
        as(null).post("/api/v1/comments/1/reject").then().statusCode(401);
        as("admin").get("/api/v1/comments?status=APPROVED").then().statusCode(200);
        as("reviewer").get("/api/v1/comments?status=SPAM").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("status"));
        as("reviewer").post("/api/v1/comments/999999999/approve").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void pluralFormsFollowEachLanguagesRules() {
        assertThat(List.of(0, 1, 2, 3, 10, 11, 99, 100, 101, 103, 111).stream().map(n -> PluralForm.of("ar", n)).toList())
                .containsExactly(PluralForm.ZERO, PluralForm.ONE, PluralForm.TWO, PluralForm.FEW, PluralForm.FEW, PluralForm.MANY,
                        PluralForm.MANY, PluralForm.OTHER, PluralForm.OTHER, PluralForm.FEW, PluralForm.MANY);
        assertThat(PluralForm.of("en", 0)).isEqualTo(PluralForm.OTHER);
        assertThat(PluralForm.of("sq", 1)).isEqualTo(PluralForm.ONE);
        assertThat(PluralForm.of("fa", 0)).isEqualTo(PluralForm.ONE);
    }

    @Test
    void aReaderAnswersACommentAndTheReplyShowsUnderItOnceApproved() {
        long id = publish(article("The lighthouse gets a new lamp", "en"));
        String path = "/articles/" + slug(id);
        String question = "Will the old lamp go to the museum?";
        postComment(path, newAddress(), comment("Ana Ruiz", question)).then().statusCode(303);
        long asked = commentId("PENDING", question);
        as("reviewer").post("/api/v1/comments/" + asked + "/approve").then().statusCode(200);

        Document page = page(path);
        Element reply = page.selectFirst("#comment-" + asked + " .comment-reply a");
        assertThat(reply.attr("href")).isEqualTo(path + "?replyTo=" + asked + "#comment-form");
        assertThat(reply.attr("rel")).isEqualTo("nofollow");

        Response answering = get(path + "?replyTo=" + asked);
        assertThat(answering.header("X-Robots-Tag")).isEqualTo("noindex");
        Document form = Jsoup.parse(answering.asString());
        assertThat(form.select("#comment-form .replying-to").text()).contains("Replying to Ana Ruiz");
        assertThat(form.select("#comment-form input[name=replyTo]").attr("value")).isEqualTo(String.valueOf(asked));

        // a refused reply keeps answering the same comment
        Map<String, String> empty = comment("Mira Santos", "");
        empty.put("replyTo", String.valueOf(asked));
        Response refused = postComment(path, newAddress(), empty);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.asString()).select("#comment-form input[name=replyTo]").attr("value"))
                .isEqualTo(String.valueOf(asked));

        String answer = "Yes, it goes on show in May.";
        Map<String, String> fields = comment("Mira Santos", answer);
        fields.put("replyTo", String.valueOf(asked));
        postComment(path, newAddress(), fields).then().statusCode(303);
        long answered = commentId("PENDING", answer);
        assertThat(as("reviewer").get("/api/v1/comments").then().extract().jsonPath()
                .getLong("items.find { it.id == " + answered + " }.replyTo")).isEqualTo(asked);
        as("reviewer").post("/api/v1/comments/" + answered + "/approve").then().statusCode(200);
        String later = "When does the new lamp first shine?";
        postComment(path, newAddress(), comment("Sam Reader", later)).then().statusCode(303);
        as("reviewer").post("/api/v1/comments/" + commentId("PENDING", later) + "/approve").then().statusCode(200);

        Document threaded = page(path);
        assertThat(threaded.select("li.comment .comment-body").eachText()).as("the reply under what it answers, before later comments")
                .containsExactly(question, answer, later);
        Element shown = threaded.selectFirst("#comment-" + answered);
        assertThat(shown.hasClass("depth-1")).isTrue();
        assertThat(shown.select("a.in-reply-to").text()).isEqualTo("in reply to Ana Ruiz");
        assertThat(shown.select("a.in-reply-to").attr("href")).isEqualTo("#comment-" + asked);

        // answering a comment that is not shown (made up, or still pending) keeps the words, as a comment of its own
        Map<String, String> stray = comment("Pat", "A reply to nothing readers can see.");
        stray.put("replyTo", "987654321");
        postComment(path, newAddress(), stray).then().statusCode(303);
        long alone = commentId("PENDING", "A reply to nothing readers can see.");
        assertThat(as("reviewer").get("/api/v1/comments").then().extract().jsonPath()
                .getString("items.find { it.id == " + alone + " }.replyTo")).isNull();
        assertThat(Jsoup.parse(get(path + "?replyTo=987654321").asString()).select("#comment-form input[name=replyTo]")).isEmpty();
    }
}
