package org.masthead.web.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.masthead.testing.BrowserSession;
import org.masthead.testing.BrowserSession.Page;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The desk's pages and forms, driven over HTTP with a signed-in session and parsed with jsoup. */
@QuarkusTest
class AdminDeskTest {

    @TestHTTPResource("/admin")
    String admin;

    private BrowserSession signedIn(String user) {
        return BrowserSession.signedIn(admin, user);
    }

    private Page newArticle(BrowserSession browser, Map<String, String> fields) {
        Page form = browser.get(admin + "/articles/new");
        return browser.submit(form, "form.editor", fields);
    }

    @Test
    void editorCreatesAnArticleAndFindsItInTheList() {
        BrowserSession editor = signedIn("editor");
        Page created = newArticle(editor, Map.of("title", "Desk test: pier lights", "summary", "New lights on the pier",
                "body", "<p>The <strong>new</strong> lights.</p>", "tags", "pier, lights"));

        assertThat(created.status()).isEqualTo(200);
        assertThat(created.uri().getPath()).matches("/admin/articles/\\d+");
        assertThat(created.document().select(".message").text()).isEqualTo("Created as a draft.");
        assertThat(created.document().select("#tags").attr("value")).as("tags, alphabetically").isEqualTo("lights, pier");

        Document list = editor.get(admin + "/articles?q=pier+lights").document();
        assertThat(list.select("table.items td a").eachText()).contains("Desk test: pier lights");
    }

    @Test
    void listsNarrowToAnAuthorAndTurnRoundToOldestFirst() {
        org.masthead.testing.Api.createArticle("editor2", org.masthead.testing.Api.article("Tomas wrote this (author filter) 1"));
        org.masthead.testing.Api.createArticle("editor2", org.masthead.testing.Api.article("Tomas wrote this (author filter) 2"));
        org.masthead.testing.Api.createArticle("editor", org.masthead.testing.Api.article("Elena wrote this (author filter)"));
        BrowserSession editor = signedIn("editor");
        Page page = editor.get(admin + "/articles?q=author+filter&author=editor2");
        assertThat(page.document().select("table.items tbody td:first-child").eachText())
                .containsExactly("Tomas wrote this (author filter) 2", "Tomas wrote this (author filter) 1");
        Page oldest = editor.get(admin + "/articles?q=author+filter&sort=oldest");
        assertThat(oldest.document().select("table.items tbody td:first-child").eachText())
                .containsExactly("Tomas wrote this (author filter) 1", "Tomas wrote this (author filter) 2",
                        "Elena wrote this (author filter)");
        assertThat(oldest.document().select("select[name=sort] option[selected]").attr("value")).isEqualTo("oldest");
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefusedAndSavesNothing() {
        BrowserSession editor = signedIn("editor");
        editor.get(admin + "/articles/new");
        Page refused = editor.post(admin + "/articles", Map.of("title", "Forged article", "language", "en"));
        assertThat(refused.status()).isEqualTo(403);

        Page forged = editor.post(admin + "/articles", Map.of("title", "Forged article", "language", "en", "_csrf", "guess"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(editor.get(admin + "/articles?q=Forged+article").document().select("table.items td a")).isEmpty();
    }

    @Test
    void theCsrfTokenBelongsToOneSessionAndChangesAtSignIn() {
        BrowserSession first = signedIn("editor");
        Page form = first.get(admin + "/articles/new");
        String token = form.document().select("input[name=_csrf]").attr("value");
        HttpCookie cookie = first.cookie("__Host-masthead-csrf").orElseThrow();
        assertThat(cookie.getValue()).isEqualTo(token);
        assertThat(cookie.getSecure()).as("Secure").isTrue();
        assertThat(cookie.isHttpOnly()).as("HttpOnly").isTrue();
        assertThat(cookie.getPath()).isEqualTo("/");

        // the same person in another session: a token and cookie copied from the first are worth nothing there
        BrowserSession second = signedIn("editor");
        second.plantCookie(admin, "__Host-masthead-csrf", token);
        Page replayed = second.post(admin + "/articles", Map.of("title", "Replayed article", "language", "en", "_csrf", token));
        assertThat(replayed.status()).isEqualTo(403);
        assertThat(second.get(admin + "/articles/new").document().select("input[name=_csrf]").attr("value"))
                .as("each session has its own").isNotEqualTo(token);
        assertThat(first.get(admin + "/articles?q=Replayed+article").document().select("table.items td a")).isEmpty();

        Page saved = first.submit(first.get(admin + "/articles/new"), "form.editor",
                Map.of("title", "Written in the first session", "language", "en", "summary", "s", "body", "<p>b</p>"));
        assertThat(saved.status()).isEqualTo(200);
    }

    @Test
    void invalidInputIsShownNextToItsFieldAndKept() {
        BrowserSession editor = signedIn("editor");
        Page page = newArticle(editor, Map.of("title", "", "summary", "A summary worth keeping", "sourceUrl", "not a url",
                "sourceOutlet", "Coastal Ledger"));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.document().select("#title-error").text()).isNotBlank();
        assertThat(page.document().select("#sourceUrl-0-error").text()).contains("http");
        assertThat(page.document().select("#summary").text()).isEqualTo("A summary worth keeping");
        assertThat(page.document().select("#sourceUrl-0").attr("value")).isEqualTo("not a url");
    }

    @Test
    void aStaleSaveKeepsWhatWasTypedAndShowsWhatTheOtherPersonSaved() {
        BrowserSession elena = signedIn("editor");
        BrowserSession tomas = signedIn("editor2");
        Page created = newArticle(elena, Map.of("title", "Shared desk story"));
        String url = created.uri().toString().replaceAll("\\?.*", "");

        Page elenasForm = elena.get(url);
        Page tomasForm = tomas.get(url);
        tomas.submit(tomasForm, "form.editor", Map.of("title", "Shared desk story, Tomas's title"));
        Page conflict = elena.submit(elenasForm, "form.editor", Map.of("title", "Shared desk story, Elena's title",
                "body", "<p>Elena's paragraph.</p>"));

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.document().select(".message").text()).contains("editor2");
        assertThat(conflict.document().select(".their-title").text()).isEqualTo("Shared desk story, Tomas's title");
        assertThat(conflict.document().select("#title").attr("value")).isEqualTo("Shared desk story, Elena's title");
        assertThat(conflict.document().select("#body").text()).isEqualTo("<p>Elena's paragraph.</p>");
    }

    @Test
    void onlyTheActionsARoleMayTakeAreOfferedAndChangesNeedAComment() {
        BrowserSession editor = signedIn("editor");
        Page draft = newArticle(editor, Map.of("title", "Offered actions story"));
        String url = draft.uri().toString().replaceAll("\\?.*", "");
        assertThat(draft.document().select(".actions button").eachText()).containsExactly("Submit");

        Page submitted = editor.submit(draft, "form[action$=/submit]", Map.of());
        assertThat(submitted.document().select(".message").text()).isEqualTo("Submitted for review.");
        assertThat(submitted.document().select(".actions button").eachText()).containsExactly("Withdraw");

        BrowserSession reviewer = signedIn("reviewer");
        Page review = reviewer.get(url);
        assertThat(review.document().select(".actions button").eachText())
                .containsExactly("Approve", "Request changes");

        Page noComment = reviewer.submit(review, "form[action$=/request-changes]", Map.of("comment", " "));
        assertThat(noComment.status()).isEqualTo(400);
        assertThat(noComment.document().select(".field-error").text()).contains("say what needs to change");

        reviewer.submit(reviewer.get(url), "form[action$=/request-changes]", Map.of("comment", "Please add a photo credit."));
        Document dashboard = editor.get(admin).document();
        assertThat(dashboard.select("#returned li a").eachText()).contains("Offered actions story");
        assertThat(dashboard.select("#returned .comment").eachText()).contains("Please add a photo credit.");
    }

    @Test
    void anApproveFormOpenedBeforeTheTextChangedPublishesNothing() {
        BrowserSession editor = signedIn("editor");
        Page draft = newArticle(editor, Map.of("title", "Reviewed desk story"));
        String url = draft.uri().toString().replaceAll("\\?.*", "");
        long id = Long.parseLong(url.replaceAll(".*/", ""));
        editor.submit(draft, "form[action$=/submit]", Map.of());

        BrowserSession reviewer = signedIn("reviewer");
        Page review = reviewer.get(url);
        // meanwhile the editor withdraws, rewrites and resubmits
        editor.submit(editor.get(url), "form[action$=/withdraw]", Map.of());
        editor.submit(editor.get(url), "form.editor", Map.of("body", "<p>Unreviewed words.</p>"));
        editor.submit(editor.get(url), "form[action$=/submit]", Map.of());

        Page stale = reviewer.submit(review, "form[action$=/approve]", Map.of());
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.document().select(".message").text()).contains("changed since you opened it");
        org.masthead.testing.Api.as(null).get("/api/v1/articles/" + id).then().statusCode(404);

        Page approved = reviewer.submit(reviewer.get(url), "form[action$=/approve]", Map.of());
        assertThat(approved.document().select(".message").text()).isEqualTo("Approved.");
    }

    @Test
    void everyKindTheDashboardLinksToOpensOnTheDesk() {
        int series = org.masthead.testing.Api.as("admin").body(Map.of("title", "Desk digest series", "language", "en"))
                .post("/api/v1/series").then().statusCode(201).extract().path("id");
        int digest = org.masthead.testing.Api.as("editor").body(Map.of("title", "Weekly Digest – 900", "language", "en",
                "digest", Map.of("seriesId", series, "number", 900, "issueDate", "2017-06-11",
                        "sections", java.util.List.of(Map.of("items", java.util.List.of(Map.of("text", "One line")))))))
                .post("/api/v1/digests").then().statusCode(201).extract().path("id");
        BrowserSession editor = signedIn("editor");
        Page page = editor.get(admin + "/digests/" + digest);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().select("#digestNumber").attr("value")).isEqualTo("900");
        assertThat(page.document().select(".digest-composer .section")).hasSize(1);

        Page saved = editor.submit(page, "form.editor", Map.of("summary", "This week's short items"));
        assertThat(saved.document().select(".message").text()).isEqualTo("Saved.");
        assertThat(saved.document().select("textarea[name=entryText]").eachText()).as("sections kept").containsExactly("One line");
        assertThat(editor.get(admin + "/digests/new").status()).isEqualTo(200);
        assertThat(editor.get(admin + "/media/new").status()).isEqualTo(200);
        assertThat(editor.get(admin + "/videos/new").status()).isEqualTo(404);
    }

    @Test
    void arabicAndPersianItemsAreEditedRightToLeft() {
        BrowserSession editor = signedIn("editor");
        Page page = newArticle(editor, Map.of("title", "خبر عن المرفأ", "language", "ar"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().select("#title").attr("dir")).isEqualTo("rtl");
        assertThat(page.document().select("#body").attr("dir")).isEqualTo("rtl");
        assertThat(editor.get(admin + "/articles/new?language=en").document().select("#title").attr("dir")).isEmpty();
    }

    @Test
    void historyListsRevisionsAndTheComparisonShowsTheChangedLines() {
        BrowserSession editor = signedIn("editor");
        Page created = newArticle(editor, Map.of("title", "History desk story", "body", "<p>First line.</p>"));
        editor.submit(created, "form.editor", Map.of("body", "<p>First line.</p><p>Second line.</p>"));
        String url = created.uri().toString().replaceAll("\\?.*", "");

        Page history = editor.get(url + "/history");
        assertThat(history.document().select("table.revisions tbody tr")).hasSize(2);
        assertThat(history.document().select("ol.audit li strong").eachText()).containsExactly("create", "edit");

        Page compare = editor.submit(history, "form.compare-form", Map.of());
        assertThat(compare.document().select("ins.added").eachText()).as(compare.uri() + " " + compare.document().text())
                .containsExactly("Second line.");
    }
}
