package org.airlock.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailDetectorTest {

    private final EmailDetector detector = new EmailDetector();

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            maria.lopez@example.org                          | maria.lopez@example.org
            Contact: j_doe+intake@mail.example.co.uk today    | j_doe+intake@mail.example.co.uk
            <UPPER.CASE@EXAMPLE.COM>                         | UPPER.CASE@EXAMPLE.COM
            write to n.haddad@service-public.fr.             | n.haddad@service-public.fr
            """)
    void findsEmailAddresses(String text, String expected) {
        assertThat(Detections.matches(detector, text)).containsExactly(expected);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {
        "user@localhost",
        "name@example.c0m",
        "@example.org",
        "first.last@",
        "a@b",
        "the price is 5@3.50 each",
        "no address here",
        "maria.lopez at example dot org",
    })
    void ignoresWhatIsNotAnEmailAddress(String text) {
        assertThat(Detections.matches(detector, text)).isEmpty();
    }
}
