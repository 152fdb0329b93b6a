package io.kdiag.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.kdiag.engine.report.Diagnosis;
import io.kdiag.engine.report.Report;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The HTML report opened for real, in headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}; {@code .ci/run} installs them): the summary, each diagnosis and every
 * node of each causal graph are visible once the diagnosis is opened, the copy buttons work, and
 * the page loads nothing from the network. Saves a screenshot under {@code target/screenshots/}.
 */
class HtmlReportInBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static ChromeDriver browser;

    @BeforeAll
    static void openBrowser(@TempDir Path profile) {
        assertThat(CHROMIUM).as("install Debian's chromium and chromium-driver (.ci/run does)").isExecutable();
        assertThat(CHROMEDRIVER).as("install Debian's chromium-driver (.ci/run does)").isExecutable();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1200,1700", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyFixtureShowsItsSummaryDiagnosesAndGraphs(@TempDir Path dir) throws Exception {
        for (String fixture : FixtureReports.names()) {
            Report report = FixtureReports.all().get(fixture);
            open(fixture, dir);

            assertThat(browser.findElement(By.id("summary")).isDisplayed()).as(fixture).isTrue();
            assertThat(browser.findElements(By.cssSelector("table.summary tbody tr"))).as(fixture)
                    .hasSize(report.diagnoses().size());
            for (Diagnosis d : report.diagnoses()) {
                WebElement details = browser.findElement(By.id("diagnosis-" + d.rank()));
                if (details.getDomAttribute("open") == null) {
                    details.findElement(By.tagName("summary")).click();
                }
                assertThat(details.getText()).as(fixture).contains(d.title());
                List<WebElement> nodes = details.findElements(By.cssSelector("svg.graph g.node"));
                assertThat(nodes).as("%s #%d", fixture, d.rank()).hasSize(CausalGraph.of(d).nodes().size());
                for (WebElement node : nodes) {
                    assertThat(node.isDisplayed()).as("%s #%d %s", fixture, d.rank(), node.getText()).isTrue();
                }
                assertThat(details.findElements(By.cssSelector("svg.graph path.edge"))).isNotEmpty();
            }
        }
    }

    @Test
    void summaryLinksOpenTheirDiagnosisAndCopyButtonsCopy(@TempDir Path dir) throws Exception {
        open("slow-volume-detach-drain", dir);
        WebElement second = browser.findElement(By.id("diagnosis-2"));
        assertThat(second.getDomAttribute("open")).isNull();

        browser.findElement(By.cssSelector("table.summary a[href='#diagnosis-2']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(b -> second.getDomAttribute("open") != null);

        WebElement copy = second.findElement(By.cssSelector("button.copy"));
        assertThat(copy.getDomAttribute("data-command")).startsWith("kubectl ");
        copy.click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(b -> copy.getText().equals("Copied"));
        assertThat(second.findElements(By.cssSelector("a[href^='https://']"))).isNotEmpty();
    }

    @Test
    void thePageLoadsNothingFromOutside(@TempDir Path dir) throws Exception {
        open("stale-volumeattachment", dir);
        Object external = browser.executeScript("return performance.getEntriesByType('resource')"
                + ".filter(function(e){return !e.name.startsWith('file:');}).length");
        assertThat(external).isEqualTo(0L);
        String html = FixtureReports.render("stale-volumeattachment", ReportFormat.HTML);
        assertThat(html).doesNotContain("src=\"http").doesNotContain("<link").doesNotContain("@import");

        Files.createDirectories(SCREENSHOTS);
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Path saved = Files.copy(shot.toPath(), SCREENSHOTS.resolve("html-report.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(saved)).isGreaterThan(10_000);
    }

    private static void open(String fixture, Path dir) throws Exception {
        Path page = dir.resolve(fixture + ".html");
        Files.writeString(page, FixtureReports.render(fixture, ReportFormat.HTML));
        browser.get(page.toUri().toString());
    }
}
