package org.masthead.web.desk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.masthead.testing.BrowserSession;
import org.masthead.testing.BrowserSession.Page;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** An admin sees the old addresses readers still ask for and makes redirects for them; only admins may. */
@QuarkusTest
class RedirectDeskTest {

    @TestHTTPResource("/admin")
    String admin;

    @Test
    void anAddressReadersAskForBecomesARedirect() {
        String old = "/2016/03/" + UUID.randomUUID() + "/";
        given().get(old).then().statusCode(404);
        given().get(old).then().statusCode(404);

        BrowserSession browser = BrowserSession.signedIn(admin, "admin");
        Page page = browser.get(admin + "/site/redirects");
        String normalized = old.substring(0, old.length() - 1);
        var row = page.document().select("table.misses tr:has(code:containsOwn(" + normalized + "))");
        assertThat(row.select("td").get(1).text()).isEqualTo("2");
        Page form = browser.get(row.select("a").first().absUrl("href"));
        assertThat(form.document().select("#path").attr("value")).isEqualTo(normalized);

        Page refused = browser.submit(form, "form.redirect-form", Map.of("target", "javascript:alert(1)"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select("#target-error").text()).contains("http(s)");
        assertThat(refused.document().select("#path").attr("value")).as("kept").isEqualTo(normalized);

        Page saved = browser.submit(form, "form.redirect-form", Map.of("target", "/categories/news"));
        assertThat(saved.document().select(".message").text()).isEqualTo("Redirect saved.");
        given().redirects().follow(false).get(old).then().statusCode(301).header("Location", "/categories/news");
        assertThat(saved.document().select("table.misses code").eachText()).doesNotContain(normalized);

        Page listed = browser.get(admin + "/site/redirects");
        var redirect = listed.document().select("table.redirects tr:has(code:containsOwn(" + normalized + "))");
        assertThat(redirect.select("td").get(3).text()).isEqualTo("1");
        browser.post(redirect.select("form").first().absUrl("action"), Map.of("_csrf",
                listed.document().select("input[name=_csrf]").attr("value")));
        given().redirects().follow(false).get(old).then().statusCode(404);

        BrowserSession editor = BrowserSession.signedIn(admin, "editor");
        assertThat(editor.get(admin + "/site/redirects").status()).isEqualTo(403);
    }

    private static String token(Page page) {
        return page.document().select("input[name=_csrf]").attr("value");
    }

    @Test
    void redirectsGoOutAndComeInAsCsvAndAreEditedOnTheDesk() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        BrowserSession browser = BrowserSession.signedIn(admin, "admin");
        Page page = browser.get(admin + "/site/redirects");

        // one bad row and nothing is imported, each bad line named
        String bad = "old_address,leads_to\n/" + run + "/fine/,/categories/news\njavascript:x,/categories/news\n/" + run
                + "/nowhere/,ftp://files.example/x\n";
        Page refused = browser.postMultipart(admin + "/site/redirects/import", Map.of("_csrf", token(page)), "file", "bad.csv",
                "text/csv", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select(".csv-errors li").eachText()).satisfiesExactly(
                first -> assertThat(first).startsWith("Line 3, old address"),
                second -> assertThat(second).startsWith("Line 4, where it leads"));
        given().redirects().follow(false).get("/" + run + "/fine/").then().statusCode(404);

        // a file in another encoding, and a target that would break out of an attribute
        Page utf16 = browser.postMultipart(admin + "/site/redirects/import", Map.of("_csrf", token(refused)), "file", "utf16.csv",
                "text/csv", ("/" + run + "/x,/categories/news\n").getBytes(StandardCharsets.UTF_16));
        assertThat(utf16.status()).isEqualTo(400);
        assertThat(utf16.document().select("#file-error").text()).contains("not UTF-8");
        Page quoted = browser.postMultipart(admin + "/site/redirects/import", Map.of("_csrf", token(refused)), "file", "q.csv",
                "text/csv", ("/" + run + "/q,\"https://x.example/\"\"><script>\"\n").getBytes(StandardCharsets.UTF_8));
        assertThat(quoted.document().select(".csv-errors li").eachText()).singleElement().asString().startsWith("Line 1, where it leads");

        // a spreadsheet's file: a byte order mark, quoted cells, a comma inside one, no header
        String good = "\uFEFF\"/" + run + "/fine/\",/categories/news\n\"/" + run + "/a,b/\",\"https://elsewhere.example/x?a=1,2\"\r\n";
        Page imported = browser.postMultipart(admin + "/site/redirects/import", Map.of("_csrf", token(refused)), "file", "good.csv",
                "text/csv", good.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.document().select(".message").text()).isEqualTo("CSV imported: 2 redirects added, 0 repointed.");
        given().redirects().follow(false).get("/" + run + "/fine/").then().statusCode(301).header("Location", "/categories/news");
        given().redirects().follow(false).get("/" + run + "/a,b").then().statusCode(301)
                .header("Location", "https://elsewhere.example/x?a=1,2");

        // found, edited, and refused when its new address is another redirect's
        Page found = browser.get(admin + "/site/redirects?q=" + run);
        assertThat(found.document().select("table.redirects code").eachText())
                .containsExactlyInAnyOrder("/" + run + "/fine", "/" + run + "/a,b");
        String edit = found.document().select("table.redirects tr:has(code:containsOwn(/" + run + "/fine)) a.edit-redirect")
                .attr("href");
        Page form = browser.get(admin.replace("/admin", "") + edit);
        assertThat(form.document().select("#target").attr("value")).isEqualTo("/categories/news");
        Page taken = browser.submit(form, "form.redirect-form", Map.of("path", "/" + run + "/a,b"));
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.document().select("#path-error").text()).contains("already answers");
        Page edited = browser.submit(form, "form.redirect-form", Map.of("path", "/" + run + "/renamed/", "target", "/tags/river"));
        assertThat(edited.document().select(".message").text()).isEqualTo("Redirect saved.");
        given().redirects().follow(false).get("/" + run + "/renamed").then().statusCode(301).header("Location", "/tags/river");
        given().redirects().follow(false).get("/" + run + "/fine/").then().statusCode(404);

        // the export holds them, quoted where needed, and reads back in unchanged
        HttpResponse<String> export = browser.download(admin + "/site/redirects/export.csv");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(export.headers().firstValue("Content-Disposition").orElse("")).contains("redirects.csv");
        assertThat(export.body()).as("with a byte order mark for spreadsheets").startsWith("\uFEFFold_address,leads_to,item_id,origin,hits\r\n")
                .contains("/" + run + "/renamed,/tags/river,,desk,2\r\n")
                .contains("\"/" + run + "/a,b\",\"https://elsewhere.example/x?a=1,2\",,csv,1\r\n");
        Page again = browser.postMultipart(admin + "/site/redirects/import", Map.of("_csrf", token(edited)), "file", "export.csv",
                "text/csv", export.body().getBytes(StandardCharsets.UTF_8));
        assertThat(again.document().select(".message").text()).startsWith("CSV imported: 0 redirects added,");

        BrowserSession editor = BrowserSession.signedIn(admin, "editor");
        assertThat(editor.download(admin + "/site/redirects/export.csv").statusCode()).isEqualTo(403);
    }

    @Test
    void anAddressAKnownRouteDoesNotFindIsLoggedAndCanBeRedirected() {
        String missing = "/articles/no-such-piece-" + UUID.randomUUID().toString().substring(0, 8);
        given().get(missing).then().statusCode(404);
        given().get("/fa" + missing).then().statusCode(404);

        BrowserSession browser = BrowserSession.signedIn(admin, "admin");
        Page page = browser.get(admin + "/site/redirects");
        assertThat(page.document().select("table.misses code").eachText()).contains(missing, "/fa" + missing);
        Page saved = browser.submit(browser.get(admin + "/site/redirects?path=" + missing), "form.redirect-form",
                Map.of("target", "/categories/news"));
        assertThat(saved.document().select(".message").text()).isEqualTo("Redirect saved.");
        given().redirects().follow(false).get(missing).then().statusCode(301).header("Location", "/categories/news");
    }
}
