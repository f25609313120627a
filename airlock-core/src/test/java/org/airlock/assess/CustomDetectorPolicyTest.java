package org.airlock.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.airlock.detect.Confidence;
import org.airlock.detect.Detection;
import org.airlock.detect.TextDetectors;
import org.airlock.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Custom detectors and allow-lists from the policy YAML, and the errors that name the bad key. */
class CustomDetectorPolicyTest {

    @TempDir
    Path dir;

    private Policy load(String yaml) throws Exception {
        Path file = dir.resolve("policy.yaml");
        Files.writeString(file, yaml);
        return PolicyLoader.load(file);
    }

    private static List<String> found(Policy policy, String text) {
        TextDetectors catalogue = policy.detection().catalogue(Fixtures.TODAY);
        return catalogue.detect(text).stream().map(d -> d.type().id() + "=" + text.substring(d.start(), d.end())).toList();
    }

    @Test
    void aPatternDetectorWithAValidatorAndContextFindsItsValues() throws Exception {
        Policy policy = load("""
                detectors:
                  - id: member-card
                    pattern: 'MC-(\\d{8})'
                    validator: luhn
                    context: [member, socio]
                    reports-as: financial-account
                """);
        String text = "Member MC-12345674 and MC-12345675";
        List<Detection> d = policy.detection().catalogue(Fixtures.TODAY).detect(text);
        assertThat(d).hasSize(1);
        assertThat(text.substring(d.get(0).start(), d.get(0).end())).isEqualTo("12345674");
        assertThat(d.get(0).confidence()).isEqualTo(Confidence.HIGH);
        assertThat(d.get(0).explanation()).contains("custom detector 'member-card'").contains("luhn check passed").contains("'member'");
    }

    @Test
    void aDictionaryDetectorFindsItsTermsAsWords() throws Exception {
        Policy policy = load("""
                detectors:
                  - id: shelter-name
                    dictionary: [Casa Esperanza, Maison Bleue]
                    context-required: false
                """);
        assertThat(found(policy, "Moved to casa esperanza last week; Casa Esperanzas is a band"))
                .containsExactly("custom-identifier=casa esperanza");
    }

    @Test
    void anAllowListDropsPublishedValues() throws Exception {
        Policy policy = load("""
                allow:
                  values: ["info@example.org"]
                  patterns: ['.*@press\\.example\\.org']
                """);
        assertThat(found(policy, "Write to info@example.org, media@press.example.org or j.doe@example.org"))
                .containsExactly("email-address=j.doe@example.org");
    }

    @Test
    void withoutAnyOfItThePolicyHasNoCustomDetection() throws Exception {
        assertThat(load("name: plain\n").detection().custom()).isEmpty();
    }

    @Test
    void errorsNameTheKey() {
        assertThatThrownBy(() -> load("detectors:\n  - id: x\n    pattern: 'a('\n")).hasMessageContaining("detectors[0].pattern");
        assertThatThrownBy(() -> load("detectors:\n  - id: x\n    pattern: 'a'\n    validator: lunh\n"))
                .hasMessageContaining("detectors[0].validator").hasMessageContaining("luhn");
        assertThatThrownBy(() -> load("detectors:\n  - id: Bad Id\n    pattern: 'a'\n")).hasMessageContaining("detectors[0].id");
        assertThatThrownBy(() -> load("detectors:\n  - id: x\n    pattern: 'a'\n    reports-as: nope\n")).hasMessageContaining("detectors[0].reports-as");
        assertThatThrownBy(() -> load("detectors:\n  - id: x\n    pattern: 'a'\n    context-required: true\n")).hasMessageContaining("detectors[0].context-required");
        assertThatThrownBy(() -> load("detectors:\n  - id: x\n    pattern: 'a'\n    colour: red\n")).hasMessageContaining("colour");
        assertThatThrownBy(() -> load("detectors:\n  - id: us-ssn\n    pattern: 'a'\n")).hasMessageContaining("detectors[0].id");
        assertThatThrownBy(() -> load("allow:\n  patterns: ['(']\n")).hasMessageContaining("allow.patterns[0]");
    }
}
