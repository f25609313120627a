package org.airlock.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.SimpleFileServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.airlock.generator.Scenario;
import org.airlock.server.audit.AuditLog;
import org.airlock.server.system.AirlockProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 7's walk-through in a real headless Chromium, on a real server with the demo users: a
 * publisher uploads the ICE-style workbook and sees it held with its very hidden sheet named; an
 * approver rejects it with a justification; the publisher uploads the clean aggregate workbook to
 * the same path, publishes it, and it is served from the web root; the auditor sees the log
 * verify. Every page is screenshotted into target/ui-screenshots (docs/images holds copies) and
 * checked with axe-core for serious or critical WCAG 2.1 AA violations.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the walk-through first, so its screenshots show only its own steps
class BrowserWalkthroughTest {

    private static final String TARGET = "statistics/detention-fy2023.xlsx";
    private static final Path SCREENSHOTS = Path.of("target", "ui-screenshots");

    static Path dataDir;
    static Path fixtures;
    ChromeDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    AirlockProperties properties;
    @Autowired
    AuditLog audit;

    private final List<String> pagesChecked = new ArrayList<>();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        dataDir = Files.createTempDirectory("airlock-ui-test");
        registry.add("airlock.data-dir", dataDir::toString);
        registry.add("airlock.demo", () -> "true");
    }

    @BeforeAll
    static void writeFixtures() throws IOException {
        HeadlessChromium.requireInstalled();
        fixtures = Files.createTempDirectory("airlock-ui-fixtures");
        Scenario.ICE_VERY_HIDDEN.write(fixtures, 7);
        Scenario.AGGREGATE.write(fixtures, 7);
        Files.createDirectories(SCREENSHOTS);
    }

    /** A fresh browser per test: no cookie or history of one test reaches the next. */
    @BeforeEach
    void openBrowser() throws IOException {
        browser = HeadlessChromium.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void heldRejectedThenTheCleanFileIsPublishedAndTheLogVerifies() throws Exception {
        // The publisher signs in and submits the ICE-style workbook.
        open("/submissions");
        assertThat(browser.getCurrentUrl()).as("signed-out users are sent to sign in").endsWith("/sign-in");
        page("01-sign-in");
        signIn("publisher");
        assertThat(text("h1")).isEqualTo("Submissions");
        clickAndWait(By.linkText("New submission"));

        // An empty form: the error summary links to the field, which shows the error inline.
        clickAndWait(By.cssSelector("form[enctype] button[type=submit]"));
        assertThat(browser.getTitle()).startsWith("Error: ");
        assertThat(text(".govuk-error-summary")).contains("Choose a file to submit");
        assertThat(browser.findElement(By.cssSelector(".govuk-error-summary a")).getAttribute("href")).endsWith("#file-1");
        assertThat(text("#file-1-error")).contains("Choose a file to submit");
        page("02-new-submission-error");

        upload(Scenario.ICE_VERY_HIDDEN);
        long heldId = waitForInspection();
        assertThat(text("#state")).isEqualTo("Blocked");
        assertThat(text("#verdict")).isEqualTo("Block");
        String held = text("main");
        assertThat(held).contains("very hidden sheet").contains("sheet 'Detainees'").contains("6,252");
        assertThat(held).as("evidence is masked").doesNotContainPattern("A\\d{9}");
        assertThat(browser.findElements(By.cssSelector("form[action$='/publish']"))).as("no publish button when blocked").isEmpty();
        page("03-submission-blocked");
        signOut();

        // The approver opens it: no override (privacy officers only), but can reject, with a reason.
        signIn("approver");
        open("/submissions");
        page("04-submissions-approver");
        clickAndWait(By.linkText("Submission " + heldId));
        assertThat(buttons()).contains("Reject").doesNotContain("Override the block and sign off");
        assertThat(text("main")).contains("Only a privacy officer can override a block");
        clickAndWait(By.cssSelector("button[value=reject]"));
        assertThat(text(".govuk-error-summary")).contains("justification");
        assertThat(text("#justification-error")).contains("at least 10 characters");
        page("05-reject-without-justification");
        browser.findElement(By.id("justification")).sendKeys("Detainee list in a very hidden sheet must not be published");
        clickAndWait(By.cssSelector("button[value=reject]"));
        assertThat(text(".govuk-notification-banner--success")).contains("Submission " + heldId + " rejected");
        assertThat(text("#state")).isEqualTo("Rejected");
        assertThat(text("main")).contains("Justification: Detainee list in a very hidden sheet must not be published");
        page("06-submission-rejected");
        signOut();

        // The publisher sends the clean aggregate workbook to the same path; it passes and is published.
        signIn("publisher");
        clickAndWait(By.linkText("New submission"));
        page("07-new-submission");
        upload(Scenario.AGGREGATE);
        long cleanId = waitForInspection();
        assertThat(cleanId).isNotEqualTo(heldId);
        assertThat(text("#state")).isEqualTo("Passed");
        assertThat(text("#verdict")).isEqualTo("Pass");
        assertThat(text("main")).contains("No personal data was found in this file")
                .contains("Nothing is published at this path yet");
        page("08-submission-passed");
        clickAndWait(By.cssSelector("form[action$='/publish'] button"));
        assertThat(text(".govuk-notification-banner--success")).contains("is published: " + TARGET);
        assertThat(text("#state")).isEqualTo("Published");
        assertThat(text("main")).contains("This file is the release published now");
        page("09-submission-published");

        Path onSite = properties.effectiveWebRoot().resolve(TARGET);
        byte[] clean = Files.readAllBytes(fixtures.resolve(Scenario.AGGREGATE.fileName()));
        assertThat(Files.readAllBytes(onSite)).isEqualTo(clean);
        assertThat(servedFromWebRoot(TARGET)).as("the web root serves the published file").isEqualTo(clean);
        signOut();

        // The auditor sees every step and the chain verifying.
        signIn("auditor");
        clickAndWait(By.linkText("Audit log"));
        assertThat(text("#verification")).contains("The audit log verifies");
        String log = text("table");
        assertThat(log).contains("REJECT").contains("PUBLISH").contains("SUBMIT");
        assertThat(audit.verify().valid()).isTrue();
        assertThat(browser.findElement(By.linkText("Download the whole log as CSV")).getAttribute("href")).endsWith("/audit/export?format=csv");
        page("10-audit-log");

        assertThat(pagesChecked).hasSize(10);
    }

    @Test
    @Order(2)
    void aFormPostedWithoutItsCsrfTokenIsRefusedAndAudited() throws Exception {
        open("/sign-in");
        signIn("approver");
        long before = audit.verify().entries();
        // A forged form: same session cookie, no CSRF token.
        WebElement page = browser.findElement(By.tagName("html"));
        browser.executeScript("""
                const f = document.createElement('form');
                f.method = 'post'; f.action = '/submissions/1/decision';
                const a = document.createElement('input'); a.name = 'action'; a.value = 'reject'; f.appendChild(a);
                document.body.appendChild(f); f.submit();
                """);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
        assertThat(browser.getTitle()).startsWith("You cannot do this");
        List<String> refusals = new ArrayList<>();
        audit.forEach(e -> {
            if (e.seq() > before && e.outcome().equals("REFUSED")) {
                refusals.add(e.detail());
            }
        });
        assertThat(refusals).anySatisfy(d -> assertThat(d).contains("CSRF").contains("/submissions/1/decision"));
        signOut();
    }

    @Test
    @Order(3)
    void aPublisherPostingADecisionWithAValidTokenIsStillRefusedAndAudited() throws Exception {
        open("/sign-in");
        signIn("publisher");
        assertThat(browser.findElements(By.cssSelector("button[value=signoff], button[value=reject]"))).isEmpty();
        long before = audit.verify().entries();
        // The button is not offered, so forge the form, with the session's genuine CSRF token.
        WebElement page = browser.findElement(By.tagName("html"));
        browser.executeScript("""
                const token = document.querySelector('form.airlock-nav-form input[name=_csrf]').value;
                const f = document.createElement('form');
                f.method = 'post'; f.action = '/submissions/1/decision';
                for (const [k, v] of [['_csrf', token], ['action', 'signoff'], ['justification', 'I approve my own upload']]) {
                  const i = document.createElement('input'); i.name = k; i.value = v; f.appendChild(i);
                }
                document.body.appendChild(f); f.submit();
                """);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
        assertThat(browser.getTitle()).startsWith("You cannot do this");
        List<String> refusals = new ArrayList<>();
        audit.forEach(e -> {
            if (e.seq() > before && e.outcome().equals("REFUSED") && e.actor().equals("publisher")) {
                refusals.add(e.detail());
            }
        });
        assertThat(refusals).anySatisfy(d -> assertThat(d).contains("role not allowed").contains("/submissions/1/decision"));
        signOut();
    }

    /**
     * Over a published release, the workbook is compared with it (and far larger, with a new
     * sheet); only a privacy officer may override the block, after seeing the unmasked evidence.
     */
    @Test
    @Order(4)
    void aPrivacyOfficerOverridesABlockAfterComparingWithThePublishedRelease() throws Exception {
        String target = "statistics/override-fy2023.xlsx";
        open("/sign-in");
        signIn("publisher");
        clickAndWait(By.linkText("New submission"));
        upload(Scenario.AGGREGATE, target);
        long releaseId = waitForInspection();
        clickAndWait(By.cssSelector("form[action$='/publish'] button"));
        clickAndWait(By.linkText("New submission"));
        upload(Scenario.ICE_VERY_HIDDEN, target);
        long heldId = waitForInspection();
        assertThat(text("#state")).isEqualTo("Blocked");
        String compared = text("main");
        assertThat(compared).contains("Published now: submission " + releaseId + " (aggregate.xlsx")
                .contains("times the").contains("of the release published at this path");
        page("11-submission-compared-with-release");
        signOut();

        signIn("privacy-officer");
        open("/submissions/" + heldId);
        assertThat(buttons()).contains("Override the block and sign off", "Reject");
        clickAndWait(By.linkText("Show the unmasked evidence"));
        assertThat(text("h1")).isEqualTo("Unmasked evidence");
        assertThat(text("table")).containsPattern("A\\d{9}");
        page("12-unmasked-evidence");
        clickAndWait(By.linkText("Back to the submission"));
        browser.findElement(By.id("justification")).sendKeys("Test extract agreed with the data owner; not for the live site");
        clickAndWait(By.cssSelector("button[value=signoff]"));
        assertThat(text(".govuk-notification-banner--success")).contains("Submission " + heldId + " signed off");
        assertThat(text("#state")).isEqualTo("Approved");
        page("13-block-overridden");
        assertThat(audit.forSubmission(heldId).stream().map(e -> e.action()).toList())
                .contains("VIEW_UNMASKED_EVIDENCE", "SIGN_OFF");
        signOut();
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void signIn(String user) {
        if (!browser.getCurrentUrl().endsWith("/sign-in")) {
            open("/sign-in");
        }
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        clickAndWait(By.cssSelector("form button[type=submit]"));
        assertThat(browser.findElements(By.cssSelector("nav"))).as("signed in as " + user + " at " + browser.getCurrentUrl()
                + ": " + text("main")).isNotEmpty();
        assertThat(text("nav")).contains("Sign out (" + user + ")");
    }

    private void signOut() {
        clickAndWait(By.cssSelector("form.airlock-nav-form button"));
        assertThat(text("main")).contains("You have signed out");
    }

    private void upload(Scenario scenario) {
        upload(scenario, TARGET);
    }

    private void upload(Scenario scenario, String path) {
        browser.findElement(By.id("file-1")).sendKeys(fixtures.resolve(scenario.fileName()).toAbsolutePath().toString());
        WebElement target = browser.findElement(By.id("target-1"));
        target.clear();
        target.sendKeys(path);
        clickAndWait(By.cssSelector("form[enctype] button[type=submit]"));
        assertThat(text(".govuk-notification-banner--success")).contains("received");
    }

    /** Refreshes the submission's page, as a person would, until inspection has finished; returns its id. */
    private long waitForInspection() throws InterruptedException {
        String url = browser.getCurrentUrl();
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (Set.of("Received", "Inspecting", "Inspected").contains(text("#state"))) {
            assertThat(System.nanoTime()).as("inspection finished within 90 s").isLessThan(deadline);
            Thread.sleep(500);
            WebElement page = browser.findElement(By.tagName("html"));
            browser.navigate().refresh();
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
        }
        return id;
    }

    /** Clicks a link or button and waits until the browser has left the page it was on. */
    private void clickAndWait(By what) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(what).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
    }

    private List<String> buttons() {
        return browser.findElements(By.cssSelector("main button")).stream().map(WebElement::getText).toList();
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText().strip();
    }

    /** Screenshots the whole page (the window grown to its height) and checks its accessibility. */
    private void page(String name) throws IOException {
        AxeCheck.assertNoSeriousViolations(browser, name);
        pagesChecked.add(name);
        Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(1280, Math.min(Math.max(height.intValue(), 900), 6000)));
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    /** Serves the web root over HTTP on loopback, as a plain web server would, and fetches the file. */
    private byte[] servedFromWebRoot(String target) throws IOException, InterruptedException {
        HttpServer web = SimpleFileServer.createFileServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                properties.effectiveWebRoot().toAbsolutePath(), SimpleFileServer.OutputLevel.NONE);
        web.start();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + web.getAddress().getPort() + "/" + target)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } finally {
            web.stop(0);
        }
    }
}
