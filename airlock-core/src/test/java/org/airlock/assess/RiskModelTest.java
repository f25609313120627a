package org.airlock.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.airlock.detect.Category;
import org.airlock.extract.Location;
import org.airlock.extract.SensitivityLabel;
import org.airlock.extract.Visibility;
import org.airlock.generator.Scenario;
import org.airlock.records.PersonRecords;
import org.airlock.scan.FileReport;
import org.airlock.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The risk model's rules one by one, on the assessor, and the legal reasons on a generated ICE-style workbook. */
class RiskModelTest {

    private static final Location SHEET = Location.of("sheet 'People'");

    @TempDir
    Path dir;

    private static Assessment assess(Policy policy, long persons, Set<Category> categories) {
        return new Assessor(policy).assess(persons, List.of(new PersonRecords(SHEET, Visibility.VISIBLE, persons, categories)),
                List.of(), List.of(), List.of());
    }

    @Test
    void asylumOrImmigrationStatusBlocksOneRecordWithTheLegalReason() {
        Assessment a = assess(Policy.defaults(), 1, Set.of(Category.NAME, Category.IMMIGRATION_STATUS));

        assertThat(a.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(a.risk().level()).isEqualTo(Sensitivity.RESTRICTED);
        assertThat(a.reasons()).anyMatch(r -> r.contains("8 CFR 208.6"));
        assertThat(a.risk().legalReasons()).anyMatch(r -> r.contains("8 CFR 208.6") && r.contains("Art. 9"));
    }

    @Test
    void specialCategoryAndCriminalOffenceDataNameTheirArticles() {
        Assessment a = assess(Policy.defaults(), 2, Set.of(Category.NAME, Category.HEALTH, Category.CRIMINAL_RECORD));

        assertThat(a.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(a.risk().legalReasons()).anyMatch(r -> r.startsWith("Special category data under UK/EU GDPR Art. 9 (health"))
                .anyMatch(r -> r.startsWith("Criminal offence data under UK/EU GDPR Art. 10"));
    }

    @Test
    void aFewNamesWithANationalityAreReviewAndInternal() {
        Assessment a = assess(Policy.defaults(), 3, Set.of(Category.NAME, Category.NATIONALITY));

        assertThat(a.verdict()).isEqualTo(Verdict.REVIEW);
        assertThat(a.risk().level()).isEqualTo(Sensitivity.INTERNAL);
        assertThat(a.risk().legalReasons()).isEmpty();
    }

    @Test
    void theCuiBannerPutsSpecifiedCategoriesFirst() {
        assertThat(LabelScheme.US_CUI.marking(Sensitivity.RESTRICTED,
                Set.of(Category.NAME, Category.IMMIGRATION_STATUS, Category.DATE_OF_BIRTH, Category.CRIMINAL_RECORD)))
                .isEqualTo("CUI//SP-CHRI/ASYL/PRVCY");
        assertThat(LabelScheme.US_CUI.marking(Sensitivity.PUBLIC, Set.of())).isEqualTo("UNCLASSIFIED");
        assertThat(LabelScheme.US_CUI.marking(Sensitivity.CONFIDENTIAL, Set.of())).isEqualTo("CUI");
        assertThat(LabelScheme.UK_GOVERNMENT.marking(Sensitivity.RESTRICTED, Set.of())).isEqualTo("OFFICIAL-SENSITIVE PERSONAL");
    }

    @Test
    void labelNamesAreReadOntoOneScale() {
        assertThat(LabelScheme.levelOf("Highly Confidential \\ All Employees")).isEqualTo(Sensitivity.RESTRICTED);
        assertThat(LabelScheme.levelOf("Confidential - Finance")).isEqualTo(Sensitivity.CONFIDENTIAL);
        assertThat(LabelScheme.levelOf("OFFICIAL-SENSITIVE")).isEqualTo(Sensitivity.CONFIDENTIAL);
        assertThat(LabelScheme.levelOf("CUI//SP-PRVCY")).isEqualTo(Sensitivity.CONFIDENTIAL);
        assertThat(LabelScheme.levelOf("General")).isEqualTo(Sensitivity.INTERNAL);
        assertThat(LabelScheme.levelOf("OFFICIAL")).isEqualTo(Sensitivity.PUBLIC);
        assertThat(LabelScheme.levelOf("Project Falcon")).isNull();
    }

    @Test
    void aSwitchedOffLabelIsOnlyNoted() {
        SensitivityLabel off = new SensitivityLabel("3d5a9c1e-8b27-4f60-a1d4-7e2b9c0f5a68", "Confidential", false, "Standard", "",
                Location.of("docProps/custom.xml"));
        Assessment a = new Assessor(Policy.defaults()).assess(0, List.of(), List.of(), List.of(), List.of(),
                new FileEvidence(List.of(off), List.of(), 0, 0));
        assertThat(a.verdict()).isEqualTo(Verdict.PASS);
        assertThat(a.reasons()).anyMatch(r -> r.contains("switched off"));
    }

    @Test
    void anIceStyleWorkbookNamesAsylumLawInItsReasons() {
        Path file = Scenario.ICE.write(dir, 40, Fixtures.SEED);
        FileReport report = Fixtures.inspector().inspect(file, "ice.xlsx");

        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.categories()).contains(Category.IMMIGRATION_STATUS);
        assertThat(report.reasons()).anyMatch(r -> r.contains("8 CFR 208.6"));
        assertThat(report.assessment().risk().level()).isEqualTo(Sensitivity.RESTRICTED);
    }
}
