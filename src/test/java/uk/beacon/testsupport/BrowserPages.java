package uk.beacon.testsupport;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A browser test's way around Beacon on its random port: opening pages, signing in as a demo account
 * through the form, and waiting for what a page does.
 */
public final class BrowserPages {

    private final ChromeDriver driver;
    private final int port;
    private final String demoPassword;

    public BrowserPages(Chromium chromium, int port, String demoPassword) {
        this.driver = chromium.driver();
        this.port = port;
        this.demoPassword = demoPassword;
    }

    public void open(String path) {
        driver.get(url(path));
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Signs in through the sign-in form and waits for the home page it leads to. */
    public void signIn(String username) {
        open("/sign-in");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(demoPassword);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        waitUntil(ExpectedConditions.urlToBe(url("/")));
    }

    /** Waits up to 20 seconds, long enough for a page on a busy two-core machine. */
    public <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
    }
}
