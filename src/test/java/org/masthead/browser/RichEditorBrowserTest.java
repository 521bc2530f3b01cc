package org.masthead.browser;

import static org.assertj.core.api.Assertions.assertThat;


import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.masthead.testing.Api;
import org.masthead.testing.Chromium;
import org.masthead.testing.ChromiumTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.quarkus.test.junit.QuarkusTest;

/** The rich-text body editor in headless Chromium: TipTap loaded from the app, typed into, saved. */
@QuarkusTest
class RichEditorBrowserTest extends ChromiumTest {

    @Test
    void anEditorWritesWithABoldWordAndALink() {
        Chromium.signIn(browser, base, "editor");
        browser.get(base.resolve("/admin/articles/new").toString());
        browser.findElement(By.id("title")).sendKeys("Browser test: bold and linked");
        WebElement body = Chromium.richBody(browser);
        assertThat(browser.findElement(By.id("body")).isDisplayed()).as("the textarea gives way to the editor").isFalse();

        body.click();
        body.sendKeys("The night ferry is ");
        browser.findElement(By.cssSelector(".rich-bold")).click();
        assertThat(browser.findElement(By.cssSelector(".rich-bold")).getAttribute("aria-pressed")).isEqualTo("true");
        body.sendKeys("back");
        browser.findElement(By.cssSelector(".rich-bold")).click();
        body.sendKeys("; see the timetable");
        // Select "the timetable" and link it.
        for (int i = 0; i < "the timetable".length(); i++) {
            body.sendKeys(Keys.chord(Keys.SHIFT, Keys.ARROW_LEFT));
        }
        browser.findElement(By.cssSelector(".rich-link-address")).sendKeys("https://ferries.example/night");
        browser.findElement(By.cssSelector(".rich-link")).click();
        Chromium.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.cssSelector(".rich-content a[href='https://ferries.example/night']")));
        assertThat(browser.findElement(By.cssSelector(".rich-content strong")).getText()).isEqualTo("back");
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", body);
        Chromium.screenshot(browser, "rich-editor");

        browser.findElement(By.cssSelector("form.editor button.primary")).click();
        Chromium.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.cssSelector(".message")));
        assertThat(browser.findElement(By.cssSelector(".message")).getText()).isEqualTo("Created as a draft.");
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll("\\?.*", "").replaceAll(".*/", ""));

        Document saved = Jsoup.parseBodyFragment(Api.as("editor").get("/api/v1/articles/" + id).then().statusCode(200)
                .extract().path("body"));
        assertThat(saved.select("p strong").text()).isEqualTo("back");
        assertThat(saved.select("p a").attr("href")).isEqualTo("https://ferries.example/night");
        assertThat(saved.select("p a").text()).isEqualTo("the timetable");
        assertThat(saved.select("p").text()).isEqualTo("The night ferry is back; see the timetable");

        // Opened again, the saved body is in the editor.
        assertThat(Chromium.richBody(browser).findElement(By.cssSelector("strong")).getText()).isEqualTo("back");

        // "Also read": htmx fetches matches as the editor types; adding one re-renders the editor, body included.
        long other = Api.createArticle("editor", Api.article("Browser test: the harbour timetable explained"));
        Chromium.richBody(browser).sendKeys(Keys.chord(Keys.CONTROL, Keys.END), " Unsaved words.");
        browser.findElement(By.id("relatedQuery")).sendKeys("timetable explained");
        Chromium.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.cssSelector("#related-found button[value='related-add-item:" + other + "']")));
        browser.findElement(By.cssSelector("#related-found button[value='related-add-item:" + other + "']")).click();
        Chromium.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.cssSelector(".related-row .related-title a")));
        assertThat(browser.findElement(By.cssSelector(".related-row .related-title a")).getText())
                .isEqualTo("Browser test: the harbour timetable explained");
        assertThat(Chromium.richBody(browser).getText()).as("typed text kept by the list button").contains("Unsaved words.");
        assertThat(Chromium.richBody(browser).findElement(By.cssSelector("a")).getAttribute("href")).isEqualTo("https://ferries.example/night");
    }

    @Test
    void aPersianBodyIsWrittenRightToLeft() {
        Chromium.signIn(browser, base, "editor");
        browser.get(base.resolve("/admin/articles/new?language=fa").toString());
        WebElement body = Chromium.richBody(browser);
        assertThat(body.getCssValue("direction")).isEqualTo("rtl");
        assertThat(browser.findElement(By.id("body")).getAttribute("dir")).isEqualTo("rtl");
        Chromium.screenshot(browser, "rich-editor-persian");
    }
}
