package org.masthead.browser;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.masthead.testing.Chromium;
import org.masthead.testing.ChromiumTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.quarkus.test.junit.QuarkusTest;

/** A person's path through the desk in real headless Chromium, signing in on Keycloak's own page. */
@QuarkusTest
class EditorialFlowBrowserTest extends ChromiumTest {

    /** Clicks a button that loads a new page, and waits until that page is there (not just the old one's h1). */
    private void click(String css) {
        WebElement button = browser.findElement(By.cssSelector(css));
        button.click();
        Chromium.awaitGone(browser, button);
        Chromium.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.cssSelector("h1")));
    }

    @Test
    void anArticleGoesFromEditorThroughReviewToReaders() {
        Chromium.signIn(browser, base, "editor");
        Chromium.screenshot(browser, "dashboard");
        browser.get(base.resolve("/admin/articles/new").toString());
        browser.findElement(By.id("title")).sendKeys("Browser test: the night ferry returns");
        browser.findElement(By.id("summary")).sendKeys("The night ferry runs again from Friday.");
        // The body is written in the rich editor: a bold word from the toolbar and a link on selected text.
        WebElement body = Chromium.richBody(browser);
        body.click();
        body.sendKeys("The night ferry is ");
        browser.findElement(By.cssSelector(".rich-bold")).click();
        body.sendKeys("back");
        browser.findElement(By.cssSelector(".rich-bold")).click();
        body.sendKeys("; see the timetable");
        for (int i = 0; i < "the timetable".length(); i++) {
            body.sendKeys(Keys.chord(Keys.SHIFT, Keys.ARROW_LEFT));
        }
        browser.findElement(By.cssSelector(".rich-link-address")).sendKeys("https://ferries.example/night");
        browser.findElement(By.cssSelector(".rich-link")).click();
        body.sendKeys(Keys.END, ".");
        Chromium.screenshot(browser, "editor");
        click("form.editor button[type=submit]");
        assertThat(browser.findElement(By.cssSelector(".message")).getText()).isEqualTo("Created as a draft.");
        String itemUrl = browser.getCurrentUrl().replaceAll("\\?.*", "");
        click("form[action$='/submit'] button");
        assertThat(browser.findElement(By.cssSelector(".message")).getText()).isEqualTo("Submitted for review.");

        Chromium.signIn(browser, base, "reviewer");
        browser.findElement(By.linkText("Browser test: the night ferry returns")).click();
        Chromium.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("comment")));
        browser.findElement(By.id("comment")).sendKeys("Please give the first sailing time.");
        click("form[action$='/request-changes'] button");
        assertThat(browser.findElement(By.cssSelector(".message")).getText()).contains("Sent back");

        Chromium.signIn(browser, base, "editor");
        WebElement returned = browser.findElement(By.id("returned"));
        assertThat(returned.getText()).contains("Please give the first sailing time.");
        returned.findElement(By.linkText("Browser test: the night ferry returns")).click();
        body = Chromium.richBody(browser);
        body.click();
        body.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), " Note: first sailing 22:10.");
        click("form.editor button[type=submit]");
        click("form[action$='/submit'] button");

        Chromium.signIn(browser, base, "reviewer");
        browser.get(itemUrl + "/history");
        click("button.compare");
        Chromium.screenshot(browser, "diff");
        assertThat(browser.findElement(By.cssSelector("ins.added")).getText()).contains("first sailing 22:10");
        Chromium.screenshot(browser, "diff");
        browser.get(itemUrl);
        click("form[action$='/approve'] button");
        assertThat(browser.findElement(By.cssSelector(".message")).getText()).isEqualTo("Approved.");
        String slug = browser.findElement(By.cssSelector(".public-url code")).getText().replaceAll(".*/", "");

        // Readers: the anonymous API (the public pages come with the public site).
        browser.manage().deleteAllCookies();
        browser.get(base.resolve("/api/v1/articles/by-slug/en/" + slug).toString());
        String json = browser.findElement(By.tagName("body")).getText();
        assertThat(json).contains("\"title\":\"Browser test: the night ferry returns\"")
                .contains("<strong>back</strong>").contains("href=\\\"https://ferries.example/night\\\"");
    }

    @Test
    void anArabicItemIsEditedRightToLeft() {
        Chromium.signIn(browser, base, "editor");
        browser.get(base.resolve("/admin/articles/new?language=ar").toString());
        browser.findElement(By.id("title")).sendKeys("جدول العبّارة الليلية");
        click("form.editor button[type=submit]");
        assertThat(browser.findElement(By.cssSelector(".message")).getText()).isEqualTo("Created as a draft.");
        for (String field : new String[] { "title", "summary", "body" }) {
            WebElement input = browser.findElement(By.id(field));
            assertThat(input.getCssValue("direction")).as(field).isEqualTo("rtl");
        }
        assertThat(Chromium.richBody(browser).getCssValue("direction")).as("the rich editor").isEqualTo("rtl");
        Chromium.screenshot(browser, "editor-arabic");
    }
}
