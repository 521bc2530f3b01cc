package org.masthead.web.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.shared.AdjustableClock;
import org.masthead.testing.Api;
import org.masthead.testing.BrowserSession;
import org.masthead.testing.BrowserSession.Page;
import org.masthead.testing.FormFields;
import org.masthead.testing.Keycloak;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** Composing a digest on the desk: sections and items in order, the week picker, and refusals. */
@QuarkusTest
class DigestComposerTest {

    @TestHTTPResource("/admin")
    String admin;

    @Inject
    AdjustableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private BrowserSession signedIn(String user) {
        return BrowserSession.signedIn(admin, user);
    }

    private static int series(String title, String language) {
        return Api.as("admin").body(Map.of("title", title, "language", language)).post("/api/v1/series").then()
                .statusCode(201).extract().path("id");
    }

    private static JsonPath digest(long id) {
        return Api.as("editor").get("/api/v1/digests/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static long idOf(Page page) {
        return Long.parseLong(page.uri().getPath().replaceAll(".*/", ""));
    }

    private FormFields composer(BrowserSession browser, Page page) {
        return FormFields.of(browser, page, "form.editor");
    }

    @Test
    void aDigestIsComposedOnTheDeskWithSectionsAndItemsInOrder() {
        int series = series("Composer Weekly (order)", "en");
        long article = Api.publishedArticle("editor", "reviewer", Api.article("Composer test: volunteers return"));
        BrowserSession editor = signedIn("editor");
        Page page = editor.get(admin + "/digests/new");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().select("#digestSeriesId option").eachText()).contains("Composer Weekly (order)");
        assertThat(page.document().select(".section .entry")).hasSize(1);

        page = composer(editor, page).set("digestSeriesId", String.valueOf(series)).set("digestNumber", "301")
                .set("digestIssueDate", "2017-06-11").set("entryText", 0, "Harbour fees stay the same")
                .set("entryOutlet", 0, "Coastal Ledger").press("op", "entry-add:0");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().select(".section .entry")).hasSize(2);
        page = composer(editor, page).set("entryText", 1, "Volunteers return to the pier")
                .set("entryItemId", 1, String.valueOf(article)).press("op", "section-add");
        assertThat(page.document().select(".section")).hasSize(2);
        assertThat(page.document().select(".linked-item a").text()).isEqualTo("Composer test: volunteers return");
        Page created = composer(editor, page).set("sectionHeading", 1, "In English:")
                .set("entryText", 2, "A ferry timetable for summer").set("entryUrl", 2, "https://ferries.example/summer")
                .submit();
        assertThat(created.document().select(".message").text()).as(created.document().select(".field-error").text())
                .isEqualTo("Created as a draft.");
        long id = idOf(created);
        assertThat(created.uri().getPath()).isEqualTo("/admin/digests/" + id);

        JsonPath json = digest(id);
        assertThat(json.getString("title")).isEqualTo("Composer Weekly (order) – 301");
        assertThat(json.getInt("digest.number")).isEqualTo(301);
        assertThat(json.getString("digest.issueDate")).isEqualTo("2017-06-11");
        assertThat(json.getList("digest.sections[0].items.text", String.class))
                .containsExactly("Harbour fees stay the same", "Volunteers return to the pier");
        assertThat(json.getString("digest.sections[0].items[0].outlet")).isEqualTo("Coastal Ledger");
        assertThat(json.getLong("digest.sections[0].items[1].itemId")).isEqualTo(article);
        assertThat(json.getString("digest.sections[0].heading")).isNull();
        assertThat(json.getString("digest.sections[1].heading")).isEqualTo("In English:");
        assertThat(json.getString("digest.sections[1].items[0].url")).isEqualTo("https://ferries.example/summer");

        // Reorder: "In English:" first, then the other section's two items swapped; then remove one.
        page = composer(editor, created).press("op", "section-up:1");
        assertThat(page.document().select(".section-heading").eachAttr("value")).containsExactly("In English:", "");
        page = composer(editor, page).press("op", "entry-down:1.0");
        Page saved = composer(editor, page).submit();
        assertThat(saved.document().select(".message").text()).isEqualTo("Saved.");
        json = digest(id);
        assertThat(json.getString("digest.sections[0].heading")).isEqualTo("In English:");
        assertThat(json.getList("digest.sections[1].items.text", String.class))
                .containsExactly("Volunteers return to the pier", "Harbour fees stay the same");

        page = composer(editor, saved).press("op", "entry-remove:1.1");
        page = composer(editor, page).set("sectionHeading", 0, "In English, this week:").submit();
        json = digest(id);
        assertThat(json.getString("digest.sections[0].heading")).isEqualTo("In English, this week:");
        assertThat(json.getList("digest.sections[1].items.text", String.class)).containsExactly("Volunteers return to the pier");

        // An entry's full text: paragraphs and a quote, kept through a reorder and sanitized on save.
        page = composer(editor, page).set("entryBody", 1, "<p>Forty came.</p><blockquote><p>Bring gloves.</p></blockquote>"
                + "<img src=x onerror=alert(1)>").submit();
        assertThat(page.document().select(".message").text()).isEqualTo("Saved.");
        assertThat(digest(id).getString("digest.sections[1].items[0].body"))
                .isEqualTo("<p>Forty came.</p><blockquote><p>Bring gloves.</p></blockquote>");
        assertThat(page.document().select("details.entry-body[open] textarea[name=entryBody]").eachText())
                .containsExactly("<p>Forty came.</p><blockquote><p>Bring gloves.</p></blockquote>");

        // A digest's translation is composed in its own edition, starting from the source's title and link.
        String translate = page.document().select("a.create-translation").stream()
                .filter(a -> a.text().equals("Create fa translation")).findFirst().orElseThrow().attr("href");
        assertThat(translate).isEqualTo("/admin/digests/new?language=fa&translationOf=" + id);
        Page persian = editor.get(admin.replace("/admin", "") + translate);
        assertThat(persian.document().select("#title").attr("value")).isEqualTo("Composer Weekly (order) – 301");
        assertThat(persian.document().select("#translationOf").attr("value")).isEqualTo(String.valueOf(id));
        assertThat(persian.document().select("#language option[selected]").attr("value")).isEqualTo("fa");

        Page removedSection = composer(editor, page).press("op", "section-remove:0");
        assertThat(removedSection.document().select(".section")).hasSize(1);
        assertThat(digest(id).getList("digest.sections.heading")).as("nothing saved by a list button").hasSize(2);
    }

    @Test
    void aTakenIssueNumberIsRefusedNextToItsFieldWithTheInputKept() {
        int series = series("Composer Weekly (numbers)", "en");
        Map<String, Object> existing = new HashMap<>(Map.of("title", "Composer Weekly – 7", "language", "en",
                "digest", Map.of("seriesId", series, "number", 7, "issueDate", "2017-06-04",
                        "sections", List.of(Map.of("items", List.of(Map.of("text", "One line")))))));
        Api.as("editor").body(existing).post("/api/v1/digests").then().statusCode(201);

        BrowserSession editor = signedIn("editor");
        Page page = editor.get(admin + "/digests/new");
        page = composer(editor, page).set("digestSeriesId", String.valueOf(series)).set("digestNumber", "7")
                .set("digestIssueDate", "2017-06-11").set("entryText", 0, "Harbour fees stay the same")
                .press("op", "section-add");
        Page refused = composer(editor, page).set("sectionHeading", 1, "In English:").set("entryText", 1, "A summer timetable")
                .submit();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select("#digestNumber-error").text()).contains("issue 7").contains("already exists");
        assertThat(refused.document().select("#digestNumber").attr("value")).isEqualTo("7");
        assertThat(refused.document().select("#digestSeriesId option[selected]").attr("value")).isEqualTo(String.valueOf(series));
        assertThat(refused.document().select("textarea[name=entryText]").eachText())
                .containsExactly("Harbour fees stay the same", "A summer timetable");
        assertThat(refused.document().select(".section-heading").eachAttr("value")).containsExactly("", "In English:");

        // A bad link is named next to its item, and everything stays.
        Page badLink = composer(editor, refused).set("digestNumber", "8").set("entryUrl", 1, "ferries dot example").submit();
        assertThat(badLink.status()).isEqualTo(400);
        assertThat(badLink.document().select("#section-1 .entry .field-error").text()).startsWith("URL").contains("http");
        assertThat(badLink.document().select("#digestNumber").attr("value")).isEqualTo("8");

        Page saved = composer(editor, badLink).set("entryUrl", 1, "https://ferries.example/summer").submit();
        assertThat(saved.document().select(".message").text()).isEqualTo("Created as a draft.");
        assertThat(digest(idOf(saved)).getInt("digest.number")).isEqualTo(8);
    }

    @Test
    void theWeekPickerListsExactlyTheItemsThatWentLiveInTheIssuesWeek() {
        // A week of its own, far from what other tests publish today.
        clock.advance(Duration.ofDays(700));
        LocalDate day0 = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        long first = Api.publishedArticle("editor", "reviewer", albanian("Picker: the harbour opens"));
        long second = Api.publishedArticle("editor", "reviewer", albanian("Picker: lanterns on the pier"));
        Api.publishedArticle("editor", "reviewer", Api.article("Picker: an English piece the same day"));
        Api.createArticle("editor", albanian("Picker: a draft nobody approved"));
        clock.advance(Duration.ofDays(8));
        long later = Api.publishedArticle("editor", "reviewer", albanian("Picker: a week later"));
        int series = series("Composer Weekly (sq picker)", "sq");

        BrowserSession editor = signedIn("editor");
        Page page = editor.get(admin + "/digests/new?language=sq");
        assertThat(page.document().select("#digestSeriesId option").eachText()).contains("Composer Weekly (sq picker)")
                .doesNotContain("Composer Weekly (order)");
        page = composer(editor, page).set("digestSeriesId", String.valueOf(series)).set("digestNumber", "1")
                .set("digestIssueDate", day0.plusDays(3).toString()).press("op", "week");
        assertThat(page.document().select(".week-items .week-title").eachText())
                .containsExactly("Picker: the harbour opens", "Picker: lanterns on the pier");

        page = composer(editor, page).press("op", "pick:" + second);
        assertThat(page.document().select("textarea[name=entryText]").eachText()).containsExactly("Picker: lanterns on the pier");
        assertThat(page.document().select("input[name=entryItemId]").eachAttr("value")).containsExactly(String.valueOf(second));
        assertThat(page.document().select(".week-items li[data-item=" + second + "] .in-digest")).hasSize(1);
        page = composer(editor, page).press("op", "pick:" + first);
        Page saved = composer(editor, page).submit();
        assertThat(saved.document().select(".message").text()).isEqualTo("Created as a draft.");
        JsonPath json = digest(idOf(saved));
        assertThat(json.getList("digest.sections[0].items.itemId", Long.class)).containsExactly(second, first);
        assertThat(json.getList("digest.sections[0].items.text", String.class))
                .containsExactly("Picker: lanterns on the pier", "Picker: the harbour opens");

        Page nextWeek = composer(editor, saved).set("digestIssueDate", day0.plusDays(8).toString()).press("op", "week");
        assertThat(nextWeek.document().select(".week-items .week-title").eachText()).containsExactly("Picker: a week later");
        assertThat(nextWeek.document().select(".week-items button.pick").eachAttr("value")).containsExactly("pick:" + later);
    }

    @Test
    void composingNeedsAnEditorAndTheFormsToken() {
        BrowserSession editor = signedIn("editor");
        Page page = editor.get(admin + "/digests/new");
        assertThat(editor.post(admin + "/digests", Map.of("title", "Forged digest", "language", "en", "op", "section-add"))
                .status()).isEqualTo(403);
        FormFields forged = composer(editor, page).set("_csrf", "guess");
        assertThat(forged.press("op", "section-add").status()).isEqualTo(403);

        Keycloak.ensureUserWithoutRoles("reader-composer-test");
        BrowserSession reader = new BrowserSession();
        assertThat(reader.signIn(admin + "/digests/new", "reader-composer-test").status()).isEqualTo(403);
    }

    private static Map<String, Object> albanian(String title) {
        Map<String, Object> body = new HashMap<>(Api.article(title));
        body.put("language", "sq");
        return body;
    }
}
