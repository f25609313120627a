package org.airlock.server.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TargetPathTest {

    @Test
    void plainPathsAreKeptAndALeadingSlashIsDropped() {
        assertThat(TargetPath.parse("statistics/fy2023.xlsx").value()).isEqualTo("statistics/fy2023.xlsx");
        assertThat(TargetPath.parse("/statistics/fy2023.xlsx").value()).isEqualTo("statistics/fy2023.xlsx");
        assertThat(TargetPath.parse("  report.csv ").value()).isEqualTo("report.csv");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../etc/passwd", "a/../../b.xlsx", "a/./b.xlsx", "a//b.xlsx", "..\\windows\\x", "C:/x.xlsx",
        "//server/share/x", "a/.htaccess", "a/b\u0000.xlsx", "a/\nb.xlsx", "", "   ", "a/"})
    void traversalAndOddPathsAreRefused(String raw) {
        assertThatThrownBy(() -> TargetPath.parse(raw)).isInstanceOf(TargetPath.InvalidTargetException.class);
    }
}
