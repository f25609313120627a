package org.airlock.extract;

import static org.airlock.testsupport.Fixtures.SEED;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.airlock.assess.Verdict;
import org.airlock.detect.Category;
import org.airlock.detect.FindingType;
import org.airlock.generator.LeakWorkbooks;
import org.airlock.generator.SheetState;
import org.airlock.records.Finding;
import org.airlock.scan.FileReport;
import org.airlock.testsupport.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A file is what its content says, whatever its name; delimited text is read in its own dialect. */
class TypeDetectionTest {

    private static final int PERSONS = 60;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    static Path dir;

    private static Path ice;

    @BeforeAll
    static void writeAnIceWorkbook() {
        ice = LeakWorkbooks.iceStyle(dir.resolve("ice.xlsx"), PERSONS, SheetState.VERY_HIDDEN, SEED);
    }

    private static FileReport inspect(Path file) {
        return Fixtures.inspector().inspect(file, file.getFileName().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "pdf", "txt", "docx"})
    void inspectsAWorkbookByItsContentWhateverItsExtension(String extension) throws Exception {
        Path renamed = Files.copy(ice, dir.resolve("statistics." + extension), StandardCopyOption.REPLACE_EXISTING);
        FileReport report = inspect(renamed);
        assertThat(report.type().type()).isEqualTo(DocumentType.XLSX);
        assertThat(report.type().mediaType()).isEqualTo(Fixtures.XLSX_MEDIA_TYPE);
        assertThat(report.type().note()).contains("." + extension).contains(DocumentType.XLSX.description());
        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.persons()).isEqualTo(PERSONS);
    }

    @Test
    void saysNothingAboutAnExtensionThatMatches() throws Exception {
        assertThat(inspect(ice).type().note()).isEmpty();
        Path xlsm = Files.copy(ice, dir.resolve("macro.xlsm"), StandardCopyOption.REPLACE_EXISTING);
        assertThat(new TypeDetector().detect(xlsm, "macro.xlsm").note()).isEmpty();
    }

    @Test
    void tellsAnXlsWorkbookFromAnEncryptedOneInsideTheSameContainerFormat() throws Exception {
        Path xls = LeakWorkbooks.iceStyleXls(dir.resolve("ice.xls"), 10, SheetState.VISIBLE, SEED);
        Path encrypted = LeakWorkbooks.encrypted(dir.resolve("locked.xlsx"), "secret", SEED);
        TypeDetector detector = new TypeDetector();
        assertThat(detector.detect(xls, "ice.xls").type()).isEqualTo(DocumentType.XLS);
        assertThat(detector.detect(encrypted, "locked.xlsx").type()).isEqualTo(DocumentType.ENCRYPTED_OFFICE);
    }

    @Test
    void readsSemicolonSeparatedWindows1252Text() throws Exception {
        Path csv = LeakWorkbooks.iceStyleCsv(dir.resolve("ice-semicolon.csv"), PERSONS, ';', WINDOWS_1252, SEED);
        FileReport report = inspect(csv);
        assertThat(report.type().type()).isEqualTo(DocumentType.CSV);
        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.persons()).isEqualTo(PERSONS);
        assertThat(report.records()).singleElement()
                .satisfies(r -> assertThat(r.location().detail()).isEqualTo("delimiter ';', windows-1252"));
        assertThat(report.categories()).contains(Category.NAME, Category.NATIONAL_ID, Category.DATE_OF_BIRTH);
    }

    @Test
    void decodesAccentedNamesOfWindows1252Text() throws Exception {
        String text = String.join("\r\n",
                "Nom;Prénom;Date de naissance;Nationalité",
                "Núñez;José Ángel;12/03/1985;MEXIQUE",
                "Dupré;Hélène;03/07/1990;FRANCE",
                "Peña;María José;21/11/1979;ESPAGNE",
                "Lefèvre;Zoé;05/05/2001;BELGIQUE",
                "Muñoz Ibáñez;Íñigo;30/01/1968;ESPAGNE") + "\r\n";
        Path csv = Files.write(dir.resolve("personnes.csv"), text.getBytes(WINDOWS_1252));
        FileReport report = inspect(csv);
        assertThat(report.type().type()).isEqualTo(DocumentType.CSV);
        assertThat(report.persons()).isEqualTo(5);
        assertThat(report.verdict()).isNotEqualTo(Verdict.PASS);
        List<Finding> names = report.findings().stream().filter(f -> f.type() == FindingType.PERSON_NAME).toList();
        assertThat(names).extracting(Finding::sample).containsExactlyInAnyOrder("Núñez", "José Ángel");
        assertThat(names).extracting(f -> f.location().cells()).containsExactlyInAnyOrder("A2:A6", "B2:B6");
        assertThat(report.findings()).filteredOn(f -> f.type() == FindingType.DATE_OF_BIRTH).singleElement()
                .satisfies(f -> assertThat(f.count()).isEqualTo(5));
    }

    @Test
    void readsTabSeparatedText() {
        Path tsv = LeakWorkbooks.iceStyleCsv(dir.resolve("ice.tsv"), PERSONS, '\t', StandardCharsets.UTF_8, SEED);
        FileReport report = inspect(tsv);
        assertThat(report.type().type()).isEqualTo(DocumentType.CSV);
        assertThat(report.type().note()).isEmpty();
        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.persons()).isEqualTo(PERSONS);
        assertThat(report.records()).singleElement()
                .satisfies(r -> assertThat(r.location().detail()).isEqualTo("tab-separated, UTF-8"));
    }

    @Test
    void readsUtf8WithAByteOrderMark() throws Exception {
        Path plain = LeakWorkbooks.iceStyleCsv(dir.resolve("plain.csv"), PERSONS, ',', StandardCharsets.UTF_8, SEED);
        byte[] body = Files.readAllBytes(plain);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        FileReport report = inspect(Files.write(dir.resolve("bom.csv"), withBom));
        assertThat(report.persons()).isEqualTo(PERSONS);
        // The BOM must not stick to the first header and hide the "Last Name" column.
        assertThat(report.findings()).anyMatch(f -> f.type() == FindingType.PERSON_NAME && f.location().cells().startsWith("A2:"));
    }

    @Test
    void readsProseAsPlainText() throws Exception {
        Path notes = Files.writeString(dir.resolve("case-notes.txt"), """
                Weekly case notes.

                Detainee Maria LOPEZ GARCIA, DOB 03/12/1985, A-number A201234567, nationality GUATEMALA,
                was moved to Granite Pass Processing Center on Tuesday.
                """);
        FileReport report = inspect(notes);
        assertThat(report.type().type()).isEqualTo(DocumentType.TEXT);
        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.persons()).isEqualTo(1);
        assertThat(report.findings()).extracting(Finding::type)
                .contains(FindingType.PERSON_NAME, FindingType.DATE_OF_BIRTH, FindingType.US_A_NUMBER, FindingType.NATIONALITY);
        assertThat(report.findings()).filteredOn(f -> f.type() == FindingType.US_A_NUMBER).singleElement()
                .satisfies(f -> assertThat(f.location().describe()).isEqualTo("text › lines 1-4"));
    }

    @Test
    void passesHarmlessProse() throws Exception {
        Path notes = Files.writeString(dir.resolve("minutes.txt"), """
                Minutes of the meeting on 12/03/2024.
                The committee reviewed the detention statistics for the period ending 31/03/2023.
                Book-ins rose by 4% in the quarter; no action was agreed.
                """);
        FileReport report = inspect(notes);
        assertThat(report.type().type()).isEqualTo(DocumentType.TEXT);
        assertThat(report.verdict()).isEqualTo(Verdict.PASS);
        assertThat(report.findings()).isEmpty();
    }
}
