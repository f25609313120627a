package org.airlock.server.monitor;

import org.airlock.records.Finding;

/**
 * Where in an exposed file personal data sits, precisely enough to remove it, with no value:
 * the place (sheet, page, cells), the kind of data, how many values, and whether a reader would
 * see it.
 *
 * @param where e.g. {@code sheet 'Detainees' › C2:C301}
 * @param type the finding type's id, e.g. {@code a-number}
 * @param visibility plain words: "visible", "in a very hidden sheet (...)"
 */
public record ExposedPlace(String where, String type, String category, long count, String visibility, boolean hidden) {

    static ExposedPlace of(Finding finding) {
        return new ExposedPlace(finding.location().describe(), finding.type().id(), finding.category().name(), finding.count(),
                finding.visibility().description(), finding.visibility().hidden());
    }
}
