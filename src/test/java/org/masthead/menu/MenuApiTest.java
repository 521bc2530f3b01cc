package org.masthead.menu;

import org.masthead.testing.Api;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.masthead.testing.Api.as;
import static org.masthead.testing.Api.clearMenu;
import static org.masthead.testing.Api.readersMenu;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The menu readers get (GET /api/v1/menus/{language}) and the admin API that shapes it. */
@QuarkusTest
class MenuApiTest {

    static long entry(String language, Map<String, Object> body) {
        return as("admin").body(body).post("/api/v1/menus/" + language + "/entries").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static Map<String, Object> url(String label, String url, Long parentId) {
        Map<String, Object> body = new HashMap<>(Map.of("label", label, "target", "URL", "url", url));
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return body;
    }

    static Map<String, Object> item(String label, String target, long itemId) {
        return Map.of("label", label, "target", target, "itemId", itemId);
    }

    /** Creates an item of {@code collection} in {@code language}; published unless {@code live} is false. */
    static long item(String collection, String language, String title, String slug, boolean live) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("language", language);
        body.put("slug", slug);
        body.put("body", "<p>" + title + "</p>");
        long id = as("editor").body(body).post("/api/v1/" + collection).then().statusCode(201).extract().jsonPath().getLong("id");
        if (live) {
            Api.review("editor", "/api/v1/" + collection + "/" + id, "submit").statusCode(200);
            Api.review("reviewer", "/api/v1/" + collection + "/" + id, "approve").statusCode(200);
        }
        return id;
    }

    private static String encoded(String slug) {
        return java.net.URLEncoder.encode(slug, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void readersGetTheNestedMenuWithReaderAddressesAndOnlyWhatIsLive() {
        clearMenu("fa");
        long category = as("admin").body(Map.of("name", "گزارش منو", "language", "fa", "slug", "گزارش-منو"))
                .post("/api/v1/categories").then().statusCode(201).extract().jsonPath().getLong("id");
        long page = item("pages", "fa", "درباره ما (منو)", "درباره-ما-منو", true);
        long draftPage = item("pages", "fa", "پیش‌نویس (منو)", "پیش-نویس-منو", false);
        long article = item("articles", "fa", "Menu article", "menu-article-fa", true);
        int series = as("admin").body(Map.of("title", "Menu digest", "language", "fa", "slug", "menu-digest"))
                .post("/api/v1/series").then().statusCode(201).extract().path("id");
        Map<String, Object> digest = new HashMap<>();
        digest.put("title", "Menu digest 7");
        digest.put("language", "fa");
        digest.put("digest", Map.of("seriesId", series, "number", 7, "issueDate", "2017-06-11",
                "sections", List.of(Map.of("items", List.of(Map.of("text", "One line"))))));
        long digestId = as("editor").body(digest).post("/api/v1/digests").then().statusCode(201).extract().jsonPath().getLong("id");
        Api.review("editor", "/api/v1/digests/" + digestId, "submit").statusCode(200);
        Api.review("reviewer", "/api/v1/digests/" + digestId, "approve").statusCode(200);

        long home = entry("fa", url("خانه", "/fa/", null));
        long section = entry("fa", Map.of("label", "گزارش", "target", "CATEGORY", "categoryId", category));
        entry("fa", Map.of("label", "Article", "target", "ITEM", "itemId", article, "parentId", section));
        entry("fa", Map.of("label", "Digest", "target", "ITEM", "item", "/fa/digests/menu-digest/7", "parentId", section));
        long hidden = entry("fa", item("Draft", "PAGE", draftPage));
        entry("fa", Map.of("label", "Under the draft", "target", "URL", "url", "/fa/x", "parentId", hidden));
        entry("fa", item("درباره ما", "PAGE", page));
        entry("fa", url("Partner", "https://partner.example/fa", null));
        entry("fa", Map.of("label", "Empty heading", "target", "NONE"));

        JsonPath tree = readersMenu("fa");
        assertThat(tree.getList("label")).containsExactly("خانه", "گزارش", "درباره ما", "Partner");
        assertThat(tree.getList("href")).containsExactly("/fa/", "/fa/categories/" + encoded("گزارش-منو"),
                "/fa/pages/" + encoded("درباره-ما-منو"), "https://partner.example/fa");
        assertThat(tree.getList("external")).containsExactly(false, false, false, true);
        assertThat(tree.getList("[1].children.label")).containsExactly("Article", "Digest");
        assertThat(tree.getList("[1].children.href")).containsExactly("/fa/articles/menu-article-fa", "/fa/digests/menu-digest/7");

        // The admin tree keeps what readers do not see, saying why.
        JsonPath admin = as("admin").get("/api/v1/menus/fa/entries").then().statusCode(200).extract().jsonPath();
        assertThat(admin.getString("find { it.id == " + hidden + " }.hiddenBecause")).contains("not live");

        // Reorder: the page moves above the category.
        long pageEntry = admin.getLong("find { it.label == 'درباره ما' }.id");
        as("admin").post("/api/v1/menus/entries/" + pageEntry + "/up").then().statusCode(200);
        as("admin").post("/api/v1/menus/entries/" + pageEntry + "/up").then().statusCode(200);
        assertThat(readersMenu("fa").getList("label")).containsExactly("خانه", "درباره ما", "گزارش", "Partner");
        as("admin").post("/api/v1/menus/entries/" + home + "/up").then().statusCode(409);

        // The page goes offline: its entry leaves the menu.
        as("reviewer").post("/api/v1/pages/" + page + "/unpublish").then().statusCode(200);
        assertThat(readersMenu("fa").getList("label")).containsExactly("خانه", "گزارش", "Partner");

        // A category a menu uses is not deleted behind the admin's back.
        as("admin").delete("/api/v1/categories/" + category).then().statusCode(409)
                .body("detail", containsString("menu"));
    }

    @Test
    void badTargetsAndCyclesAreRefusedNamingTheField() {
        clearMenu("ar");
        for (String bad : List.of("javascript:alert(1)", "//evil.example/x", "articles", "/with space", "ftp://files.example/")) {
            as("admin").body(url("Bad", bad, null)).post("/api/v1/menus/ar/entries").then().statusCode(400)
                    .body("errors.field", equalTo(List.of("url")));
        }
        as("admin").body(Map.of("label", "No page", "target", "PAGE")).post("/api/v1/menus/ar/entries").then().statusCode(400)
                .body("errors.field", equalTo(List.of("itemId")));
        long english = item("pages", "en", "English page for the Arabic menu", "english-page-ar-menu", true);
        as("admin").body(item("Wrong edition", "PAGE", english)).post("/api/v1/menus/ar/entries").then().statusCode(400)
                .body("errors[0].message", containsString("en edition"));
        as("admin").body(Map.of("target", "URL", "url", "/ar/")).post("/api/v1/menus/ar/entries").then().statusCode(400)
                .body("errors.field", equalTo(List.of("label")));

        long top = entry("ar", url("الرئيسية", "/ar/", null));
        long child = entry("ar", url("Child", "/ar/child", top));
        long grandchild = entry("ar", url("Grandchild", "https://example.org/", child));
        Map<String, Object> cycle = new HashMap<>(url("الرئيسية", "/ar/", grandchild));
        cycle.put("version", as("admin").get("/api/v1/menus/entries/" + top).then().extract().jsonPath().getLong("version"));
        as("admin").body(cycle).put("/api/v1/menus/entries/" + top).then().statusCode(400)
                .body("errors.field", equalTo(List.of("parentId"))).body("errors[0].message", containsString("inside itself"));

        Map<String, Object> stale = new HashMap<>(url("Renamed", "/ar/", null));
        stale.put("version", 99);
        as("admin").body(stale).put("/api/v1/menus/entries/" + top).then().statusCode(409);

        as("admin").delete("/api/v1/menus/entries/" + top).then().statusCode(204);
        as("admin").get("/api/v1/menus/entries/" + grandchild).then().statusCode(404);
        assertThat(readersMenu("ar").getList("label")).isEmpty();
        as(null).get("/api/v1/menus/xx").then().statusCode(404);
    }

    @Test
    void onlyAdminsChangeTheMenu() {
        as("reviewer").body(url("Nope", "/", null)).post("/api/v1/menus/en/entries").then().statusCode(403)
                .body("detail", containsString("admin"));
        as("editor").get("/api/v1/menus/en/entries").then().statusCode(403);
        as(null).body(url("Nope", "/", null)).post("/api/v1/menus/en/entries").then().statusCode(401);
    }
}
