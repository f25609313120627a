package org.airlock.assess;

import static org.airlock.testsupport.Fixtures.SEED;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.airlock.detect.Category;
import org.airlock.generator.Scenario;
import org.airlock.scan.FileReport;
import org.airlock.scan.Inspector;
import org.airlock.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The risk model's must-shows of issue 5, end to end on generated files: officials and press
 * officers pass, one private person with a birth date blocks, labels found in files are named
 * and respected, and count tables with a cell of one need sign-off.
 */
class RiskVerdictTest {

    @TempDir
    Path dir;

    private FileReport scan(Scenario scenario) {
        return scan(Fixtures.inspector(), scenario);
    }

    private FileReport scan(Inspector inspector, Scenario scenario) {
        Path file = scenario.write(dir, SEED);
        return inspector.inspect(file, scenario.fileName());
    }

    private Policy policy(String yaml) throws IOException, PolicyLoader.PolicyException {
        return PolicyLoader.load(Files.writeString(dir.resolve("policy.yaml"), yaml));
    }

    @Test
    void aPressReleaseNamingAMinisterAChairAndASpokespersonPasses() {
        FileReport report = scan(Scenario.PRESS_RELEASE_OFFICIALS);

        assertThat(report.verdict()).as(report.reasons().toString()).isEqualTo(Verdict.PASS);
        assertThat(report.persons()).isZero();
        assertThat(report.assessment().risk().level()).isEqualTo(Sensitivity.PUBLIC);
    }

    @Test
    void aPressOfficeContactsTablePasses() {
        FileReport report = scan(Scenario.PRESS_OFFICE_CONTACTS);

        assertThat(report.verdict()).as(report.reasons().toString()).isEqualTo(Verdict.PASS);
        assertThat(report.assessment().risk().label()).isEqualTo("PUBLIC");
    }

    @Test
    void thePressReleaseWithOneDetaineesNameAndBirthDateBlocksWithOnePerson() {
        FileReport report = scan(Scenario.PRESS_RELEASE_DETAINEE);

        assertThat(report.verdict()).as(report.reasons().toString()).isEqualTo(Verdict.BLOCK);
        assertThat(report.persons()).isEqualTo(1);
        assertThat(report.categories()).contains(Category.NAME, Category.DATE_OF_BIRTH);
        assertThat(report.assessment().risk().level()).isEqualTo(Sensitivity.CONFIDENTIAL);
        assertThat(report.reasons()).anyMatch(r -> r.contains("dates of birth") && r.contains("one record is enough"));
        assertThat(report.assessment().risk().legalReasons()).anyMatch(r -> r.contains("Art. 4(1)"));
        assertThat(report.reasons()).anyMatch(r -> r.startsWith("How persons were counted: 1 person record ")
                && r.endsWith(": 1 person."));
    }

    @Test
    void aWorkbookWithFrenchHeadersBlocks() {
        FileReport report = scan(Scenario.FRENCH_HEADERS);

        assertThat(report.verdict()).as(report.reasons().toString()).isEqualTo(Verdict.BLOCK);
        assertThat(report.persons()).isEqualTo(Scenario.FRENCH_HEADERS.defaultPersons());
        assertThat(report.categories()).contains(Category.NAME, Category.DATE_OF_BIRTH);
    }

    @Test
    void aWorkbookLabelledConfidentialWithNoPersonalDataBlocksAndNamesTheLabel() {
        FileReport report = scan(Scenario.LABELLED_XLSX);

        assertThat(report.persons()).isZero();
        assertThat(report.verdict()).as(report.reasons().toString()).isEqualTo(Verdict.BLOCK);
        assertThat(report.reasons()).anyMatch(r -> r.contains("sensitivity label 'Confidential'")
                && r.contains("3d5a9c1e-8b27-4f60-a1d4-7e2b9c0f5a68") && r.contains("docProps/custom.xml"));
        assertThat(report.assessment().risk().foundLabels()).singleElement()
                .satisfies(l -> assertThat(l.level()).isEqualTo(Sensitivity.CONFIDENTIAL));
        assertThat(report.assessment().risk().label()).isEqualTo("CONFIDENTIAL");
    }

    @Test
    void aDocumentLabelledBothWaysListsTheLabelOnceWithItsName() {
        FileReport report = scan(Scenario.LABELLED_DOCX);

        assertThat(report.verdict()).as(report.reasons().toString()).isEqualTo(Verdict.BLOCK);
        assertThat(report.assessment().risk().foundLabels()).singleElement()
                .satisfies(l -> assertThat(l.name()).isEqualTo("Confidential"));
    }

    @Test
    void labelsInLegacyOfficeFilesAndPdfsAreReadToo() {
        for (Scenario s : new Scenario[] {Scenario.LABELLED_XLS, Scenario.LABELLED_PDF}) {
            FileReport report = scan(s);
            assertThat(report.verdict()).as(s + ": " + report.reasons()).isEqualTo(Verdict.BLOCK);
            assertThat(report.persons()).isZero();
            assertThat(report.assessment().risk().foundLabels()).as(s.id()).singleElement().satisfies(l -> {
                assertThat(l.name()).isEqualTo("Confidential");
                assertThat(l.label().siteId()).isEqualTo("6f1c2b7e-4a53-4d8e-9b0a-2c5e7d9f1a34");
                assertThat(l.label().method()).isEqualTo("Standard");
            });
        }
    }

    @Test
    void aPrintedBannerInThePageHeaderIsALabel() {
        FileReport report = scan(Scenario.MARKED_DOCX);

        assertThat(report.verdict()).as(report.reasons().toString()).isEqualTo(Verdict.BLOCK);
        assertThat(report.reasons()).anyMatch(r -> r.contains("'OFFICIAL-SENSITIVE' (marking, header"));
    }

    @Test
    void aLabelIdTheFileDoesNotNameIsReviewUntilThePolicyMapsIt() throws Exception {
        FileReport unknown = scan(Scenario.LABELLED_PPTX);
        assertThat(unknown.verdict()).as(unknown.reasons().toString()).isEqualTo(Verdict.REVIEW);
        assertThat(unknown.reasons()).anyMatch(r -> r.contains("an unnamed label")
                && r.contains("3d5a9c1e-8b27-4f60-a1d4-7e2b9c0f5a68") && r.contains("docMetadata/LabelInfo.xml")
                && r.contains("labels.ids"));
        assertThat(unknown.assessment().risk().level()).isEqualTo(Sensitivity.INTERNAL);

        Policy mapped = policy("""
                labels:
                  ids:
                    "{3D5A9C1E-8B27-4F60-A1D4-7E2B9C0F5A68}": {name: Confidential, level: CONFIDENTIAL}
                """);
        FileReport known = scan(new Inspector(mapped, Fixtures.TODAY), Scenario.LABELLED_PPTX);
        assertThat(known.verdict()).as(known.reasons().toString()).isEqualTo(Verdict.BLOCK);
        assertThat(known.reasons()).anyMatch(r -> r.contains("sensitivity label 'Confidential'"));
    }

    @Test
    void aPolicyMayOnlyAskForSignOffOnConfidentialLabels() throws Exception {
        Policy lenient = policy("""
                labels:
                  block-from: RESTRICTED
                """);
        FileReport report = scan(new Inspector(lenient, Fixtures.TODAY), Scenario.LABELLED_XLSX);
        assertThat(report.verdict()).as(report.reasons().toString()).isEqualTo(Verdict.REVIEW);
    }

    @Test
    void aPublicLabelDoesNotStopAFile() {
        FileReport report = scan(Scenario.PUBLIC_LABELLED_XLSX);

        assertThat(report.verdict()).as(report.reasons().toString()).isEqualTo(Verdict.PASS);
        assertThat(report.assessment().risk().foundLabels()).singleElement()
                .satisfies(l -> assertThat(l.level()).isEqualTo(Sensitivity.PUBLIC));
    }

    @Test
    void aCountTableWithACellOfOneIsReviewNamingTheCell() {
        FileReport report = scan(Scenario.SMALL_CELLS);

        assertThat(report.verdict()).as(report.reasons().toString()).isEqualTo(Verdict.REVIEW);
        assertThat(report.assessment().risk().smallCells()).singleElement()
                .satisfies(c -> {
                    assertThat(c.reference()).isEqualTo("By facility!C6");
                    assertThat(c.count()).isEqualTo(1);
                });
        assertThat(report.reasons()).anyMatch(r -> r.contains("By facility!C6 = 1"));
    }

    @Test
    void theSameTableWithEveryCellTenOrMorePasses() {
        FileReport report = scan(Scenario.SMALL_CELLS_SAFE);

        assertThat(report.verdict()).as(report.reasons().toString()).isEqualTo(Verdict.PASS);
        assertThat(report.assessment().risk().smallCellCount()).isZero();
    }

    @Test
    void theHarmlessStatisticsWorkbooksHaveNoSmallCells() {
        for (Scenario s : new Scenario[] {Scenario.AGGREGATE, Scenario.BUDGET, Scenario.FACILITIES, Scenario.ODS_CLEAN,
            Scenario.JSON_CLEAN, Scenario.WEB_CLEAN, Scenario.ZIP_CLEAN, Scenario.MAIL_CLEAN, Scenario.PDF_ATTACHMENT_CLEAN}) {
            FileReport report = scan(s);
            assertThat(report.verdict()).as(s + ": " + report.reasons()).isEqualTo(Verdict.PASS);
            assertThat(report.assessment().risk().smallCellCount()).as(s.id()).isZero();
        }
    }

    @Test
    void theSmallCellThresholdIsThePolicys() throws Exception {
        FileReport off = scan(new Inspector(policy("small-cells:\n  below: 1\n"), Fixtures.TODAY), Scenario.SMALL_CELLS);
        assertThat(off.verdict()).isEqualTo(Verdict.PASS);
        FileReport strict = scan(new Inspector(policy("small-cells:\n  below: 20\n"), Fixtures.TODAY), Scenario.SMALL_CELLS_SAFE);
        assertThat(strict.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(strict.assessment().risk().smallCellCount()).isPositive();
    }

    @Test
    void aListedOfficialWithOnlyContactDetailsIsNotAPersonButWithABirthDateIs() throws Exception {
        Policy listed = policy("""
                review:
                  contact-only-persons-at-least: 2
                people:
                  publishable:
                    - {name: Daniel Okafor, role: Head of news}
                    - {name: Sarah Whitfield}
                    - {name: Tomasz Nowak}
                    - {name: Aisha Bello}
                    - {name: Karim Rahimi, role: "not an official: proves a birth date still counts"}
                """);
        FileReport contacts = scan(new Inspector(listed, Fixtures.TODAY), Scenario.PRESS_OFFICE_CONTACTS);
        assertThat(contacts.verdict()).as(contacts.reasons().toString()).isEqualTo(Verdict.PASS);
        assertThat(contacts.persons()).isZero();
        assertThat(contacts.reasons()).anyMatch(r -> r.contains("people.publishable"));
        // The listed names in column A are not listed as findings. (The Role column, "Head of news", is
        // taken for names by the name detector; its values are no listed person's name, so they stay.)
        assertThat(contacts.findings()).noneMatch(f -> f.category() == Category.NAME && f.location().cells().startsWith("A"));

        FileReport unlisted = scan(new Inspector(policy("review:\n  contact-only-persons-at-least: 2\n"), Fixtures.TODAY),
                Scenario.PRESS_OFFICE_CONTACTS);
        assertThat(unlisted.verdict()).as("without the list, four staff reach the threshold of 2").isEqualTo(Verdict.REVIEW);

        FileReport detainee = scan(new Inspector(listed, Fixtures.TODAY), Scenario.PRESS_RELEASE_DETAINEE);
        assertThat(detainee.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(detainee.persons()).isEqualTo(1);
    }

    @Test
    void theSchemeNamesTheLabel() throws Exception {
        FileReport uk = scan(new Inspector(policy("labels:\n  scheme: uk-government\n"), Fixtures.TODAY),
                Scenario.PRESS_RELEASE_DETAINEE);
        assertThat(uk.assessment().risk().label()).isEqualTo("OFFICIAL-SENSITIVE");
        FileReport cui = scan(new Inspector(policy("labels:\n  scheme: us-cui\n"), Fixtures.TODAY),
                Scenario.PRESS_RELEASE_DETAINEE);
        assertThat(cui.assessment().risk().label()).isEqualTo("CUI//PRVCY");
        assertThat(cui.reasons()).anyMatch(r -> r.startsWith("Label CUI//PRVCY (us-cui scheme, level CONFIDENTIAL)"));
    }
}
