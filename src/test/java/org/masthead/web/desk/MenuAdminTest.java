package org.masthead.web.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.testing.Api.as;
import static org.masthead.testing.Api.clearMenu;
import static org.masthead.testing.Api.readersMenu;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.masthead.testing.Api;
import org.masthead.testing.BrowserSession;
import org.masthead.testing.BrowserSession.Page;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The menu editor on the desk, without JavaScript: every action a form, every answer a page. */
@QuarkusTest
class MenuAdminTest {

    @TestHTTPResource("/admin")
    String admin;

    private BrowserSession signedIn(String user) {
        return BrowserSession.signedIn(admin, user);
    }

    /** Labels of the entries at the top of the tree, or under the entry labelled {@code parent}. */
    private static List<String> labels(Page page, String parent) {
        Element list = parent == null ? page.document().selectFirst("ul.menu-tree")
                : entry(page, parent).selectFirst("ul.menu-tree");
        return list == null ? List.of() : list.select("> li > .entry-label").eachText();
    }

    private static Element entry(Page page, String label) {
        return page.document().select("li.menu-entry").stream()
                .filter(li -> li.selectFirst(".entry-label").text().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("No entry " + label));
    }

    private static String entryId(Page page, String label) {
        return entry(page, label).id().substring("entry-".length());
    }

    /** Presses one of an entry's buttons (up, down, indent, outdent, delete): posts its form, CSRF token and all. */
    private static Page press(BrowserSession browser, Page page, String label, String action) {
        return browser.submit(page, "#entry-" + entryId(page, label) + " > .entry-actions > form." + action, Map.of());
    }

    @Test
    void adminBuildsAnEditionsMenuWithForms() {
        clearMenu("sq");
        long page = as("editor").body(Map.of("title", "Rreth nesh (menu)", "language", "sq", "slug", "rreth-nesh-menu",
                "body", "<p>Rreth nesh</p>")).post("/api/v1/pages").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.review("editor", "/api/v1/pages/" + page, "submit").statusCode(200);
        Api.review("reviewer", "/api/v1/pages/" + page, "approve").statusCode(200);

        BrowserSession browser = signedIn("admin");
        Page menu = browser.get(admin + "/site/menu?language=sq");
        assertThat(menu.status()).isEqualTo(200);
        assertThat(menu.document().select(".edition-tabs a[aria-current=page]").text()).isEqualTo("Albanian");
        assertThat(menu.document().select(".empty").text()).contains("no menu entries");

        menu = browser.submit(menu, "#entry-form", Map.of("label", "Kryefaqja", "target", "URL", "url", "/sq/"));
        assertThat(menu.document().select(".message").text()).isEqualTo("Menu entry added.");
        menu = browser.submit(menu, "#entry-form", Map.of("label", "Artikuj", "target", "URL", "url", "/sq/articles"));
        menu = browser.submit(menu, "#entry-form", Map.of("label", "Rreth nesh", "target", "PAGE", "pageId", Long.toString(page)));
        menu = browser.submit(menu, "#entry-form", Map.of("label", "Lajme", "target", "URL", "url", "/sq/articles?type=news",
                "parentId", entryId(menu, "Artikuj")));
        assertThat(labels(menu, null)).containsExactly("Kryefaqja", "Artikuj", "Rreth nesh");
        assertThat(labels(menu, "Artikuj")).containsExactly("Lajme");
        assertThat(entry(menu, "Rreth nesh").select(".entry-href").text()).isEqualTo("/sq/pages/rreth-nesh-menu");

        // A bad address is refused next to its field, with everything typed kept.
        Page invalid = browser.submit(menu, "#entry-form", Map.of("label", "Kujdes", "target", "URL", "url", "javascript:alert(1)"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.document().select("#url-error").text()).contains("http");
        assertThat(invalid.document().select("#url").attr("value")).isEqualTo("javascript:alert(1)");
        assertThat(invalid.document().select("#label").attr("value")).isEqualTo("Kujdes");
        assertThat(invalid.document().select("#target option[selected]").attr("value")).isEqualTo("URL");

        // Reorder, indent and outdent.
        menu = press(browser, menu, "Kryefaqja", "move-down");
        assertThat(menu.document().select(".message").text()).isEqualTo("Menu entry moved.");
        assertThat(labels(menu, null)).containsExactly("Artikuj", "Kryefaqja", "Rreth nesh");
        menu = press(browser, menu, "Rreth nesh", "indent");
        assertThat(labels(menu, null)).containsExactly("Artikuj", "Kryefaqja");
        assertThat(labels(menu, "Kryefaqja")).containsExactly("Rreth nesh");
        menu = press(browser, menu, "Rreth nesh", "outdent");
        assertThat(labels(menu, null)).containsExactly("Artikuj", "Kryefaqja", "Rreth nesh");
        menu = press(browser, menu, "Kryefaqja", "move-up");
        assertThat(labels(menu, null)).containsExactly("Kryefaqja", "Artikuj", "Rreth nesh");
        assertThat(entry(menu, "Kryefaqja").select("> .entry-actions > form.move-up")).isEmpty();

        JsonPath readers = readersMenu("sq");
        assertThat(readers.getList("label")).containsExactly("Kryefaqja", "Artikuj", "Rreth nesh");
        assertThat(readers.getList("href")).containsExactly("/sq/", "/sq/articles", "/sq/pages/rreth-nesh-menu");
        assertThat(readers.getList("[1].children.href")).containsExactly("/sq/articles?type=news");

        // Edit: a new label and a move under another entry through the parent select; a cycle is refused.
        Page edit = browser.get(entry(menu, "Artikuj").selectFirst("a.edit-link").absUrl("href"));
        assertThat(edit.document().select("#entry-form h2").text()).contains("Artikuj");
        assertThat(edit.document().select("#parentId option").eachText()).doesNotContain("— Lajme");
        Page cycle = browser.submit(edit, "#entry-form", Map.of("parentId", entryId(menu, "Lajme")));
        assertThat(cycle.status()).isEqualTo(400);
        assertThat(cycle.document().select("#parentId-error").text()).contains("inside itself");
        Page saved = browser.submit(edit, "#entry-form", Map.of("label", "Artikujt", "parentId", entryId(menu, "Kryefaqja")));
        assertThat(saved.document().select(".message").text()).isEqualTo("Menu entry saved.");
        assertThat(labels(saved, "Kryefaqja")).containsExactly("Artikujt");
        assertThat(labels(saved, "Artikujt")).containsExactly("Lajme");

        // The same edit form again, now stale: refused, the typed label kept.
        Page stale = browser.submit(edit, "#entry-form", Map.of("label", "An old tab's label"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.document().select(".message").text()).contains("changed by admin");
        assertThat(stale.document().select("#label").attr("value")).isEqualTo("An old tab's label");

        // Deleting an entry takes its sub-entries along.
        Page deleted = press(browser, saved, "Kryefaqja", "delete");
        assertThat(deleted.document().select(".message").text()).isEqualTo("Menu entry deleted.");
        assertThat(labels(deleted, null)).containsExactly("Rreth nesh");
        assertThat(deleted.document().select(".entry-label").eachText()).doesNotContain("Artikujt", "Lajme");
        assertThat(readersMenu("sq").getList("label")).containsExactly("Rreth nesh");
    }

    @Test
    void itemSearchFillsTheFormAndEntriesOfItemsNotLiveAreMarked() {
        clearMenu("sq");
        long draft = as("editor").body(Map.of("title", "Harbour menu search draft", "language", "sq", "slug", "harbour-menu-search",
                "body", "<p>x</p>")).post("/api/v1/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        BrowserSession browser = signedIn("admin");
        Page search = browser.submit(browser.get(admin + "/site/menu?language=sq"), "form.item-search",
                Map.of("q", "menu search draft"));
        Element result = search.document().selectFirst(".search-results a");
        assertThat(result.text()).isEqualTo("Harbour menu search draft");
        Page filled = browser.get(result.absUrl("href"));
        assertThat(filled.document().select("#item").attr("value")).isEqualTo(Long.toString(draft));
        assertThat(filled.document().select("#target option[selected]").attr("value")).isEqualTo("ITEM");
        assertThat(filled.document().select("#label").attr("value")).isEqualTo("Harbour menu search draft");

        Page added = browser.submit(filled, "#entry-form", Map.of());
        assertThat(added.document().select(".message").text()).isEqualTo("Menu entry added.");
        assertThat(entry(added, "Harbour menu search draft").select(".entry-hidden").text()).contains("not live");
        assertThat(readersMenu("sq").getList("label")).isEmpty();

        Page bySlug = browser.submit(added, "#entry-form", Map.of("label", "By slug", "target", "ITEM",
                "item", "articles/harbour-menu-search"));
        assertThat(labels(bySlug, null)).containsExactly("Harbour menu search draft", "By slug");
        Page unknown = browser.submit(bySlug, "#entry-form", Map.of("label", "Nothing", "target", "ITEM", "item", "no-such-slug"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.document().select("#item-error").text()).contains("no item");
        assertThat(unknown.document().select("#item").attr("value")).isEqualTo("no-such-slug");
    }

    @Test
    void reviewersAndEditorsAreToldTheMenuNeedsTheAdminRole() {
        for (String user : List.of("reviewer", "editor")) {
            BrowserSession browser = signedIn(user);
            for (String page : List.of("/site/menu?language=en", "/site/tags", "/site/series")) {
                Page refused = browser.get(admin + page);
                assertThat(refused.status()).as(user + " " + page).isEqualTo(403);
                assertThat(refused.document().select(".needed-role strong").eachText()).containsExactly("admin");
            }
            assertThat(browser.get(admin).document().select("nav a").eachText()).doesNotContain("Menu", "Tags", "Series");
        }
        assertThat(signedIn("admin").get(admin).document().select("nav a").eachText()).contains("Menu", "Tags", "Series");
    }

    @Test
    void aMenuFormWithoutTheCsrfTokenChangesNothing() {
        BrowserSession browser = signedIn("admin");
        browser.get(admin + "/site/menu?language=en");
        Page refused = browser.post(admin + "/site/menu", Map.of("language", "en", "label", "Forged entry", "target", "URL",
                "url", "https://evil.example/"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.document().text()).contains("did not come from Masthead");
        List<String> labels = as("admin").get("/api/v1/menus/en/entries").then().extract().jsonPath().getList("label");
        assertThat(labels).doesNotContain("Forged entry");
    }
}
