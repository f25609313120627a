package org.airlock.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.airlock.detect.intl.IpAddressDetector;
import org.airlock.generator.TextCorpus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cue and digit-window gates ({@link Cues}, {@link TextProfile}) must never change what a
 * detector finds: for each gated detector, the gated scan and the scan of the whole text give the
 * same detections, on generated report prose and on texts built to sit on the gates' edges.
 */
class GateEquivalenceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    static Stream<TextDetector> gated() {
        return Stream.of(new PersonNameDetector(), new DateOfBirthDetector(TODAY), new NationalityDetector(),
                new SsnDetector(), new ANumberDetector(), new IpAddressDetector(), new DetentionFacilityDetector(),
                SensitiveTermDetector.all().get(0), SensitiveTermDetector.all().get(1));
    }

    /** Texts on the edges: cues next to dates, several cues, case folding that stops the gate. */
    private static final List<String> EDGES = List.of(
            "Detainee María López (DOB 03/12/1987), nationality: Honduran.",
            "MR JOHN SMITH, born 12 March 1960; Mme Claire Dubois, née le 4 mai 1971.",
            "Reporting period 01/02/2024 to 03/04/2024. DOB: 1985-03-12 and later born 1990-01-01 born 1991-02-02",
            "Sr. Juan Pérez, fecha de nacimiento 12 de marzo de 1975, nacionalidad mexicana.",
            "born\u00a0on the 1st of never; dob 2nd March 1980 dob dob 31/12/1999",
            "İstanbul: Mr Ali Veli, DOB 01.02.1970, citizenship Turkish", // İ lower-cases to two chars
            "ſr Hans Müller born 1970-05-05, nationality German", // long s folds to s
            "SSN 123-45-6789, ssn 219099999 and 078-05-1120; A-number A 201 234 567, A Number 20123456",
            "Alien number A#201234567 logged from 192.168.10.12, ip 2001:db8::1 version 1.2.3.4",
            "The applicant Name: Ana Gómez nombre Luis Ortega full name Wei Zhang citizen of China.",
            "Listed: Maria Lopez, DOB 1980-01-01; Wei Zhang ( born 1970 ); Claire Dubois\n(née Martin).",
            "гражданство: Россия, дата рождения 05.06.1988, Сидоров Иван (родился 1988)",
            "He was convicted of theft; prior conviction noted. Religion: Baha'i; religion : Sunni Islam, HMP Wandsworth.",
            "Held at Otay Mesa Detention Center, then the Florence State Prison; 关押地点：北京市第一看守所。");

    static Stream<String> texts() {
        List<String> all = new ArrayList<>(EDGES);
        all.addAll(new TextCorpus(7).paragraphs(300_000));
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("gated")
    void gatedScanFindsWhatTheWholeTextScanFinds(TextDetector detector) {
        int found = 0;
        for (String raw : (Iterable<String>) texts()::iterator) {
            String text = TextNormalizer.normalize(raw).text();
            String lower = text.toLowerCase(Locale.ROOT);
            List<Detection> whole = new ArrayList<>();
            detector.detect(text, lower, whole);
            List<Detection> gatedScan = new ArrayList<>();
            detector.detect(text, lower, TextProfile.of(text), gatedScan);
            assertThat(gatedScan).as("%s on: %s", detector.type(), raw).isEqualTo(whole);
            found += whole.size();
        }
        assertThat(found).as("the texts exercise %s", detector.type()).isPositive();
    }
}
