package org.airlock.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ScenarioTest {

    private static final Set<Scenario> UNREADABLE = EnumSet.of(Scenario.ENCRYPTED, Scenario.TRUNCATED, Scenario.CORRUPT);

    @TempDir
    Path dir;

    @Test
    void idsAreUniqueKebabCase() {
        assertThat(Arrays.stream(Scenario.values()).map(Scenario::id))
                .doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z]+(-[a-z]+)*"))
                .contains("ice", "ice-hidden", "ice-very-hidden", "home-office", "hidden-columns",
                        "zero-width-columns", "white-text", "invisible-format", "hidden-rows", "comments",
                        "pivot-cache", "aggregate", "budget", "facilities", "ice-xls", "ice-csv", "encrypted",
                        "truncated", "corrupt", "large");
        assertThat(Scenario.byId("ice-very-hidden")).isEqualTo(Scenario.ICE_VERY_HIDDEN);
        assertThat(Scenario.ICE_VERY_HIDDEN.fileName()).isEqualTo("ice-very-hidden.xlsx");
        assertThatThrownBy(() -> Scenario.byId("nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ice-very-hidden");
    }

    @Test
    void onlyTheHarmlessLookAlikesAreNotLeaks() {
        assertThat(Arrays.stream(Scenario.values()).filter(s -> !s.leak()))
                .containsExactlyInAnyOrder(Scenario.AGGREGATE, Scenario.BUDGET, Scenario.FACILITIES, Scenario.WEB_CLEAN,
                        Scenario.JSON_CLEAN, Scenario.MAIL_CLEAN, Scenario.PHOTO_CLEAN, Scenario.ZIP_CLEAN);
        assertThat(Scenario.ICE.defaultPersons()).isEqualTo(6_252);
        assertThat(Scenario.LARGE.defaultPersons()).isEqualTo(1_000_000);
        assertThat(Arrays.stream(Scenario.values())).allSatisfy(s -> assertThat(s.description()).isNotBlank());
    }

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void everyScenarioWritesItsFile(Scenario scenario) throws IOException {
        int persons = scenario.takesPersons() ? 30 : 0;
        Path file = scenario.write(dir, persons, 5);
        assertThat(file).isEqualTo(dir.resolve(scenario.fileName()));
        assertThat(Files.size(file)).isPositive();
        if (scenario.fileName().endsWith(".csv")) {
            assertThat(Files.readAllLines(file)).hasSize(31);
        } else if (!UNREADABLE.contains(scenario) && scenario.fileName().matches(".*\\.xlsx?")) {
            try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
                assertThat(workbook.getNumberOfSheets()).isPositive();
            }
        }
    }
}
