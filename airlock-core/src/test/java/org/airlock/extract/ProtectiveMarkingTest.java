package org.airlock.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Banners in headers and footers are labels; prose that mentions a secret is not. */
class ProtectiveMarkingTest {

    private static final Location HEADER = Location.of("header (word/header1.xml)");

    @Test
    void aLineThatIsOnlyAMarkingIsALabel() {
        assertThat(ProtectiveMarking.find(HEADER, "Draft\nOFFICIAL-SENSITIVE\n").name()).isEqualTo("OFFICIAL-SENSITIVE");
        assertThat(ProtectiveMarking.find(HEADER, "CUI//SP-PRVCY").name()).isEqualTo("CUI//SP-PRVCY");
        assertThat(ProtectiveMarking.find(HEADER, "&CSECRET").name()).isEqualTo("SECRET");
    }

    @Test
    void proseAndLowerCaseAreNot() {
        assertThat(ProtectiveMarking.find(HEADER, "The secret of our success")).isNull();
        assertThat(ProtectiveMarking.find(HEADER, "Confidential")).isNull();
        assertThat(ProtectiveMarking.find(HEADER, "CONFIDENTIAL REPORT ON FIGURES")).isNull();
    }

    @Test
    void onlyHeadersAndFootersAreRead() {
        assertThat(ProtectiveMarking.inHeaderOrFooter(HEADER, Visibility.VISIBLE)).isTrue();
        assertThat(ProtectiveMarking.inHeaderOrFooter(Location.of("sheet 'A'"), Visibility.HEADER_FOOTER)).isTrue();
        assertThat(ProtectiveMarking.inHeaderOrFooter(Location.of("document body"), Visibility.VISIBLE)).isFalse();
    }
}
