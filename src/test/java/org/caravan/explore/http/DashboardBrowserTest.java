package org.caravan.explore.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.caravan.events.CameoNames;
import org.caravan.events.Codebook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser (Debian's chromium through its chromedriver; nothing is downloaded) over the seed
 * events and the untrusted article: every view draws data, an event opens its article with the evidence
 * highlighted, and the article's script, onerror handler and javascript: link show as text and never run.
 * Screenshots of each view go to {@code target/screenshots/}. Skipped when chromium is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SEEDS = Path.of("../shared/corpus/seeds.jsonl").toAbsolutePath().normalize();
    private static final Path SHOTS = Path.of("target/screenshots");

    private ExploreFixture fixture;
    private WebDriver browser;

    @BeforeAll
    void start(@TempDir Path tmp) throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "chromium and chromium-driver are not installed (apt-get install -y chromium chromium-driver)");
        Assumptions.assumeTrue(Files.isRegularFile(SEEDS), SEEDS + " is missing");
        fixture = ExploreFixture.analyzeAndServe(tmp.resolve("db").toString(), tmp, tmp.resolve("db/index"), SEEDS,
                ExploreFixture.UNTRUSTED);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1366,900", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    /** Opens a view and waits until it is drawn; fails on an error answer. */
    private WebElement open(String hash) {
        browser.get(fixture.base() + "/#" + hash);
        return drawn(hash);
    }

    /** Waits until the view the hash names is drawn (after a click changed the URL); fails on an error answer. */
    private WebElement drawn(String hash) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
            String state = d.findElement(By.id("view")).getAttribute("data-state");
            String view = d.findElement(By.id("view")).getAttribute("data-view");
            return ("ready".equals(state) || "error".equals(state)) && hash.startsWith(view);
        });
        WebElement view = browser.findElement(By.id("view"));
        assertThat(view.getAttribute("data-state")).as(hash + ": " + view.getText()).isEqualTo("ready");
        return view;
    }

    private void shot(String name) throws IOException {
        File f = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private List<WebElement> waitFor(String css) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
        return browser.findElements(By.cssSelector(css));
    }

    private void click(WebElement e) {
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", e);
    }

    @Test
    void theTimelineDrawsTheSeedEventsAndAnEventOpensItsArticleWithTheEvidenceHighlighted() throws IOException {
        WebElement view = open("timeline");
        assertThat(view.findElements(By.cssSelector("svg.timeline rect.bar")).size()).isGreaterThan(5);
        List<WebElement> rows = waitFor("tr.event-row");
        assertThat(rows.size()).isGreaterThan(10);
        shot("timeline");
        // the distance on screen between two dates grows as the chart zooms in
        String width = "const x = d => +document.querySelector('svg.timeline rect.bar[data-item=\"' + d + '\"]')"
                + ".getAttribute('x'); return x('2024-07') - x('2022-09-14');";
        double narrow = ((Number) ((JavascriptExecutor) browser).executeScript(width)).doubleValue();
        ((JavascriptExecutor) browser).executeScript("const svg = document.querySelector('svg.timeline');"
                + "const r = svg.getBoundingClientRect();"
                + "for (let i = 0; i < 4; i++) svg.dispatchEvent(new WheelEvent('wheel', {deltaY: -500, bubbles: true,"
                + "  cancelable: true, clientX: r.left + r.width * 0.92, clientY: r.top + r.height / 2}));");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> ((Number) ((JavascriptExecutor) d)
                .executeScript(width)).doubleValue() > narrow * 4);
        shot("timeline-zoomed");
        WebElement link = rows.get(5).findElement(By.cssSelector("a.event-link"));
        String event = rows.get(5).getAttribute("data-event");
        link.click();
        drawn("reader");
        WebElement current = waitFor("mark.evidence.current").get(0);
        assertThat(current.getText()).isNotBlank();
        assertThat(current.getAttribute("data-events")).contains(event);
        assertThat(browser.findElement(By.cssSelector(".doc-events li.current")).getAttribute("data-event"))
                .isEqualTo(event);
        shot("reader");
    }

    @Test
    void theNetworkDrawsEdgesAndAnEdgeListsItsEvents() throws IOException {
        WebElement view = open("network");
        List<WebElement> edges = view.findElements(By.cssSelector("svg.network g.edge"));
        assertThat(edges.size()).isGreaterThan(3);
        assertThat(view.findElements(By.cssSelector("svg.network g.node text"))).extracting(WebElement::getText)
                .contains("Kazakhstan");
        Object overlaps = ((JavascriptExecutor) browser).executeScript(
                "const svg = document.querySelector('svg.network').getBoundingClientRect();"
                + "const boxes = Array.from(document.querySelectorAll('svg.network g.node text'),"
                + "  t => t.getBoundingClientRect());"
                + "const bad = [];"
                + "boxes.forEach((a, i) => {"
                + "  if (a.left < svg.left || a.right > svg.right || a.top < svg.top || a.bottom > svg.bottom)"
                + "    bad.push('label ' + i + ' outside the drawing');"
                + "  boxes.slice(i + 1).forEach((b, j) => {"
                + "    if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)"
                + "      bad.push('labels ' + i + ' and ' + (i + j + 1) + ' overlap');"
                + "  });"
                + "});"
                + "return bad;");
        assertThat((List<?>) overlaps).as("every actor's name readable").isEmpty();
        click(edges.get(0).findElement(By.cssSelector("line.hit")));
        assertThat(waitFor(".event-list tr.event-row")).isNotEmpty();
        shot("network");
    }

    @Test
    void thePairTrendDrawsMonthlyBarsAndTheGoldsteinLine() throws IOException {
        WebElement view = open("trend?a=CHN&b=KAZ");
        assertThat(view.findElements(By.cssSelector("svg.trend rect.bar")).size()).isPositive();
        assertThat(view.findElements(By.cssSelector("svg.trend path.goldstein"))).hasSize(1);
        assertThat(waitFor(".event-list tr.event-row")).isNotEmpty();
        shot("trend");
    }

    @Test
    void theMapDrawsTheWorldOutlineAndTheEventPlaces() throws IOException {
        WebElement view = open("map");
        assertThat(view.findElements(By.cssSelector("svg.map path.land")).size()).isGreaterThan(100);
        List<WebElement> places = view.findElements(By.cssSelector("svg.map circle.place"));
        assertThat(places.size()).isGreaterThan(1);
        click(places.get(0));
        assertThat(waitFor(".event-list tr.event-row")).isNotEmpty();
        shot("map");
    }

    @Test
    void storiesListTheSeedStoriesAndAStoryShowsItsEventsAndArticles() throws IOException {
        WebElement view = open("stories");
        List<WebElement> rows = view.findElements(By.cssSelector("tr.story-row"));
        assertThat(rows.size()).isGreaterThan(3);
        assertThat(view.findElements(By.cssSelector("a.story-link"))).extracting(WebElement::getText)
                .allSatisfy(t -> assertThat(t).isNotBlank());
        shot("stories");
        WebElement multi = rows.stream().filter(r -> !"1".equals(r.findElements(By.tagName("td")).get(4).getText()))
                .findFirst().orElseThrow(() -> new AssertionError("no story told by two articles"));
        String title = multi.findElement(By.cssSelector("a.story-link")).getText();
        multi.findElement(By.cssSelector("a.story-link")).click();
        WebElement story = drawn("stories");
        assertThat(waitFor("h2.story-title").get(0).getText()).isEqualTo(title);
        assertThat(story.findElements(By.cssSelector("tr.event-row"))).isNotEmpty();
        List<WebElement> articles = story.findElements(By.cssSelector(".story-articles li a.doc-link"));
        assertThat(articles.size()).isGreaterThanOrEqualTo(2);
        shot("story");
        articles.get(0).click();
        assertThat(drawn("reader").findElements(By.cssSelector("mark.evidence"))).isNotEmpty();
    }

    @Test
    void searchShowsHitsWithHighlightsAndFacetsThatFilter() throws IOException {
        WebElement view = open("search?q=Toka%C3%AFev");
        assertThat(view.findElements(By.cssSelector(".hit")).size()).isPositive();
        assertThat(view.findElements(By.cssSelector(".hit mark"))).extracting(WebElement::getText)
                .anyMatch(t -> t.toLowerCase().startsWith("toka"));
        List<WebElement> facets = view.findElements(By.cssSelector(".facets button.facet"));
        assertThat(facets.size()).isGreaterThan(3);
        shot("search");
        String before = browser.getCurrentUrl();
        facets.get(0).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().equals(before));
        assertThat(browser.getCurrentUrl()).containsAnyOf("lang=", "source=", "root=", "quad=", "actor=", "from=",
                "place=");
        assertThat(drawn("search").findElements(By.cssSelector(".hit"))).isNotEmpty();
    }

    @Test
    void theUntrustedArticleShowsItsMarkupAsTextAndNothingOfItRuns() throws IOException {
        WebElement view = open("reader?doc=xss_untrusted_article");
        WebElement article = view.findElement(By.tagName("article"));
        assertThat(article.getText()).contains("<script>window.__pwned=1", "onerror=\"window.__pwned=2\"",
                "href=\"javascript:window.__pwned=3\"");
        assertThat(browser.findElement(By.cssSelector(".doc-title")).getText()).contains("<script>alert(1)</script>");
        assertThat(article.findElements(By.cssSelector("script, img, iframe"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
        Object pwned = ((JavascriptExecutor) browser).executeScript("return window.__pwned === undefined");
        assertThat(pwned).isEqualTo(Boolean.TRUE);
        assertThat(browser.getTitle()).isEqualTo("Caravan");
        try {
            browser.switchTo().alert();
            throw new AssertionError("an alert is open: the article's script ran");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        shot("xss-article");
        WebElement found = open("search?q=pwned");
        assertThat(found.findElements(By.cssSelector(".hit"))).isNotEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript("return window.__pwned === undefined"))
                .isEqualTo(Boolean.TRUE);
    }

    @Test
    void filtersLiveInTheUrlAndTheInterfaceSpeaksFrench() throws IOException {
        open("network?actor=KAZ&ui=fr");
        assertThat(browser.findElement(By.cssSelector("#filters input[name=actor]")).getAttribute("value"))
                .isEqualTo("KAZ");
        assertThat(browser.findElement(By.id("tab-timeline")).getText()).isEqualTo("Chronologie");
        assertThat(browser.findElement(By.id("tab-timeline")).getAttribute("href")).contains("actor=KAZ", "ui=fr");
        browser.findElement(By.id("tab-timeline")).click();
        WebElement view = drawn("timeline");
        assertThat(browser.getCurrentUrl()).contains("actor=KAZ");
        List<WebElement> rows = waitFor("tr.event-row");
        assertThat(rows).allSatisfy(r -> assertThat(r.getText()).containsAnyOf("Kazakhstan", "Tokayev", "Astana",
                "Kazakh"));
        assertThat(view.getText()).contains("Chronologie");
        assertThat(rows).allSatisfy(r -> {
            String shown = r.findElements(By.tagName("td")).get(1).getText();
            String code = shown.split(" ", 2)[0];
            assertThat(shown).as("the French CAMEO name of " + code)
                    .isEqualTo(code + " " + CameoNames.french().name(code).orElseThrow())
                    .isNotEqualTo(code + " " + Codebook.standard().require(code).name());
        });
        shot("timeline-fr-filtered");
    }
}
