package org.masthead.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.masthead.testing.Chromium;
import org.masthead.testing.ChromiumTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.junit.QuarkusTest;

/** An admin imports the WordPress fixture from the desk: dry run, its report, then the import, with its progress bar. */
@QuarkusTest
class ImportBrowserTest extends ChromiumTest {

    @Test
    void anAdminRehearsesThenRunsTheImportAndWatchesItsProgress() throws IOException {
        Chromium.signIn(browser, base, "admin");
        browser.findElement(By.linkText("Import")).click();
        Chromium.waitFor(browser, ExpectedConditions.presenceOfElementLocated(By.id("file")));
        browser.findElement(By.id("file")).sendKeys(Path.of("src/test/fixtures/wordpress/small.wxr").toAbsolutePath().toString());
        browser.findElement(By.id("uploads")).sendKeys(uploadsZip().toAbsolutePath().toString());
        assertThat(browser.findElement(By.id("dryRun")).isSelected()).as("a dry run comes first by default").isTrue();
        WebElement start = browser.findElement(By.cssSelector("form.import-form button[type=submit]"));
        start.click();
        Chromium.awaitGone(browser, start);

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dry run of small.wxr");
        awaitStatus("done");
        assertThat(browser.findElement(By.cssSelector("pre.import-report")).getText())
                .contains("Dry run of the import of http://127.0.0.1:8081").contains("post publish fa");
        Chromium.screenshot(browser, "import-dry-run");

        WebElement run = browser.findElement(By.cssSelector("form.run-import button"));
        run.click();
        Chromium.awaitGone(browser, run);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Import of small.wxr");
        WebElement bar = browser.findElement(By.tagName("progress"));
        assertThat(bar.getAttribute("max")).isNotBlank();
        awaitStatus("done");
        String report = browser.findElement(By.cssSelector("pre.import-report")).getText();
        assertThat(report).startsWith("Import of http://127.0.0.1:8081").containsPattern("(created|unchanged) article");
        assertThat(browser.findElement(By.tagName("progress")).getAttribute("value"))
                .isEqualTo(browser.findElement(By.tagName("progress")).getAttribute("max"));
        Chromium.screenshot(browser, "import-done");

        browser.navigate().refresh();
        assertThat(browser.findElement(By.cssSelector(".job-status")).getText()).as("the job survives a reload").isEqualTo("done");
        browser.findElement(By.linkText("All imports")).click();
        assertThat(browser.findElements(By.cssSelector("table.imports tbody tr")).size()).isGreaterThanOrEqualTo(2);
    }

    /** Waits for the page's own polling (htmx) to show {@code status}; the test never reloads to get there. */
    private void awaitStatus(String status) {
        new WebDriverWait(browser, Duration.ofSeconds(90)).until(driver -> {
            try {
                return driver.findElement(By.cssSelector(".job-status")).getText().equals(status);
            } catch (RuntimeException stale) {
                return false;
            }
        });
    }

    private static Path uploadsZip() throws IOException {
        Path folder = Path.of("src/test/fixtures/wordpress/uploads");
        Path zip = Files.createTempFile("uploads", ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip)); Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new ZipEntry("uploads/" + folder.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        return zip;
    }
}
