package org.airlock.generator;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A person written as the running text the analyzer's passage rules read as a record, the way
 * case workers write notes: {@code Detainee Maria LOPEZ, DOB 03/12/1985, A-number A201234567,
 * nationality GUATEMALA}.
 */
final class PersonProse {

    static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT);

    private PersonProse() {
    }

    static String sentence(Person person) {
        return "Detainee " + person.givenName() + " " + person.familyName().toUpperCase(Locale.ROOT)
                + ", DOB " + US_DATE.format(person.dateOfBirth()) + ", A-number " + person.aNumber()
                + ", nationality " + person.countryOfCitizenship();
    }

    /** The person's fields as JSON object members, in the order an export would write them. */
    static String jsonObject(Person person) {
        return "{\"name\": \"" + json(person.fullName()) + "\", \"dateOfBirth\": \"" + person.dateOfBirth()
                + "\", \"aNumber\": \"" + person.aNumber() + "\", \"countryOfCitizenship\": \""
                + json(person.countryOfCitizenship()) + "\", \"facility\": \"" + json(person.detentionFacility())
                + "\", \"caseStatus\": \"" + json(person.caseStatus()) + "\"}";
    }

    static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
