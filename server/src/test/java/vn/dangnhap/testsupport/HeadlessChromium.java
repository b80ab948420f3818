package vn.dangnhap.testsupport;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Real Chromium for page tests, through Playwright. The browser is Debian's {@code chromium}
 * package ({@code /usr/bin/chromium}, or {@code CHROMIUM_PATH}); Playwright never downloads one.
 * One browser per JVM, a fresh context (cookies, storage) per test.
 */
public final class HeadlessChromium {

    private static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private static Playwright playwright;
    private static Browser browser;

    private HeadlessChromium() {}

    /** A new, empty browser context; close it at the end of the test. */
    public static BrowserContext newContext(Browser.NewContextOptions options) {
        return browser().newContext(options);
    }

    public static BrowserContext newContext() {
        return newContext(new Browser.NewContextOptions());
    }

    static Path executable() {
        String configured = System.getenv("CHROMIUM_PATH");
        return Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured.strip());
    }

    private static synchronized Browser browser() {
        if (browser == null) {
            Path chromium = executable();
            if (!Files.isExecutable(chromium)) {
                throw new IllegalStateException("No Chromium at " + chromium + ". Browser tests need a real Chromium: "
                        + "install Debian's `chromium` package (apt-get install chromium) or set CHROMIUM_PATH "
                        + "to a Chromium executable.");
            }
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(chromium)
                    .setHeadless(true)
                    .setArgs(ARGS));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.close();
                playwright.close();
            }, "chromium-stop"));
        }
        return browser;
    }
}
