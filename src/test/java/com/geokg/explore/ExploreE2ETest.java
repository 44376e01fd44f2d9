package com.geokg.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.geokg.support.Neo4jTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The analysts' pages in a real headless Chromium against the real service and the seed graph:
 * the graph view at {@code /explore/} (search, open, path, "as of") and GraphiQL's example tabs.
 * What is drawn is read through the page's read-only hook {@code window.kgExplore}, never from
 * canvas pixels. Skipped when Debian's chromium or chromedriver is missing, unless
 * {@code KG_E2E_REQUIRED=1} (CI), where that is a failure.
 */
@QuarkusTest
@QuarkusTestResource(value = Neo4jTestResource.class, restrictToAnnotatedClass = false)
class ExploreE2ETest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String CLAIM = "claim-nk-deploying-troops-to-russia";

    private static WebDriver browser;
    private static Path profile;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String missing = "needs " + CHROMIUM + " and " + CHROMEDRIVER + " (Debian: apt-get install chromium chromium-driver)";
            if ("1".equals(System.getenv("KG_E2E_REQUIRED"))) {
                fail("KG_E2E_REQUIRED=1: the browser test " + missing);
            }
            Assumptions.abort("browser test skipped: it " + missing);
        }
        profile = Files.createTempDirectory("kg-e2e-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Without the background-networking flags Chromium floods the (closed) network with requests.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void analystSearchesOpensFindsThePathAndSeesTheDenialAppearOverTime() throws IOException {
        browser.get(base + "explore/");
        await("the page's test hook", d -> Boolean.TRUE.equals(js("return typeof window.kgExplore === 'object'")));

        // search "Kim": results listed
        WebElement search = browser.findElement(By.id("search"));
        search.sendKeys("Kim", Keys.ENTER);
        await("search results for Kim", d -> !resultIds().isEmpty());
        assertTrue(resultIds().contains("kim-jong-un"), "Kim Jong-un among the results: " + resultIds() + "; " + status());

        // open North Korea from the search
        search.clear();
        search.sendKeys("North Korea", Keys.ENTER);
        await("North Korea among the results", d -> resultIds().contains("north-korea"));
        browser.findElement(By.cssSelector("#search-results button[data-id='north-korea']")).click();
        await("North Korea's neighbourhood drawn", d -> idle() && nodeIds().contains("north-korea") && nodeIds().size() > 1);
        assertTrue(nodeIds().contains("russia"), "Russia drawn among North Korea's neighbours: " + nodeIds());
        assertTrue(browser.findElements(By.cssSelector("#timeline button")).size() > 0, "events in view on the timeline");

        // the paths to Ukraine, drawn highlighted, with their sentences listed
        browser.findElement(By.id("path-to")).sendKeys("ukraine");
        browser.findElement(By.id("path-find")).click();
        await("a highlighted path", d -> idle() && Boolean.TRUE.equals(js("return window.kgExplore.highlightedPath() !== null"))
                || "error".equals(statusState()));
        Map<String, Object> path = map(js("return window.kgExplore.highlightedPath()"));
        assertTrue(path != null, "a path from north-korea to ukraine: " + status());
        @SuppressWarnings("unchecked")
        List<String> pathNodes = (List<String>) path.get("nodes");
        assertTrue(pathNodes.contains("north-korea") && pathNodes.contains("ukraine"), "the path's ends highlighted: " + pathNodes);
        assertFalse(((List<?>) path.get("edges")).isEmpty(), "the path's relationships highlighted");
        String sentence = browser.findElement(By.cssSelector("#paths li.highlighted .sentence")).getText();
        assertFalse(sentence.isBlank(), "the path's sentence listed");
        assertEquals(path.get("sentence"), sentence);

        // "as of": the troop deployment claim was asserted before North Korea denied it (2024-10-21)
        asOf("2024-10-19");
        assertEquals("ASSERTED", claimStatus(), "as of 2024-10-19; drawn: " + nodes());
        asOf("2024-10-22");
        assertEquals("DENIED", claimStatus(), "as of 2024-10-22; drawn: " + nodes());
        assertTrue(edges().stream().anyMatch(e -> "DENIED".equals(e.get("type")) && CLAIM.equals(e.get("target"))
                && "north-korea".equals(e.get("source"))), "North Korea's denial drawn as of 2024-10-22");

        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.createDirectories(Path.of("target"));
        Files.copy(shot, Path.of("target/explore.png"), StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(Path.of("docs"));
        Files.copy(shot, Path.of("docs/explore.png"), StandardCopyOption.REPLACE_EXISTING);
        assertFalse("error".equals(statusState()), "no error in the status line: " + status());
    }

    @Test
    void graphiqlOpensWithOneTabPerExample() {
        browser.get(base + "q/graphql-ui/");
        int expected = GraphiqlExamples.FILES.size();
        await(expected + " tabs", d -> d.findElements(By.cssSelector(".graphiql-tab")).size() == expected);
        List<String> titles = browser.findElements(By.cssSelector(".graphiql-tab-button")).stream().map(WebElement::getText).toList();
        List<String> names = GraphiqlExamples.all().stream().map(GraphiqlExamplesTest::operationName).toList();
        assertEquals(names, titles, "one tab per example, titled by its operation");
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private void asOf(String date) {
        long days = java.time.LocalDate.parse(date).toEpochDay();
        js("const s = document.getElementById('asof');"
                + "s.value = String(arguments[0]);"
                + "s.dispatchEvent(new Event('input', { bubbles: true }));"
                + "s.dispatchEvent(new Event('change', { bubbles: true }));", days);
        await("the graph as of " + date, d -> idle() && date.equals(js("return window.kgExplore.asOf()"))
                && "ok".equals(statusState()) || "error".equals(statusState()));
        assertEquals(date, browser.findElement(By.id("asof-label")).getText(), "the date shown beside the slider; " + status());
    }

    private String claimStatus() {
        return nodes().stream().filter(n -> CLAIM.equals(n.get("id"))).map(n -> (String) n.get("status")).findFirst()
                .orElse("(not drawn)");
    }

    private boolean idle() {
        return Boolean.FALSE.equals(js("return window.kgExplore.busy()")) && !"loading".equals(statusState());
    }

    private String statusState() {
        List<WebElement> line = browser.findElements(By.id("status"));
        return line.isEmpty() ? null : line.get(0).getAttribute("data-state");
    }

    private String status() {
        List<WebElement> line = browser.findElements(By.id("status"));
        return line.isEmpty() ? "no status line at " + browser.getCurrentUrl() + " (" + browser.getTitle() + ")"
                : "status line: " + line.get(0).getText();
    }

    /** Read in the page in one call: the list is drawn again as results arrive, so element references go stale between calls. */
    @SuppressWarnings("unchecked")
    private List<String> resultIds() {
        return (List<String>) js("return Array.from(document.querySelectorAll('#search-results button[data-id]')).map(b => b.dataset.id)");
    }

    private List<String> nodeIds() {
        return nodes().stream().map(n -> (String) n.get("id")).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> nodes() {
        return (List<Map<String, Object>>) js("return window.kgExplore.nodes()");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> edges() {
        return (List<Map<String, Object>>) js("return window.kgExplore.edges()");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private void await(String what, Function<WebDriver, Boolean> condition) {
        // an element the page draws again while the condition reads it is read again at the next try
        new WebDriverWait(browser, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .withMessage(() -> what + "; " + status()).until(condition);
    }
}
