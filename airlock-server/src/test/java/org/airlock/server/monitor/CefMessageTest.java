package org.airlock.server.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CefMessageTest {

    private static Alert alert(String url, String verdict) {
        return new Alert(7, 2, url, "ab".repeat(32), verdict, 300, List.of("IMMIGRATION", "NAME"), List.of("300 records"),
                List.of(), "2026-11-22T05:00:00Z", Instant.parse("2026-11-22T05:01:02.345Z"), Alert.Status.OPEN, null, null,
                Alert.Takedown.WITHDRAWN, "withdrew x", 5L);
    }

    @Test
    void blockIsCriticalInRfc5424FramingWithEscapedFields() {
        String line = CefMessage.format(alert("https://www.agency.example/a=b\\c.xlsx", "BLOCK"), "site|one = main", "web-1",
                "1.0|beta", Instant.parse("2026-11-22T05:01:03Z"));
        assertThat(line).isEqualTo("<106>1 2026-11-22T05:01:03Z web-1 airlock - exposure - "
                + "CEF:0|Airlock|Airlock Monitor|1.0\\|beta|exposure-BLOCK|Personal data exposed on a monitored site|9|"
                + "rt=1795323662345 externalId=7 request=https://www.agency.example/a\\=b\\\\c.xlsx cnt=300 act=WITHDRAWN "
                + "cs1Label=verdict cs1=BLOCK cs2Label=categories cs2=IMMIGRATION,NAME cs3Label=monitor cs3=site|one \\= main "
                + "cs4Label=sha256 cs4=" + "ab".repeat(32));
    }

    @Test
    void reviewIsAWarningAndALongUrlIsShortenedToFitOneDatagram() {
        String url = "https://www.agency.example/" + "x".repeat(5_000);
        String line = CefMessage.format(alert(url, "REVIEW"), "site", "", "1", Instant.parse("2026-11-22T05:01:03Z"));
        assertThat(line).startsWith("<108>1 2026-11-22T05:01:03Z - airlock").contains("|exposure-REVIEW|").contains("|5|");
        assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(2048);
        assertThat(line).contains("request=https://www.agency.example/xxx").contains("…");
    }
}
