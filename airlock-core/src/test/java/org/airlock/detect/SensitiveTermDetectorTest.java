package org.airlock.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.airlock.generator.TextCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Special-category terms, detention places and nationality codes: what counts and what does not. */
class SensitiveTermDetectorTest {

    private static final TextDetectors CATALOGUE = TextDetectors.defaults(LocalDate.of(2026, 11, 22));

    private static List<String> found(String text, FindingType type) {
        return CATALOGUE.detect(text).stream().filter(d -> d.type() == type).map(d -> text.substring(d.start(), d.end())).toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            criminal-record    | He was convicted of theft in 2019.                          | was convicted
            criminal-record    | Criminal record: two prior offences                         | Criminal record: two prior offences
            criminal-record    | Casier judiciaire : néant                                   | Casier judiciaire
            criminal-record    | Имеет судимость по статье 158.                              | судимость
            religion           | Religion: Baha'i, registered 2021                           | Religion: Baha'i
            religion           | She converted to Christianity in 2015.                      | converted to Christianity
            religion           | 宗教：佛教。                                                  | 宗教：佛教
            ethnicity          | Ethnicity : Kurdish; language Sorani                        | Ethnicity : Kurdish
            ethnicity          | An ethnic Hazara from Ghazni                                | ethnic Hazara
            sexual-orientation | The claimant identifies as gay and fears return.            | identifies as gay
            sexual-orientation | Orientation sexuelle : homosexuel                           | Orientation sexuelle : homosexuel
            biometric-data     | Fingerprints taken on arrival at Dover.                     | Fingerprints taken
            biometric-data     | DNA sample held under reference 44.                         | DNA sample
            """)
    void findsTheTermsThatSaySomethingOfSomeone(String type, String text, String expected) {
        assertThat(found(text, FindingType.byId(type))).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The department publishes data by ethnicity and religion every quarter.",
        "Biometric data will be collected at ports of entry from 2025.",
        "Freedom of religion and the prohibition of discrimination on grounds of sexual orientation are protected.",
        "The Race Relations Act and the Equality Act apply.",
        "Convictions statistics are published in table 5.",
        "The race: a 10 km run on Sunday.",
    })
    void ordinaryGovernmentProseHoldsNoSpecialCategoryData(String text) {
        List<Detection> all = CATALOGUE.detect(text);
        assertThat(all).noneMatch(d -> d.type().category() == Category.RELIGION || d.type().category() == Category.ETHNICITY
                || d.type().category() == Category.SEXUAL_ORIENTATION || d.type().category() == Category.BIOMETRIC);
    }

    @Test
    void theGeneratedReportCorpusHoldsNoSpecialCategoryTerm() {
        int paragraphs = 0;
        for (String text : new TextCorpus(3).paragraphs(200_000)) {
            paragraphs++;
            assertThat(CATALOGUE.detect(text)).as(text).noneMatch(d -> d.type() == FindingType.RELIGION
                    || d.type() == FindingType.ETHNICITY || d.type() == FindingType.SEXUAL_ORIENTATION
                    || d.type() == FindingType.BIOMETRIC_DATA || d.type() == FindingType.CRIMINAL_RECORD);
        }
        assertThat(paragraphs).isPositive();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Transferred to HMP Wandsworth on Monday.        | HMP Wandsworth
            Held at the Florence State Prison since May.    | Florence State Prison
            Placé au centre pénitentiaire de Fresnes.       | centre pénitentiaire
            Ingresó en el centro penitenciario de Soto.     | centro penitenciario
            Содержится в исправительной колонии № 2.        | исправительной колонии
            در زندان اوین نگهداری می‌شود.                    | زندان اوین
            关押地点：北京市第一看守所。                       | 北京市第一看守所
            """)
    void findsPrisonsAndDetentionPlacesInSeveralLanguages(String text, String expected) {
        assertThat(found(text, FindingType.DETENTION_FACILITY)).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The prison population fell.", "Detention statistics, table 2.", "The facility opened in 2019."})
    void prisonWordsAloneAreNoPlace(String text) {
        assertThat(found(text, FindingType.DETENTION_FACILITY)).isEmpty();
    }

    @Test
    void anIsoCodeIsANationalityOnlyAfterACue() {
        assertThat(found("Nationality: IRN, status pending.", FindingType.NATIONALITY)).containsExactly("IRN");
        assertThat(found("The IRN team met the GBR delegation in USA.", FindingType.NATIONALITY)).isEmpty();
        assertThat(found("国籍：中国。 ملیت: ایران", FindingType.NATIONALITY)).containsExactly("中国", "ایران");
    }
}
