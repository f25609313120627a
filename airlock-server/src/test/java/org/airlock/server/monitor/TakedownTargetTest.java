package org.airlock.server.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TakedownTargetTest {

    private static final String BASE = "https://www.agency.example/files/";

    @Test
    void aUrlBelowThePublishedBaseIsItsTargetPath() {
        assertThat(Takedown.targetOf(BASE + "statistics/detainees%20fy23.xlsx", BASE))
                .hasValueSatisfying(t -> assertThat(t.value()).isEqualTo("statistics/detainees fy23.xlsx"));
        assertThat(Takedown.targetOf("https://WWW.agency.example:443/files/a.pdf", BASE)).isPresent();
    }

    @Test
    void otherUrlsAreNotTheConnectorsToTakeDown() {
        assertThat(Takedown.targetOf("https://www.agency.example/other/a.xlsx", BASE)).isEmpty();
        assertThat(Takedown.targetOf("https://cdn.agency.example/files/a.xlsx", BASE)).isEmpty();
        assertThat(Takedown.targetOf("http://www.agency.example/files/a.xlsx", BASE)).isEmpty();
        assertThat(Takedown.targetOf(BASE + "a.xlsx?download=1", BASE)).isEmpty();
        assertThat(Takedown.targetOf(BASE + "%2e%2e/%2e%2e/etc/passwd", BASE)).isEmpty();
        assertThat(Takedown.targetOf(BASE + "a.xlsx", null)).isEmpty();
    }
}
