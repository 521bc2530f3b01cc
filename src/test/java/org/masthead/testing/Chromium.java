package org.masthead.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium and ChromeDriver from Debian's packages (.ci/run installs them in CI). Outside
 * CI a machine without them skips browser tests; in CI their absence fails the run.
 */
public final class Chromium {

    private static final File BROWSER = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");

    private Chromium() {
    }

    public static ChromeDriver start() {
        boolean installed = BROWSER.canExecute() && DRIVER.canExecute();
        if (!installed && !"true".equals(System.getenv("CI"))) {
            Assumptions.abort("Chromium is not installed here (apt-get install chromium chromium-driver)");
        }
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BROWSER);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--window-size=1280,900", "--lang=en",
                    "--user-data-dir=" + Files.createTempDirectory("masthead-chromium"));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return driver;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits up to 20 s for {@code condition}: pages here load over loopback, but the machine may be busy. */
    public static <T> T waitFor(ChromeDriver driver, org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
    }

    /**
     * Waits until {@code element} is no longer in the page, i.e. the click that submitted its form loaded the next one.
     * Chromium says so either as a stale element or as "node does not belong to the document"; both mean gone.
     */
    public static void awaitGone(ChromeDriver driver, org.openqa.selenium.WebElement element) {
        waitFor(driver, d -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }

    /** Signs out whoever was signed in, then signs in as {@code user} on Keycloak's own login page (password = username). */
    public static void signIn(ChromeDriver driver, java.net.URI base, String user) {
        driver.manage().deleteAllCookies();
        driver.get(base.resolve("/admin/logout").toString());
        driver.manage().deleteAllCookies();
        driver.get(base.resolve("/admin").toString());
        waitFor(driver, ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(user);
        driver.findElement(By.id("kc-login")).click();
        waitFor(driver, ExpectedConditions.urlContains("/admin"));
        waitFor(driver, ExpectedConditions.presenceOfElementLocated(By.cssSelector("h1")));
    }

    /** The body's rich editor, once TipTap has loaded its modules and taken the textarea's place. */
    public static WebElement richBody(ChromeDriver driver) {
        waitFor(driver, ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".rich-editor.ready .rich-content")));
        return driver.findElement(By.cssSelector(".rich-content"));
    }

    /** Saves what the browser shows to target/screenshots/{name}.png. */
    public static Path screenshot(ChromeDriver driver, String name) {
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return target;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
