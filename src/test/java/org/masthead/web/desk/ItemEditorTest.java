package org.masthead.web.desk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.masthead.testing.Api;
import org.masthead.testing.BrowserSession;
import org.masthead.testing.BrowserSession.Page;
import org.masthead.testing.FormFields;
import org.masthead.testing.Keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The item editor's rich body, "Also read" list and translations, over HTTP with a signed-in session. */
@QuarkusTest
class ItemEditorTest {

    /** What TipTap's starter kit writes for a body using every toolbar button. */
    private static final String TIPTAP_BODY = "<h2>Harbour notes</h2><p>The ferry is <strong>back</strong>, <em>really</em>; "
            + "see <a href=\"https://ferries.example/night\">the timetable</a>.</p><h3>Times</h3>"
            + "<ul><li><p>first at 22:10</p></li><li><p>last at 01:40</p></li></ul>"
            + "<ol><li><p>buy a ticket</p></li></ol><blockquote><p>Worth the wait.</p></blockquote><p>line<br>break</p>";

    @TestHTTPResource("/admin")
    String admin;

    private BrowserSession signedIn(String user) {
        return BrowserSession.signedIn(admin, user);
    }

    private Page newArticle(BrowserSession browser, Map<String, String> fields) {
        return FormFields.of(browser, browser.get(admin + "/articles/new"), "form.editor").setAll(fields).submit();
    }

    private static long idOf(Page page) {
        return Long.parseLong(page.uri().getPath().replaceAll(".*/", ""));
    }

    private static JsonPath article(long id) {
        return Api.as("editor").get("/api/v1/articles/" + id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aBodyAsTheRichEditorWritesItSurvivesASave() {
        BrowserSession editor = signedIn("editor");
        Page created = newArticle(editor, Map.of("title", "Editor test: rich body", "body", TIPTAP_BODY));
        assertThat(created.status()).isEqualTo(200);

        Document body = Jsoup.parseBodyFragment(article(idOf(created)).getString("body"));
        assertThat(body.select("h2").text()).isEqualTo("Harbour notes");
        assertThat(body.select("p > strong").text()).isEqualTo("back");
        assertThat(body.select("p > em").text()).isEqualTo("really");
        assertThat(body.select("a").attr("href")).isEqualTo("https://ferries.example/night");
        assertThat(body.select("a").attr("rel")).contains("noopener").contains("noreferrer");
        assertThat(body.select("h3").text()).isEqualTo("Times");
        assertThat(body.select("ul > li > p").eachText()).containsExactly("first at 22:10", "last at 01:40");
        assertThat(body.select("ol > li > p").eachText()).containsExactly("buy a ticket");
        assertThat(body.select("blockquote > p").text()).isEqualTo("Worth the wait.");
        assertThat(body.select("p > br")).hasSize(1);

        // The editor page loads TipTap from the app itself: an import map to /_static paths that answer,
        // version-less where we name them (the version lives in pom.xml alone).
        Document page = created.document();
        assertThat(page.select("textarea#body[data-rich-editor]")).hasSize(1);
        assertThat(page.select("script[src^=http], link[href^=http]")).as("nothing from another host").isEmpty();
        assertThat(page.select("script[src=/_static/htmx.org/dist/htmx.min.js]")).hasSize(1);
        // the import map is written into the page itself (its hash is in the desk's CSP)
        String generated = page.selectFirst("script[type=importmap]").html();
        JsonNode imports = readJson(generated).get("imports");
        for (String module : List.of("@tiptap/core", "@tiptap/starter-kit", "@tiptap/pm/state", "@tiptap/pm/view",
                "@tiptap/extension-link", "@tiptap/core/jsx-runtime", "linkifyjs")) {
            String path = imports.get(module).asText();
            assertThat(path).as(module).startsWith("/_static/");
            given().get(path).then().statusCode(200);
        }
        given().get(page.selectFirst("script[type=module]").attr("src")).then().statusCode(200);
        given().get("/_static/htmx.org/dist/htmx.min.js").then().statusCode(200);
    }

    @Test
    void aLongArticleSavesWhole() {
        // a long read: 400 paragraphs, half of them Persian (two bytes a letter), well over any form-field default
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            text.append(i % 2 == 0 ? "<p>Paragraph " + i + " of the harbour inquiry, with the minutes of every meeting.</p>"
                    : "<p>بند " + i + " از گزارش بندر، با صورت‌جلسهٔ همهٔ نشست‌ها و نام همهٔ شرکت‌کنندگان.</p>");
        }
        BrowserSession editor = signedIn("editor");
        Page created = newArticle(editor, Map.of("title", "Editor test: a long read", "body", text.toString()));

        assertThat(created.status()).isEqualTo(200);
        Document body = Jsoup.parseBodyFragment(article(idOf(created)).getString("body"));
        assertThat(body.select("p")).hasSize(400);
        assertThat(body.select("p").last().text()).startsWith("بند 399");
    }

    @Test
    void alsoReadTakesOurItemsAndExternalLinksInOrderAndKeepsThemOnARefusedSave() {
        long harbour = Api.createArticle("editor", Api.article("Editor test: harbour lanterns relit"));
        long market = Api.createArticle("editor", Api.article("Editor test: harbour market reopens"));
        Map<String, Object> persian = new HashMap<>(Api.article("Editor test: harbour lanterns in Persian"));
        persian.put("language", "fa");
        long other = Api.createArticle("editor", persian);
        BrowserSession editor = signedIn("editor");
        Page page = newArticle(editor, Map.of("title", "Editor test: also read"));
        long id = idOf(page);

        // The search htmx calls: items of the same edition only, never the item itself.
        Document found = editor.get(admin + "/search/items?q=harbour+lanterns&language=en&exclude=" + id).document();
        assertThat(found.select("button[name=op]").eachAttr("value")).contains("related-add-item:" + harbour)
                .doesNotContain("related-add-item:" + other, "related-add-item:" + market);

        // The same search without JavaScript: the Find button shows the editor again with the results.
        page = FormFields.of(editor, page, "form.editor").set("relatedQuery", "harbour market").press("op", "related-find");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.document().select("#related-found .found-title").eachText()).contains("Editor test: harbour market reopens");
        page = FormFields.of(editor, page, "form.editor").press("op", "related-add-item:" + market);
        page = FormFields.of(editor, page, "form.editor").set("relatedQuery", String.valueOf(harbour)).press("op", "related-find");
        page = FormFields.of(editor, page, "form.editor").press("op", "related-add-item:" + harbour);
        page = FormFields.of(editor, page, "form.editor").set("newLinkUrl", "https://ngo.example/report")
                .set("newLinkTitle", "The 2016 report").set("newLinkTeaser", "Example NGO, May 2: the first findings")
                .press("op", "related-add-link");
        assertThat(page.document().select(".related-row .related-title").eachText())
                .containsExactly("Editor test: harbour market reopens draft", "Editor test: harbour lanterns relit draft");
        assertThat(page.document().select("#related-2-url").attr("value")).isEqualTo("https://ngo.example/report");

        // Move the lanterns up, then save.
        page = FormFields.of(editor, page, "form.editor").press("op", "related-up:1");
        Page saved = FormFields.of(editor, page, "form.editor").submit();
        assertThat(saved.document().select(".message").text()).isEqualTo("Saved.");
        JsonPath json = article(id);
        assertThat(json.getList("related.itemId", Long.class)).containsExactly(harbour, market, null);
        assertThat(json.getString("related[2].url")).isEqualTo("https://ngo.example/report");
        assertThat(json.getString("related[2].teaser")).isEqualTo("Example NGO, May 2: the first findings");

        // A refused save (no title, a bad URL) keeps every entry, in order, and names the bad URL.
        Page refused = FormFields.of(editor, saved, "form.editor").set("title", "")
                .set("newLinkUrl", "ferries dot example").set("newLinkTitle", "Timetable").press("op", "related-add-link");
        refused = FormFields.of(editor, refused, "form.editor").press("op", "related-down:0");
        refused = FormFields.of(editor, refused, "form.editor").submit();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select("#title-error").text()).isNotBlank();
        assertThat(refused.document().select(".related-row .related-title").eachText())
                .containsExactly("Editor test: harbour market reopens draft", "Editor test: harbour lanterns relit draft");
        assertThat(refused.document().select("#related-3-url").attr("value")).isEqualTo("ferries dot example");
        assertThat(refused.document().select("#related-3-url-error").text()).startsWith("URL").contains("http");
        assertThat(article(id).getList("related.itemId", Long.class)).as("nothing saved").containsExactly(harbour, market, null);

        // Removing an entry and saving.
        Page removed = FormFields.of(editor, refused, "form.editor").set("title", "Editor test: also read")
                .press("op", "related-remove:3");
        saved = FormFields.of(editor, FormFields.of(editor, removed, "form.editor").press("op", "related-remove:2"), "form.editor")
                .submit();
        assertThat(saved.document().select(".message").text()).isEqualTo("Saved.");
        assertThat(article(id).getList("related.itemId", Long.class)).containsExactly(market, harbour);
    }

    @Test
    void aTranslationIsStartedFromTheEditorAndLinkedBothWays() {
        BrowserSession editor = signedIn("editor");
        Page source = newArticle(editor, Map.of("title", "Editor test: the lighthouse keeper", "bylineAuthor", "Mira Santos"));
        long sourceId = idOf(source);
        assertThat(source.document().select(".translations .empty").text()).isEqualTo("No translations yet.");
        assertThat(source.document().select("form.create-translation button").eachText())
                .containsExactly("Create ar translation", "Create fa translation", "Create sq translation");

        Page draft = FormFields.of(editor, source, "form.create-translation:has(input[value=fa])").submit();
        assertThat(draft.status()).isEqualTo(200);
        long draftId = idOf(draft);
        assertThat(draftId).isNotEqualTo(sourceId);
        assertThat(draft.document().select(".message").text()).startsWith("Translation started");
        assertThat(draft.document().select("#title").attr("value")).isEqualTo("Editor test: the lighthouse keeper");
        assertThat(draft.document().select("#title").attr("dir")).isEqualTo("rtl");
        assertThat(draft.document().select("input[type=hidden][name=language]").attr("value")).isEqualTo("fa");
        assertThat(draft.document().select(".translation-list li a").eachAttr("href")).containsExactly("/admin/articles/" + sourceId);

        Page back = editor.get(admin + "/articles/" + sourceId);
        assertThat(back.document().select(".translation-list li[data-language=fa] a").attr("href"))
                .isEqualTo("/admin/articles/" + draftId);
        assertThat(back.document().select(".translation-list li[data-language=fa] .status").text()).isEqualTo("draft");
        assertThat(back.document().select("form.create-translation button").eachText())
                .containsExactly("Create ar translation", "Create sq translation");
        assertThat(article(draftId).getString("byline.author")).isEqualTo("Mira Santos");
        assertThat(article(sourceId).getList("translations.id", Long.class)).containsExactly(draftId);

        // A second Persian translation is refused; a forged form does nothing.
        Page twice = editor.post(admin + "/articles/" + sourceId + "/translations",
                Map.of("language", "fa", "_csrf", csrf(back)));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.document().select(".message").text()).contains("already has a translation in fa");
        assertThat(editor.post(admin + "/articles/" + sourceId + "/translations", Map.of("language", "sq")).status())
                .isEqualTo(403);
        assertThat(article(sourceId).getList("translations.id", Long.class)).containsExactly(draftId);

        Keycloak.ensureUserWithoutRoles("reader-editor-test");
        BrowserSession reader = new BrowserSession();
        assertThat(reader.signIn(admin + "/articles/" + sourceId, "reader-editor-test").status()).isEqualTo(403);
        assertThat(reader.get(admin + "/search/items?q=lighthouse&language=en").status()).isEqualTo(403);
    }

    private static String csrf(Page page) {
        return page.document().selectFirst("input[name=_csrf]").attr("value");
    }

    private static JsonNode readJson(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
