package org.airlock.detect.ru;

import java.util.List;
import org.airlock.detect.Confidence;
import org.airlock.detect.FindingType;
import org.airlock.detect.PatternDetector;
import org.airlock.detect.TextDetector;
import org.airlock.detect.check.WeightedSums;

/** Russian taxpayer number (INN) of a person and insurance number (SNILS). */
public final class RussianIdentifiers {

    private RussianIdentifiers() {
    }

    public static List<TextDetector> detectors() {
        return List.of(snils(), inn());
    }

    /** SNILS: 123-456-789 01, mod 101 check over weights 9..1. */
    public static PatternDetector snils() {
        return PatternDetector.builder(FindingType.RU_SNILS, "(?<![\\d-])(\\d{3}-\\d{3}-\\d{3}[ -]\\d{2}|\\d{11})(?![\\d-])")
                .validator(WeightedSums::snils, "SNILS check number (mod 101) passed")
                .gate(11, 3)
                .context(40, "снилс", "snils", "страховой номер", "страховое свидетельство", "pension insurance")
                .withoutContext(Confidence.MEDIUM, null)
                .samples("11223344595")
                .build();
    }

    /** INN of a person: 12 digits with two mod 11 check digits (the 10-digit INN is an organisation's). */
    public static PatternDetector inn() {
        return PatternDetector.builder(FindingType.RU_INN, "(?<![\\d-])(\\d{12})(?![\\d-])")
                .validator(WeightedSums::russianInn, "both INN check digits (mod 11) passed")
                .gate(12, 12)
                .context(40, "инн", "inn", "идентификационный номер налогоплательщика", "taxpayer", "налогоплательщик")
                .contextRequired()
                .samples("500100732259", "123456789047")
                .build();
    }
}
