package org.masthead.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.masthead.testing.Chromium;
import org.masthead.testing.ChromiumTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.quarkus.test.junit.QuarkusTest;

/** Uploading to the library and choosing a featured image, as a person does it in headless Chromium. */
@QuarkusTest
class LibraryBrowserTest extends ChromiumTest {

    private void submit(String css) {
        WebElement button = browser.findElement(By.cssSelector(css));
        button.click();
        Chromium.awaitGone(browser, button);
        Chromium.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.cssSelector("h1")));
    }

    private static Path picture() throws IOException {
        BufferedImage image = new BufferedImage(480, 320, BufferedImage.TYPE_INT_RGB);
        var graphics = image.getGraphics();
        graphics.setColor(new Color(0x87, 0xb5, 0xd9));
        graphics.fillRect(0, 0, 480, 200);
        graphics.setColor(new Color(0x2f, 0x5d, 0x7c));
        graphics.fillRect(0, 200, 480, 120);
        graphics.setColor(Color.WHITE);
        graphics.fillRect(180, 150, 120, 60);
        Path file = Files.createTempFile("harbour-ferry", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Test
    void anEditorUploadsAnImageAndMakesItAnArticlesFeaturedImage() throws IOException {
        String caption = "The morning ferry leaves the quay " + UUID.randomUUID().toString().substring(0, 6);
        Chromium.signIn(browser, base, "editor");
        browser.findElement(By.linkText("Library")).click();
        Chromium.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("file")));
        browser.findElement(By.id("file")).sendKeys(picture().toAbsolutePath().toString());
        browser.findElement(By.id("alt")).sendKeys("A white ferry on blue water");
        browser.findElement(By.id("caption")).sendKeys(caption);
        browser.findElement(By.id("credit")).sendKeys("(Masthead/Ana Ruiz)");
        submit("form.upload-form button[type=submit]");
        assertThat(browser.findElement(By.cssSelector(".message")).getText()).isEqualTo("Uploaded.");
        String id = browser.getCurrentUrl().replaceAll(".*/library/(\\d+).*", "$1");
        browser.get(base.resolve("/admin/library").toString());
        // A taller window, so that the picture shows the upload form and the grid together.
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1400));
        Chromium.screenshot(browser, "library");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));

        browser.get(base.resolve("/admin/articles/new").toString());
        browser.findElement(By.id("title")).sendKeys("Browser test: the morning ferry");
        WebElement choice = browser.findElement(By.cssSelector("#featuredImageId-picker input[value='" + id + "']"));
        new org.openqa.selenium.interactions.Actions(browser).scrollToElement(choice).perform();
        choice.click();
        assertThat(choice.isSelected()).isTrue();
        submit("form.editor button.primary");

        assertThat(browser.findElement(By.cssSelector(".message")).getText()).isEqualTo("Created as a draft.");
        WebElement chosen = browser.findElement(By.cssSelector("#featuredImageId-picker figure.chosen"));
        assertThat(chosen.findElement(By.cssSelector(".caption")).getText()).isEqualTo(caption);
        assertThat(chosen.findElement(By.cssSelector(".credit")).getText()).isEqualTo("(Masthead/Ana Ruiz)");
        assertThat(chosen.findElement(By.tagName("img")).getAttribute("alt")).isEqualTo("A white ferry on blue water");
        new org.openqa.selenium.interactions.Actions(browser).scrollToElement(chosen).perform();
        Chromium.screenshot(browser, "featured-image");
    }
}
