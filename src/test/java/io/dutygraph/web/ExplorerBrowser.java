package io.dutygraph.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium driven headless through its chromedriver, as a person's browser on a machine without internet:
 * every host name but 127.0.0.1 fails to resolve, so a page that needed a CDN would break. Keeps the browser's
 * console and network logs for the checks after each test, and saves downloads and screenshots under target/.
 */
public final class ExplorerBrowser implements AutoCloseable {

    /** The browser and driver; other paths by {@code -Dexplorer.chromium=… -Dexplorer.chromedriver=…}. */
    static final Path CHROMIUM = Path.of(System.getProperty("explorer.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("explorer.chromedriver", "/usr/bin/chromedriver"));

    private static final Pattern REQUEST_URL = Pattern.compile(
            "\"method\":\"Network\\.requestWillBeSent\".*?\"request\":\\{.*?\"url\":\"([^\"]*)\"");

    private final ChromeDriver driver;
    private final Path downloads;

    /** A browser saving downloads into {@code downloads}. */
    public ExplorerBrowser(Path downloads) {
        this.downloads = downloads;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1440,1000",
                "--lang=zh-CN", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
                "--disable-background-networking", "--disable-component-update", "--no-first-run");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    /** Why the browser tests do not run here, and how to make them run. */
    static String skipMessage() {
        return "Browser tests of the explorer SKIPPED: no " + CHROMIUM + " or " + CHROMEDRIVER
                + " (apt-get install chromium chromium-driver fonts-noto-cjk, as .ci/run does)";
    }

    /** Whether this machine has the browser and driver the tests drive. */
    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    public void open(String url) {
        driver.get(url);
    }

    /** The element once it is visible (the page loads its data asynchronously). */
    WebElement await(By locator) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until the element's text contains {@code text}; returns the element. */
    WebElement awaitText(By locator, String text) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
        return driver.findElement(locator);
    }

    List<WebElement> all(By locator) {
        return driver.findElements(locator);
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    void back() {
        driver.navigate().back();
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Moves the mouse onto the element, as a person pointing at it. */
    void hover(WebElement element) {
        new Actions(driver).moveToElement(element).perform();
    }

    /** Clicks at ({@code x}, {@code y}) pixels from the viewport's top left corner. */
    void clickAtViewport(int x, int y) {
        new Actions(driver).moveToLocation(x, y).click().perform();
    }

    /** Makes the browser fail every request to a URL matching one of {@code patterns} (none: lifts the block). */
    void blockUrls(List<String> patterns) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", patterns));
    }

    /** Takes the browser off the network (every request fails) or back on. */
    void offline(boolean offline) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /**
     * From the next page on, the page keeps the durations of its long tasks (main-thread work over 50 ms, when the
     * tab does not answer input) in {@code window.longTasks}.
     */
    public void recordLongTasks() {
        driver.executeCdpCommand("Page.enable", Map.of());
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", "window.longTasks = [];"
                + "new PerformanceObserver((list) => list.getEntries().forEach((e) => window.longTasks.push(e.duration)))"
                + ".observe({ type: 'longtask' });"));
    }

    /** Runs {@code source} in every page opened from now on, before the page's own scripts; returns its id. */
    String onEveryPage(String source) {
        driver.executeCdpCommand("Page.enable", Map.of());
        return (String) driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source))
                .get("identifier");
    }

    /** No longer runs the script of {@link #onEveryPage} with that id. */
    void notOnEveryPage(String id) {
        driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", id));
    }

    /** The long tasks of the page so far (see {@link #recordLongTasks}), in ms. */
    public List<Double> longTasks() {
        Object tasks = script("return window.longTasks || []");
        return tasks instanceof List<?> list ? list.stream().map(t -> ((Number) t).doubleValue()).toList() : List.of();
    }

    /** Saves what the window shows as {@code folder/name.png}. */
    public Path screenshot(Path folder, String name) {
        try {
            Files.createDirectories(folder);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            return Files.copy(shot.toPath(), folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file the browser saved into the downloads folder, once complete. */
    Path awaitDownload(String suffix) {
        return waiting().until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The URLs the browser requested since the last call: from its network log and the page's resource timings. */
    List<String> requestedUrls() {
        List<String> requested = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            Matcher url = REQUEST_URL.matcher(entry.getMessage());
            if (url.find()) {
                requested.add(url.group(1));
            }
        }
        Object resources = script("return performance.getEntriesByType('resource').map(e => e.name)");
        if (resources instanceof List<?> names) {
            names.forEach(name -> requested.add(String.valueOf(name)));
        }
        return requested;
    }

    /** Console messages of level SEVERE (script errors, failed loads) since the last call. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /**
     * Waits for the network view's first drawn frame and returns when it came, in ms since the page was opened
     * (the page records {@code performance.now()} then).
     */
    public long drawnNetworkSincePageOpen() {
        return Long.parseLong(new WebDriverWait(driver, Duration.ofMinutes(3)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#network-chart[data-drawn-since-page-open]"))).getAttribute("data-drawn-since-page-open"));
    }

    /** The line above the network: units, links, what the level of detail left out. */
    public String networkStatus() {
        return driver.findElement(By.id("network-status")).getText();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
