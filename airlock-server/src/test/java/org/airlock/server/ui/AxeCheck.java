package org.airlock.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Runs axe-core (from its webjar, so offline) inside the page against the WCAG 2.0/2.1 A and AA
 * rules, and fails on any serious or critical violation. Milder ones are printed, not hidden.
 */
final class AxeCheck {

    private static final String SCRIPT = load();
    private static final ObjectMapper JSON = new ObjectMapper();

    private AxeCheck() {
    }

    /** The violations found on the current page, as "impact rule: help (n nodes: selectors)". */
    static List<String> violations(JavascriptExecutor browser) throws IOException {
        browser.executeScript(SCRIPT);
        Object result = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(r => done(JSON.stringify(r.violations.map(v => ({
                      id: v.id, impact: v.impact, help: v.help,
                      nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)})))))
                  .catch(e => done('axe failed: ' + e));
                """);
        String text = String.valueOf(result);
        assertThat(text).as("axe-core ran").doesNotStartWith("axe failed");
        List<String> out = new ArrayList<>();
        for (JsonNode v : JSON.readTree(text)) {
            out.add(v.get("impact").asText() + " " + v.get("id").asText() + ": " + v.get("help").asText() + " " + v.get("nodes"));
        }
        return out;
    }

    /** Asserts the page has no serious or critical WCAG 2.1 A/AA violation; returns all found. */
    static List<String> assertNoSeriousViolations(JavascriptExecutor browser, String page) throws IOException {
        List<String> all = violations(browser);
        System.out.println("axe-core on " + page + ": " + all.size() + " WCAG 2.1 A/AA violation(s)");
        all.forEach(v -> System.out.println("axe-core on " + page + ": " + v));
        assertThat(all).as("serious or critical accessibility violations on " + page)
                .noneMatch(v -> v.startsWith("serious ") || v.startsWith("critical "));
        return all;
    }

    private static String load() {
        ClassLoader loader = AxeCheck.class.getClassLoader();
        try (InputStream pom = loader.getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            Properties p = new Properties();
            p.load(pom);
            try (InputStream js = loader.getResourceAsStream("META-INF/resources/webjars/axe-core/" + p.getProperty("version")
                    + "/axe.min.js")) {
                return new String(js.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
