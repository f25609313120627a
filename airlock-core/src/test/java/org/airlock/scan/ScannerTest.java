package org.airlock.scan;

import static org.airlock.testsupport.Fixtures.SEED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.airlock.assess.Verdict;
import org.airlock.generator.Scenario;
import org.airlock.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScannerTest {

    @TempDir
    Path dir;

    @Test
    void expandsDirectoriesRecursivelyInSortedOrder() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(Files.createDirectories(site.resolve("b/deeper")).resolve("z.txt"), "z");
        Files.writeString(site.resolve("b/a.txt"), "a");
        Files.writeString(Files.createDirectories(site.resolve("a")).resolve("m.csv"), "x,y\n1,2\n");
        Files.writeString(site.resolve("c.txt"), "c");
        Files.createDirectories(site.resolve("empty"));

        List<ScanTarget> targets = Scanner.targets(List.of(site));
        assertThat(targets).extracting(t -> site.relativize(t.file()).toString().replace('\\', '/'))
                .containsExactly("a/m.csv", "b/a.txt", "b/deeper/z.txt", "c.txt");
        assertThat(targets).allSatisfy(t -> assertThat(t.displayName()).startsWith(site.toString()));
        assertThat(targets).allSatisfy(t -> assertThat(Path.of(t.displayName())).isEqualTo(t.file()));
    }

    @Test
    void keepsFilesGivenOneByOneInTheirOrder() throws Exception {
        Path second = Files.writeString(dir.resolve("b.txt"), "b");
        Path first = Files.writeString(dir.resolve("a.txt"), "a");
        assertThat(Scanner.targets(List.of(second, first))).extracting(ScanTarget::file).containsExactly(second, first);
        assertThat(Scanner.targets(List.of(second)).get(0).displayName()).isEqualTo(second.toString());
    }

    @Test
    void refusesAPathThatDoesNotExist() throws Exception {
        Path there = Files.writeString(dir.resolve("there.txt"), "x");
        Path missing = dir.resolve("missing.xlsx");
        assertThatThrownBy(() -> Scanner.targets(List.of(there, missing)))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("missing.xlsx");
    }

    @Test
    void returnsReportsInInputOrderWhateverTheThreads() throws Exception {
        Scenario.ICE.write(dir, 40, SEED);
        Scenario.AGGREGATE.write(dir, SEED);
        Scenario.CORRUPT.write(dir, SEED);
        Scenario.HOME_OFFICE.write(dir, 20, SEED);
        List<ScanTarget> targets = Scanner.targets(List.of(dir));
        AtomicInteger progress = new AtomicInteger();

        List<FileReport> reports = new Scanner(Fixtures.inspector(), 3).scan(targets, r -> progress.incrementAndGet());

        assertThat(reports).extracting(FileReport::file).containsExactlyElementsOf(targets.stream().map(ScanTarget::displayName).toList());
        assertThat(reports).extracting(r -> Path.of(r.file()).getFileName() + "=" + r.verdict() + "/" + r.persons())
                .containsExactly("aggregate.xlsx=PASS/0", "corrupt.xlsx=REVIEW/0", "home-office.xlsx=BLOCK/20", "ice.xlsx=BLOCK/40");
        assertThat(progress).hasValue(4);
        List<FileReport> oneThread = new Scanner(Fixtures.inspector(), 1).scan(targets, r -> { });
        assertThat(oneThread).extracting(FileReport::verdict).containsExactlyElementsOf(reports.stream().map(FileReport::verdict).toList());
    }

    @Test
    void scansNothingToNothing() {
        assertThat(new Scanner(Fixtures.inspector(), 2).scan(List.of(), r -> { })).isEmpty();
    }

    @Test
    void needsAtLeastOneThread() {
        assertThatThrownBy(() -> new Scanner(Fixtures.inspector(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFileThatVanishesBeforeItsTurnIsNotPassed() throws Exception {
        Path file = Scenario.AGGREGATE.write(dir, SEED);
        List<ScanTarget> targets = Scanner.targets(List.of(file));
        Files.delete(file);
        List<FileReport> reports = new Scanner(Fixtures.inspector(), 1).scan(targets, r -> { });
        assertThat(reports).singleElement().satisfies(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.REVIEW);
            assertThat(r.notInspected()).isNotEmpty();
        });
    }
}
