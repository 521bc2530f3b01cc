package org.masthead.testing;

import java.net.URI;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;

import io.quarkus.test.common.http.TestHTTPResource;

/** A test that clicks through the app in a fresh headless Chromium, opened before each test and closed after. */
public abstract class ChromiumTest {

    @TestHTTPResource("/")
    protected URI base;

    protected ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }
}
