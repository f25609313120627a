package org.airlock.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.airlock.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

/** The whole catalogue over one text, as comments and prose are scanned. */
class TextDetectorsTest {

    private final TextDetectors detectors = TextDetectors.defaults(Fixtures.TODAY);

    private static List<String> describe(String text, List<Detection> found) {
        return found.stream().map(d -> d.type().id() + "=" + text.substring(d.start(), d.end())).toList();
    }

    @Test
    void findsEveryPartOfAPersonRecordInAComment() {
        String comment = "Detainee Maria LOPEZ GARCIA, DOB 03/12/1985, A-number A201234567, nationality GUATEMALA";
        assertThat(describe(comment, detectors.detect(comment))).containsExactlyInAnyOrder(
                "person-name=Maria LOPEZ GARCIA",
                "date-of-birth=03/12/1985",
                "us-a-number=A201234567",
                "nationality=GUATEMALA");
    }

    /** Reports one detection of {@code type} over the whole text, to test how overlaps are settled. */
    private static TextDetector wholeText(FindingType type) {
        return new TextDetector() {
            @Override
            public FindingType type() {
                return type;
            }

            @Override
            public void detect(String text, String lowerText, List<Detection> out) {
                out.add(new Detection(type, 0, text.length(), Confidence.LOW, "whole text"));
            }
        };
    }

    @Test
    void aLessSpecificMatchOverlappingAnEarlierOneIsDropped() {
        TextDetectors catalogue = new TextDetectors(List.of(new ANumberDetector(), wholeText(FindingType.PHONE_NUMBER)));
        String text = "A-number A201234567";
        assertThat(describe(text, catalogue.detect(text))).containsExactly("us-a-number=A201234567");
    }

    @Test
    void aNameOverlappingAnotherMatchIsKept() {
        TextDetectors catalogue = new TextDetectors(List.of(new ANumberDetector(), wholeText(FindingType.PERSON_NAME)));
        String text = "A201234567";
        assertThat(catalogue.detect(text)).extracting(Detection::type)
                .containsExactly(FindingType.US_A_NUMBER, FindingType.PERSON_NAME);
    }

    @Test
    void theDefaultCatalogueRunsTheSpecificDetectorsFirst() {
        assertThat(detectors.detectors()).extracting(TextDetector::type).startsWith(
                FindingType.US_A_NUMBER, FindingType.US_SSN, FindingType.PASSPORT_NUMBER, FindingType.EMAIL_ADDRESS);
        assertThat(detectors.detectors()).last().extracting(TextDetector::type).isEqualTo(FindingType.PHONE_NUMBER);
    }

    @Test
    void findsNothingInAStatisticsSentence() {
        String text = "In 2023 Q1 the Granite Pass field office booked in 1,204 people from 14 countries; "
                + "the meeting on 12/03/2024 reviewed the period ending 31/03/2023.";
        assertThat(describe(text, detectors.detect(text))).isEmpty();
    }

    @Test
    void foldsCaseAccentsAndPunctuationForLookUps() {
        assertThat(Folding.fold("DATE DE NAISSANCE:")).isEqualTo("date de naissance");
        assertThat(Folding.fold("date_de_naissance")).isEqualTo("date de naissance");
        assertThat(Folding.fold("Nationalité")).isEqualTo("nationalite");
        assertThat(Folding.fold("Book-In Date")).isEqualTo("book in date");
        assertThat(Folding.fold("A#")).isEqualTo("a#");
    }
}
