package org.airlock.detect;

import java.util.List;

/**
 * A catalogue entry as {@code airlock detectors} lists it.
 *
 * @param id the detector's stable id (its finding type's id)
 * @param category the report category
 * @param validation what validates a match, in plain words
 * @param context the context words that raise confidence (empty when none are used)
 * @param contextRequired whether a match is only reported near a context word
 * @param confidence the confidence levels it reports, in plain words
 */
public record DetectorInfo(String id, Category category, String validation, List<String> context,
                           boolean contextRequired, String confidence) {

    public DetectorInfo {
        context = List.copyOf(context);
    }

    /** The entry of a foundation detector, which does not describe itself. */
    static DetectorInfo of(FindingType type, String className) {
        String validation = switch (type) {
            case US_A_NUMBER -> "letter A and 8 or 9 digits, nine-digit values below 300,000,000";
            case US_SSN -> "3-2-4 digits (bare 9 digits only after a cue); area 000/666/900-999, group 00, serial 0000 rejected";
            case PASSPORT_NUMBER -> "6-9 letters and digits (5+ digits) after 'passport', 'pasaporte', 'passeport', 'reisepass', 'паспорт' (covers US and UK passports)";
            case EMAIL_ADDRESS -> "local part, @, domain with a letters-only top-level label";
            case PHONE_NUMBER -> "valid and grouped as in its country's numbering plan (libphonenumber STRICT_GROUPING); US when no +";
            case DATE_OF_BIRTH -> "a past date less than 120 years ago after a birth cue in 12 languages, not when a period, publication or another date word comes between";
            case NATIONALITY -> "a country name (ICU4J, about 90 languages) or demonym after a nationality cue; an ISO 3166 code in capitals after a cue";
            case IMMIGRATION_STATUS -> "immigration status terms in English, French, Spanish";
            case DETENTION_FACILITY -> "detention facility and prison names (English, French, Spanish, Russian, Persian, Chinese)";
            case PERSON_NAME -> "given and family names from the name dictionaries and the shape of the words around them (Latin, Cyrillic, Perso-Arabic, Han), or a name-shaped phrase after a title or role word";
            default -> className;
        };
        String confidence = switch (type) {
            case US_A_NUMBER -> "MEDIUM; HIGH with context";
            case US_SSN -> "MEDIUM written; HIGH with context; published samples LOW";
            case PHONE_NUMBER -> "MEDIUM; HIGH after a telephone word; not reported after another identifier's cue or as bare digits";
            case PERSON_NAME -> "HIGH given and family name both listed; MEDIUM one listed and the other shaped like a name, or after a cue; LOW weaker";
            default -> "HIGH";
        };
        return new DetectorInfo(type.id(), type.category(), validation, List.of(), false, confidence);
    }
}
