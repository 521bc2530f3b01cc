package org.masthead.web.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.testing.Api.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.masthead.testing.Api;
import org.masthead.testing.BrowserSession;
import org.masthead.testing.BrowserSession.Page;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Tags, digest series and the category tree on the desk. */
@QuarkusTest
class TaxonomyAdminTest {

    @TestHTTPResource("/admin")
    String admin;

    private BrowserSession signedIn(String user) {
        return BrowserSession.signedIn(admin, user);
    }

    private static Element row(Page page, String cssClass, String text) {
        return page.document().select("tr").stream().filter(tr -> {
            Element cell = tr.selectFirst("." + cssClass);
            return cell != null && cell.text().equals(text);
        }).findFirst().orElseThrow(() -> new AssertionError("No row " + text));
    }

    private static List<String> tagsOf(long article) {
        return as("editor").get("/api/v1/articles/" + article).then().statusCode(200).extract().jsonPath().getList("tags");
    }

    private static long articleTagged(String title, List<String> tags) {
        return Api.createArticle("editor", articleBody(title, tags));
    }

    private static Map<String, Object> articleBody(String title, List<String> tags) {
        Map<String, Object> body = new HashMap<>(Api.article(title));
        body.put("tags", tags);
        return body;
    }

    /** Readers' tag page: a live item of a merged tag is listed under the tag it was merged into. */
    @Test
    void aMergedTagsLiveItemsShowOnTheTagItWasMergedInto() {
        Api.publishedArticle("editor", "reviewer", articleBody("Breakwater repairs begin (tag merge)", List.of("Breakwater merge tag")));
        Api.publishedArticle("editor", "reviewer", articleBody("Sea wall survey (tag merge)", List.of("Sea wall merge tag")));
        BrowserSession browser = signedIn("admin");
        Page tags = browser.get(admin + "/site/tags?language=en");
        String from = row(tags, "tag-name", "Breakwater merge tag").id().substring("tag-".length());
        String into = row(tags, "tag-name", "Sea wall merge tag").id().substring("tag-".length());
        String intoSlug = row(tags, "tag-name", "Sea wall merge tag").select("code").text();
        assertThat(browser.submit(tags, "#merge-form", Map.of("from", from, "into", into)).document().select(".message").text())
                .isEqualTo("Tags merged.");

        List<String> listed = Jsoup.parse(as(null).get("/tags/" + intoSlug).then().statusCode(200).extract().asString())
                .select(".teaser-title").eachText();
        assertThat(listed).containsExactlyInAnyOrder("Breakwater repairs begin (tag merge)", "Sea wall survey (tag merge)");
    }

    @Test
    void adminRenamesMergesAndDeletesTags() {
        long first = articleTagged("Tagged one (tags admin)", List.of("Ferry tag", "Pier tag"));
        long second = articleTagged("Tagged two (tags admin)", List.of("Ferry tag", "Quay tag"));
        BrowserSession browser = signedIn("admin");
        Page tags = browser.get(admin + "/site/tags?language=en");
        assertThat(row(tags, "tag-name", "Ferry tag").select(".tag-items").text()).isEqualTo("2");
        assertThat(row(tags, "tag-name", "Pier tag").select(".tag-items").text()).isEqualTo("1");

        Page rename = browser.get(row(tags, "tag-name", "Pier tag").selectFirst("a").absUrl("href"));
        Page taken = browser.submit(rename, "#rename-form", Map.of("name", "Quay tag"));
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.document().select("#name-error").text()).contains("merge");
        assertThat(taken.document().select("#name").attr("value")).isEqualTo("Quay tag");
        Page renamed = browser.submit(rename, "#rename-form", Map.of("name", "Harbour wall tag"));
        assertThat(renamed.document().select(".message").text()).isEqualTo("Tag renamed.");
        assertThat(row(renamed, "tag-name", "Harbour wall tag").select("code").text()).isEqualTo("harbour-wall-tag");
        assertThat(tagsOf(first)).contains("Harbour wall tag").doesNotContain("Pier tag");

        // Merge "Quay tag" into "Ferry tag": the second article keeps one Ferry tag, Quay is gone.
        String quay = row(renamed, "tag-name", "Quay tag").id().substring("tag-".length());
        String ferry = row(renamed, "tag-name", "Ferry tag").id().substring("tag-".length());
        Page same = browser.submit(renamed, "#merge-form", Map.of("from", ferry, "into", ferry));
        assertThat(same.status()).isEqualTo(400);
        assertThat(same.document().select("#into-error").text()).isNotBlank();
        Page merged = browser.submit(renamed, "#merge-form", Map.of("from", quay, "into", ferry));
        assertThat(merged.document().select(".message").text()).isEqualTo("Tags merged.");
        assertThat(merged.document().select(".tag-name").eachText()).doesNotContain("Quay tag");
        assertThat(row(merged, "tag-name", "Ferry tag").select(".tag-items").text()).isEqualTo("2");
        assertThat(tagsOf(second)).containsExactly("Ferry tag");

        Page deleted = browser.submit(merged, "#tag-" + ferry + " form.delete", Map.of());
        assertThat(deleted.document().select(".message").text()).isEqualTo("Tag deleted.");
        assertThat(deleted.document().select(".tag-name").eachText()).doesNotContain("Ferry tag");
        assertThat(tagsOf(first)).containsExactly("Harbour wall tag");
        assertThat(tagsOf(second)).isEmpty();
    }

    @Test
    void adminCreatesRenamesAndDeletesSeriesButNotOneWithIssues() {
        BrowserSession browser = signedIn("admin");
        Page page = browser.get(admin + "/site/series");
        Page created = browser.submit(page, "#series-form", Map.of("title", "Harbour Monthly (series admin)", "language", "sq"));
        assertThat(created.document().select(".message").text()).isEqualTo("Series created.");
        Element row = row(created, "series-title", "Harbour Monthly (series admin)");
        assertThat(row.select("code").text()).isEqualTo("harbour-monthly-series-admin");
        assertThat(row.select(".series-issues").text()).isEqualTo("0");

        Page duplicate = browser.submit(created, "#series-form", Map.of("title", "Another", "language", "sq",
                "slug", "harbour-monthly-series-admin"));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.document().select("#slug-error").text()).contains("already used");
        assertThat(duplicate.document().select("#title").attr("value")).isEqualTo("Another");

        Page edit = browser.get(row.selectFirst("a").absUrl("href"));
        Page renamed = browser.submit(edit, "#series-form", Map.of("title", "Harbour Monthly Review (series admin)"));
        assertThat(renamed.document().select(".message").text()).isEqualTo("Series saved.");
        Element renamedRow = row(renamed, "series-title", "Harbour Monthly Review (series admin)");
        assertThat(renamedRow.select("code").text()).isEqualTo("harbour-monthly-series-admin");

        Page deleted = browser.submit(renamed, "#" + renamedRow.id() + " form.delete", Map.of());
        assertThat(deleted.document().select(".message").text()).isEqualTo("Series deleted.");
        assertThat(deleted.document().select(".series-title").eachText()).doesNotContain("Harbour Monthly Review (series admin)");

        int series = as("admin").body(Map.of("title", "Weekly with an issue (series admin)", "language", "en"))
                .post("/api/v1/series").then().statusCode(201).extract().path("id");
        Map<String, Object> digest = new HashMap<>();
        digest.put("title", "Series admin digest 1");
        digest.put("language", "en");
        digest.put("digest", Map.of("seriesId", series, "number", 1, "issueDate", "2017-06-11",
                "sections", List.of(Map.of("items", List.of(Map.of("text", "One line"))))));
        as("editor").body(digest).post("/api/v1/digests").then().statusCode(201);
        Page withIssue = browser.get(admin + "/site/series");
        assertThat(withIssue.document().select("#series-" + series + " form.delete")).isEmpty();
        String csrf = withIssue.document().select("input[name=_csrf]").attr("value");
        Page refused = browser.post(admin + "/site/series/" + series + "/delete", Map.of("_csrf", csrf));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.document().select(".message").text()).contains("has 1 issue");
        as("admin").delete("/api/v1/series/" + series).then().statusCode(409);
    }

    @Test
    void adminRenamesReordersAndMovesCategories() {
        long parent = as("admin").body(Map.of("name", "Port (cat admin)", "language", "en")).post("/api/v1/categories")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long other = as("admin").body(Map.of("name", "Town (cat admin)", "language", "en")).post("/api/v1/categories")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long first = as("admin").body(Map.of("name", "Ferries (cat admin)", "language", "en", "parentId", parent))
                .post("/api/v1/categories").then().statusCode(201).extract().jsonPath().getLong("id");
        as("admin").body(Map.of("name", "Fishing (cat admin)", "language", "en", "parentId", parent))
                .post("/api/v1/categories").then().statusCode(201);

        BrowserSession browser = signedIn("admin");
        Page page = browser.get(admin + "/site/categories");
        assertThat(page.document().select("#category-" + parent + " > ul > li > .category-name").eachText())
                .containsExactly("Ferries (cat admin)", "Fishing (cat admin)");

        Page moved = browser.submit(page, "#category-" + first + " > .entry-actions > form.move-down", Map.of());
        assertThat(moved.document().select(".message").text()).isEqualTo("Category moved.");
        assertThat(moved.document().select("#category-" + parent + " > ul > li > .category-name").eachText())
                .containsExactly("Fishing (cat admin)", "Ferries (cat admin)");

        // Rename: a slug another category of the edition has is refused next to the field, input kept.
        Page edit = browser.get(admin + "/site/categories?edit=" + first);
        assertThat(edit.document().select("#category-form #slug").attr("value")).isEqualTo("ferries-cat-admin");
        Page duplicate = browser.submit(edit, "#category-form", Map.of("name", "Boats (cat admin)", "slug", "fishing-cat-admin"));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.document().select("#slug-error").text()).contains("already used");
        assertThat(duplicate.document().select("#name").attr("value")).isEqualTo("Boats (cat admin)");
        Page renamed = browser.submit(edit, "#category-form", Map.of("name", "Boats (cat admin)", "slug", "boats-cat-admin"));
        assertThat(renamed.document().select(".message").text()).isEqualTo("Category saved.");
        as(null).get("/api/v1/categories/" + first).then().statusCode(200)
                .body("name", org.hamcrest.Matchers.equalTo("Boats (cat admin)"))
                .body("slug", org.hamcrest.Matchers.equalTo("boats-cat-admin"));

        // Move under another parent; putting a category inside its own subcategory is refused.
        Page moveUnder = browser.submit(browser.get(admin + "/site/categories?edit=" + first), "#category-form",
                Map.of("parentId", Long.toString(other)));
        assertThat(moveUnder.document().select("#category-" + other + " > ul > li > .category-name").eachText())
                .containsExactly("Boats (cat admin)");
        assertThat(moveUnder.document().select("#category-" + parent + " > ul > li > .category-name").eachText())
                .containsExactly("Fishing (cat admin)");
        Page cycle = browser.submit(browser.get(admin + "/site/categories?edit=" + other), "#category-form",
                Map.of("parentId", Long.toString(first)));
        assertThat(cycle.status()).isEqualTo(400);
        assertThat(cycle.document().select("#parentId-error").text()).contains("inside itself");
    }
}
