package org.airlock.generator;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A fictional person in immigration detention, shaped like a row of the spreadsheet that ICE
 * published by mistake in 2022. Every value is synthetic: names are random combinations drawn from
 * name lists, never records of real people.
 *
 * @param givenName            given name(s)
 * @param familyName           family name(s); Hispanic names often carry two
 * @param script               writing system of both name parts
 * @param dateOfBirth          between 1950 and 2006
 * @param countryOfCitizenship upper-case English country name, e.g. {@code "GUATEMALA"}
 * @param aNumber              alien registration number: {@code "A"} and nine digits
 * @param sex                  {@code "Male"} or {@code "Female"}
 * @param detentionFacility    one of a fixed list of fictional facilities
 * @param caseStatus           immigration case status, e.g. {@code "Asylum pending"}
 * @param bookInDate           date booked into detention, in 2022
 */
public record Person(
        String givenName,
        String familyName,
        NameScript script,
        LocalDate dateOfBirth,
        String countryOfCitizenship,
        String aNumber,
        String sex,
        String detentionFacility,
        String caseStatus,
        LocalDate bookInDate) {

    public Person {
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(countryOfCitizenship, "countryOfCitizenship");
        Objects.requireNonNull(aNumber, "aNumber");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(detentionFacility, "detentionFacility");
        Objects.requireNonNull(caseStatus, "caseStatus");
        Objects.requireNonNull(bookInDate, "bookInDate");
    }

    /**
     * The name as it would be written in running text: given name first, separated by a space;
     * Han-script names are written family name first with no space, as they are in Chinese.
     */
    public String fullName() {
        return script == NameScript.HAN ? familyName + givenName : givenName + " " + familyName;
    }
}
