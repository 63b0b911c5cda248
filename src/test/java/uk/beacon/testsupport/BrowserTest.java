package uk.beacon.testsupport;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test of Beacon on its random port: one headless Chromium for the test class, and each
 * test starting signed out with the browser's console of earlier tests read and set aside.
 */
public abstract class BrowserTest {

    protected static Chromium chromium;
    protected static ChromeDriver driver;

    @LocalServerPort
    protected int port;

    protected BrowserPages pages;

    /** The demo accounts' password that the test class gives Beacon. */
    protected abstract String demoPassword();

    @BeforeAll
    static void startBrowser() throws IOException {
        chromium = Chromium.start(1280, 1000);
        driver = chromium.driver();
    }

    @BeforeEach
    void startSignedOut() {
        pages = new BrowserPages(chromium, port, demoPassword());
        driver.manage().deleteAllCookies();
        chromium.console();
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }
}
