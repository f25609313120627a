package org.airlock.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.airlock.assess.Verdict;
import org.airlock.detect.FindingType;
import org.airlock.extract.DocumentType;
import org.airlock.extract.HiddenPlaceKind;
import org.airlock.extract.Visibility;
import org.airlock.generator.Scenario;
import org.airlock.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Web pages and data files: each hiding place found with its location and visibility; clean twins pass. */
class WebAndDataLeakTest {

    @TempDir
    Path dir;

    private FileReport scan(Scenario scenario, int persons) {
        Path file = scenario.write(dir, persons, Fixtures.SEED);
        return Fixtures.inspector().inspect(file, file.getFileName().toString());
    }

    @Test
    void listInAnHtmlCommentIsBlockedAsAMarkupComment() {
        FileReport report = scan(Scenario.WEB_COMMENT, 12);

        assertThat(report.type().type()).isEqualTo(DocumentType.HTML);
        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.persons()).isEqualTo(12);
        assertThat(report.records()).allSatisfy(r -> {
            assertThat(r.visibility()).isEqualTo(Visibility.MARKUP_COMMENT);
            assertThat(r.location().part()).isEqualTo("page");
        });
        assertThat(report.hiddenPlaces()).anySatisfy(h -> assertThat(h.kind()).isEqualTo(HiddenPlaceKind.MARKUP_COMMENTS));
    }

    @Test
    void peopleInADisplayNoneDivAreHiddenElementsLocatedByTheDivId() {
        FileReport report = scan(Scenario.WEB_HIDDEN, 12);

        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.persons()).isEqualTo(12);
        assertThat(report.records()).allSatisfy(r -> assertThat(r.visibility()).isEqualTo(Visibility.HIDDEN_ELEMENT));
        assertThat(report.findings()).filteredOn(f -> f.type() == FindingType.US_A_NUMBER).isNotEmpty().allSatisfy(f -> {
            assertThat(f.visibility()).isEqualTo(Visibility.HIDDEN_ELEMENT);
            assertThat(f.location().cells()).startsWith("#case-notes");
        });
    }

    @Test
    void inlineJsonRecordsAreReadAsATableOfScriptData() {
        FileReport report = scan(Scenario.WEB_INLINE_JSON, 12);

        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.persons()).isEqualTo(12);
        assertThat(report.records()).allSatisfy(r -> {
            assertThat(r.visibility()).isEqualTo(Visibility.INLINE_DATA);
            assertThat(r.location().detail()).contains("application/json");
        });
        assertThat(report.hiddenPlaces()).anySatisfy(h -> assertThat(h.kind()).isEqualTo(HiddenPlaceKind.SCRIPT_DATA));
    }

    @Test
    void peopleInDataAttributesAreAttributeValuesOfTheirListItems() {
        FileReport report = scan(Scenario.WEB_ATTRIBUTES, 12);

        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.persons()).isEqualTo(12);
        assertThat(report.records()).allSatisfy(r -> assertThat(r.visibility()).isEqualTo(Visibility.ATTRIBUTE));
        assertThat(report.findings()).filteredOn(f -> f.type() == FindingType.US_A_NUMBER).isNotEmpty()
                .allSatisfy(f -> assertThat(f.location().describe()).contains("#cases > li").contains("attributes of <li>"));
        assertThat(report.hiddenPlaces()).anySatisfy(h -> assertThat(h.kind()).isEqualTo(HiddenPlaceKind.DATA_ATTRIBUTES));
    }

    @Test
    void scriptLiteralsAndHiddenAttributeElementsAreReadWithTheirOwnVisibility() throws Exception {
        java.util.List<org.airlock.generator.Person> people = new org.airlock.generator.PeopleGenerator(Fixtures.SEED).people(2);
        java.util.function.Function<org.airlock.generator.Person, String> note = p -> "Detainee " + p.givenName() + " "
                + p.familyName().toUpperCase(java.util.Locale.ROOT) + ", DOB " + p.dateOfBirth() + ", A-number " + p.aNumber();
        Path page = java.nio.file.Files.writeString(dir.resolve("state.html"), "<html><body><h1>Cases</h1>"
                + "<script>window.__STATE__ = {note: \"" + note.apply(people.get(0)) + "\"};</script>"
                + "<section><p hidden>" + note.apply(people.get(1)) + "</p></section>"
                + "<p aria-hidden=\"true\">Figures are provisional.</p></body></html>");

        FileReport report = Fixtures.inspector().inspect(page, "state.html");

        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.records()).extracting(r -> r.visibility())
                .containsExactlyInAnyOrder(Visibility.INLINE_DATA, Visibility.HIDDEN_ELEMENT);
    }

    @Test
    void aVisibleHtmlTableOfPeopleIsJudgedLikeASheet() {
        FileReport report = scan(Scenario.WEB_TABLE, 20);

        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.persons()).isEqualTo(20);
        assertThat(report.records()).anySatisfy(r -> {
            assertThat(r.visibility()).isEqualTo(Visibility.VISIBLE);
            assertThat(r.location().cells()).contains("#detainees");
        });
        assertThat(report.findings()).anySatisfy(f -> assertThat(f.type()).isEqualTo(FindingType.US_A_NUMBER));
    }

    @Test
    void cleanPagePassesAndListsTheSameSiteDocumentItLinksTo() {
        FileReport report = scan(Scenario.WEB_CLEAN, 0);

        assertThat(report.verdict()).isEqualTo(Verdict.PASS);
        assertThat(report.persons()).isZero();
        assertThat(report.hiddenPlaces()).filteredOn(h -> h.kind() == HiddenPlaceKind.LINKED_DOCUMENTS)
                .singleElement().satisfies(h -> assertThat(h.location().detail()).isEqualTo("/statistics/detention-fy2023.xlsx"));
    }

    @Test
    void jsonExportOfPeopleIsATableKeyedByTheObjectsKeys() {
        FileReport report = scan(Scenario.JSON_EXPORT, 30);

        assertThat(report.type().type()).isEqualTo(DocumentType.JSON);
        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.persons()).isEqualTo(30);
        assertThat(report.records()).allSatisfy(r -> assertThat(r.location().cells()).startsWith("/detainees"));
    }

    @Test
    void jsonStatisticsPass() {
        FileReport report = scan(Scenario.JSON_CLEAN, 0);

        assertThat(report.type().type()).isEqualTo(DocumentType.JSON);
        assertThat(report.verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void xmlExportRecordsBecomeATableAndItsCommentIsListed() {
        FileReport report = scan(Scenario.XML_EXPORT, 30);

        assertThat(report.type().type()).isEqualTo(DocumentType.XML);
        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.persons()).isEqualTo(30);
        assertThat(report.records()).allSatisfy(r -> assertThat(r.location().cells()).contains("detainee"));
        assertThat(report.hiddenPlaces()).anySatisfy(h -> assertThat(h.kind()).isEqualTo(HiddenPlaceKind.MARKUP_COMMENTS));
    }
}
