package org.masthead.web.desk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

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
}
