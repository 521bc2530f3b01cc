package org.masthead.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.testing.Api.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.masthead.testing.Api;
import org.masthead.testing.Chromium;
import org.masthead.testing.ChromiumTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.quarkus.test.junit.QuarkusTest;

/** A reader's visit in headless Chromium: the front page, an article, its Persian translation, the menu by keyboard. */
@QuarkusTest
class PublicSiteBrowserTest extends ChromiumTest {

    @Test
    void readerGoesFromTheFrontPageToAnArticleAndItsPersianTranslation() {
        int category = as("admin").body(Map.of("name", "Harbour life", "language", "en")).post("/api/v1/categories").then()
                .statusCode(201).extract().path("id");
        int sports = as("admin").body(Map.of("name", "Harbour sports", "language", "en", "parentId", category))
                .post("/api/v1/categories").then().statusCode(201).extract().path("id");
        int entry = as("admin").body(Map.of("label", "Harbour life", "target", "CATEGORY", "categoryId", category))
                .post("/api/v1/menus/en/entries").then().statusCode(201).extract().path("id");
        as("admin").body(Map.of("label", "Harbour sports", "target", "CATEGORY", "categoryId", sports, "parentId", entry))
                .post("/api/v1/menus/en/entries").then().statusCode(201);
        Map<String, Object> body = new HashMap<>(Api.article("Regatta day brings the town to the quay"));
        body.put("categoryId", category);
        body.put("byline", Map.of("author", "Mira Santos", "outlet", "Coastal Ledger"));
        body.put("body", "<p>Boats from <strong>twelve</strong> villages raced along the breakwater.</p>"
                + "<p>Read the <a href=\"https://regatta.example/results\">full results</a>.</p>");
        body.put("source", Map.of("outlet", "Coastal Ledger", "url", "https://ledger.example/regatta", "date", "2017-06-11"));
        long id = Api.publishedArticle("editor", "reviewer", body);
        Map<String, Object> persian = new HashMap<>(Api.article("روز مسابقهٔ قایقرانی شهر را به اسکله آورد"));
        persian.put("language", "fa");
        persian.put("translationOf", id);
        persian.put("body", "<p>قایق‌هایی از <strong>دوازده</strong> روستا در کنار موج‌شکن مسابقه دادند.</p>");
        Api.publishedArticle("editor", "reviewer", persian);

        browser.get(base.resolve("/").toString());
        Chromium.screenshot(browser, "site-home");
        WebElement link = browser.findElement(By.linkText("Regatta day brings the town to the quay"));
        link.click();
        assertThat(browser.findElement(By.cssSelector("article h1")).getText()).isEqualTo("Regatta day brings the town to the quay");
        assertThat(browser.findElement(By.cssSelector("article .byline")).getText()).isEqualTo("By Mira Santos, Coastal Ledger");
        assertThat(browser.findElement(By.linkText("Link to the source")).getAttribute("href")).isEqualTo("https://ledger.example/regatta");
        Chromium.screenshot(browser, "site-article");

        browser.findElement(By.cssSelector(".translations a[hreflang=fa]")).click();
        assertThat(browser.getCurrentUrl()).contains("/fa/articles/");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.findElement(By.cssSelector("article h1")).getCssValue("direction")).isEqualTo("rtl");
        assertThat(browser.findElement(By.cssSelector("aside.sidebar h2")).getText()).isEqualTo("تازه‌ترین نوشته‌ها");
        Chromium.screenshot(browser, "site-article-persian");

        // The submenu opens for a keyboard user (focus inside it), with no script on the page.
        browser.get(base.resolve("/").toString());
        WebElement parent = browser.findElement(By.cssSelector(".menu-top a[href='/categories/harbour-life']"));
        WebElement child = browser.findElement(By.cssSelector(".menu a[href='/categories/harbour-sports']"));
        assertThat(child.isDisplayed()).isFalse();
        parent.sendKeys(Keys.SHIFT);
        assertThat(child.isDisplayed()).isTrue();
        parent.sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Harbour sports");
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
    }

    @Test
    void readerSearchesFromTheMastheadPagesOnAndSwitchesToBestMatch() {
        Map<String, Object> strong = new HashMap<>(Api.article("Estuary, estuary: the estuary plan"));
        strong.put("body", "<p>The estuary plan reshapes the estuary for a decade.</p>");
        Api.publishedArticle("editor", "reviewer", strong);
        for (int i = 1; i <= 10; i++) {
            Api.publishedArticle("editor", "reviewer", Api.article("Estuary note " + i));
        }

        browser.get(base.resolve("/").toString());
        WebElement box = browser.findElement(By.cssSelector(".search-box input[name=q]"));
        box.sendKeys("estuary");
        box.sendKeys(Keys.ENTER);
        Chromium.waitFor(browser, ExpectedConditions.urlContains("/search?q=estuary"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Results for “estuary”");
        assertThat(titles()).hasSize(10).first().isEqualTo("Estuary note 10");
        assertThat(browser.findElements(By.cssSelector(".hit mark"))).isNotEmpty();

        browser.findElement(By.cssSelector("nav.pager a.older")).click();
        assertThat(titles()).containsExactly("Estuary, estuary: the estuary plan");
        browser.findElement(By.cssSelector("nav.pager a.newer")).click();
        assertThat(titles()).hasSize(10).first().isEqualTo("Estuary note 10");

        browser.findElement(By.linkText("Best match")).click();
        assertThat(browser.findElement(By.cssSelector(".sort a[aria-current]")).getText()).isEqualTo("Best match");
        assertThat(titles()).first().isEqualTo("Estuary, estuary: the estuary plan");
        Chromium.screenshot(browser, "site-search");
    }

    private List<String> titles() {
        return browser.findElements(By.cssSelector(".hit .teaser-title a")).stream().map(WebElement::getText).toList();
    }

    @Test
    void readerCommentsAndTheCommentShowsOnceAReviewerApprovesIt() {
        long id = Api.publishedArticle("editor", "reviewer", Api.article("Night market returns to the quay"));
        String article = base.resolve("/articles/" + as("editor").get("/api/v1/articles/" + id).then().extract().path("slug")).toString();

        browser.get(article);
        assertThat(browser.findElement(By.id("comments-heading")).getText()).isEqualTo("0 comments");
        browser.findElement(By.id("comment-name")).sendKeys("Teuta Berisha");
        browser.findElement(By.id("comment-email")).sendKeys("teuta@example.org");
        browser.findElement(By.id("comment-body")).sendKeys("Lovely evening at the quay.", Keys.ENTER, "The lanterns were beautiful.");
        browser.findElement(By.cssSelector("#comment-form button[type=submit]")).click();
        Chromium.waitFor(browser, ExpectedConditions.urlContains("commented=1"));
        assertThat(browser.findElement(By.cssSelector("#comments .notice")).getText()).contains("awaits moderation");
        assertThat(browser.findElements(By.cssSelector("li.comment"))).isEmpty();
        Chromium.screenshot(browser, "site-comment-awaiting");

        Chromium.signIn(browser, base, "reviewer");
        browser.findElement(By.partialLinkText("Comments (")).click();
        WebElement row = browser.findElements(By.cssSelector("tr.comment-row")).stream()
                .filter(r -> r.getText().contains("Lovely evening at the quay.")).findFirst().orElseThrow();
        assertThat(row.findElement(By.cssSelector(".comment-email")).getText()).isEqualTo("teuta@example.org");
        Chromium.screenshot(browser, "desk-comments");
        row.findElement(By.cssSelector("button.approve")).click();
        Chromium.waitFor(browser, ExpectedConditions.urlContains("done=approved"));
        assertThat(browser.findElement(By.cssSelector(".message")).getText()).startsWith("Comment approved");

        browser.get(article);
        // the browser may reuse its copy for max-age seconds; a reload asks the site, whose cache has let go
        browser.navigate().refresh();
        assertThat(browser.findElement(By.id("comments-heading")).getText()).isEqualTo("1 comment");
        assertThat(browser.findElement(By.cssSelector("li.comment .comment-author")).getText()).isEqualTo("Teuta Berisha");
        assertThat(browser.findElement(By.cssSelector("li.comment .comment-body")).getText())
                .isEqualTo("Lovely evening at the quay.\nThe lanterns were beautiful.");
        assertThat(browser.getPageSource()).doesNotContain("teuta@example.org");
        Chromium.screenshot(browser, "site-comment-approved");
    }
}
