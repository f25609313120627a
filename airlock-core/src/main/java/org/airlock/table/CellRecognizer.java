package org.airlock.table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import org.airlock.detect.ANumberDetector;
import org.airlock.detect.Confidence;
import org.airlock.detect.Countries;
import org.airlock.detect.DateValues;
import org.airlock.detect.Detection;
import org.airlock.detect.DetentionFacilityDetector;
import org.airlock.detect.EmailDetector;
import org.airlock.detect.Folding;
import org.airlock.detect.FindingType;
import org.airlock.detect.ImmigrationStatusDetector;
import org.airlock.detect.NameShape;
import org.airlock.detect.PassportDetector;
import org.airlock.detect.PhoneDetector;
import org.airlock.detect.SsnDetector;
import org.airlock.extract.CellKind;
import org.airlock.extract.TableCell;

/**
 * Decides whether one cell of a column with a known role really holds that kind of value: a name
 * column's cell must be shaped like a name, a date-of-birth cell must be a plausible birth date,
 * a nationality cell must name a country. A header alone never makes a finding.
 */
final class CellRecognizer {

    private final ANumberDetector aNumbers = new ANumberDetector();
    private final SsnDetector ssns = new SsnDetector();
    private final PassportDetector passports = new PassportDetector();
    private final EmailDetector emails = new EmailDetector();
    private final PhoneDetector phones = new PhoneDetector("US");
    private final ImmigrationStatusDetector statuses = new ImmigrationStatusDetector();
    private final DetentionFacilityDetector facilities = new DetentionFacilityDetector();
    private final Countries countries = Countries.instance();
    private final LocalDate today;
    /** Roles whose values repeat: countries, statuses, facilities, and the given and family names of a list. */
    private static final Set<ColumnRole> REPEATING = EnumSet.of(ColumnRole.NATIONALITY, ColumnRole.IMMIGRATION_STATUS,
            ColumnRole.DETENTION_LOCATION, ColumnRole.GIVEN_NAME, ColumnRole.FAMILY_NAME);
    private static final int MEMO_LIMIT = 10_000;
    /** Per table: [explicit header?] → role → value → what it was recognised as. */
    @SuppressWarnings("unchecked")
    private final Map<ColumnRole, Map<String, Optional<Detection>>>[] memos = new Map[] {
        new EnumMap<>(ColumnRole.class), new EnumMap<>(ColumnRole.class)};

    CellRecognizer(LocalDate today) {
        this.today = today;
    }

    /**
     * @param explicitHeader whether the column's header names the role outright (a generic "Status"
     *     header needs its values to say they are immigration statuses)
     */
    Detection recognize(ColumnRole role, boolean explicitHeader, TableCell cell) {
        if (!REPEATING.contains(role) || cell.kind() != CellKind.TEXT) {
            return decide(role, explicitHeader, cell);
        }
        // Columns of countries, statuses and facilities repeat a few values thousands of times, and
        // given and family names repeat across a long list (Garcia, Maria); full names rarely do.
        Map<String, Optional<Detection>> memo = memos[explicitHeader ? 1 : 0].computeIfAbsent(role, r -> new HashMap<>());
        Optional<Detection> known = memo.get(cell.text());
        if (known == null) {
            known = Optional.ofNullable(decide(role, explicitHeader, cell));
            if (memo.size() < MEMO_LIMIT) {
                memo.put(cell.text(), known);
            }
        }
        return known.orElse(null);
    }

    private Detection decide(ColumnRole role, boolean explicitHeader, TableCell cell) {
        String value = cell.text();
        int end = value.length();
        return switch (role) {
            case FULL_NAME, GIVEN_NAME, FAMILY_NAME -> cell.kind() == CellKind.TEXT
                    && NameShape.isPersonName(value, role != ColumnRole.FULL_NAME || explicitHeader)
                    ? new Detection(FindingType.PERSON_NAME, 0, end, explicitHeader ? Confidence.HIGH : Confidence.MEDIUM,
                            explicitHeader ? "shaped like a name, in a column headed as names" : "shaped like a name, in a column of names")
                    : null;
            case DATE_OF_BIRTH -> {
                LocalDate date = cell.kind() == CellKind.DATE ? DateValues.parseIso(value) : DateValues.parse(value, today);
                yield DateValues.plausibleBirthDate(date, today)
                        ? new Detection(FindingType.DATE_OF_BIRTH, 0, end, explicitHeader ? Confidence.HIGH : Confidence.MEDIUM,
                                explicitHeader ? "a past date in a column headed as dates of birth"
                                        : "a past date in a column of dates beside a column of names")
                        : null;
            }
            case NATIONALITY -> countries.isNationality(value) || (explicitHeader && countries.isIsoCode(value))
                    ? new Detection(FindingType.NATIONALITY, 0, end, Confidence.HIGH, "names a country or nationality")
                    : null;
            case A_NUMBER -> aNumbers.recognizeCell(value);
            case SSN -> ssns.recognizeCell(value);
            case PASSPORT -> passports.recognizeCell(value);
            case EMAIL -> firstOf(value, emails);
            case PHONE -> firstOf(value, phones);
            case IMMIGRATION_STATUS -> cell.kind() == CellKind.TEXT && (statuses.containsTerm(value) || explicitHeader && !isNumeric(value))
                    ? new Detection(FindingType.IMMIGRATION_STATUS, 0, end, Confidence.HIGH,
                            statuses.containsTerm(value) ? "an immigration status term in a status column" : "a value in an immigration-status column")
                    : null;
            case DETENTION_LOCATION -> cell.kind() == CellKind.TEXT && !isNumeric(value)
                    ? new Detection(FindingType.DETENTION_FACILITY, 0, end,
                            facilities.isFacility(value) ? Confidence.HIGH : Confidence.MEDIUM, "a place in a detention-facility column")
                    : null;
            case ADDRESS, HEALTH, FINANCIAL_ACCOUNT -> value.strip().length() >= 3 && !(role != ColumnRole.FINANCIAL_ACCOUNT && isNumeric(value))
                    ? new Detection(role.findingType(), 0, end, Confidence.MEDIUM, "a value in a column headed '" + role.name().toLowerCase(Locale.ROOT).replace('_', ' ') + "'")
                    : null;
        };
    }

    /** Whether {@code header} names the role outright rather than generically. */
    static boolean explicit(ColumnRole role, String header) {
        String folded = Folding.fold(header);
        return switch (role) {
            case IMMIGRATION_STATUS -> folded.contains("immigration") || folded.contains("asylum") || folded.contains("migratori")
                    || folded.contains("asile") || folded.contains("case stage") || folded.contains("removal");
            case FULL_NAME -> !folded.equals("person") && !folded.equals("individual");
            default -> true;
        };
    }

    private static Detection firstOf(String value, org.airlock.detect.TextDetector detector) {
        List<Detection> found = new ArrayList<>(1);
        detector.detect(value, value.toLowerCase(Locale.ROOT), found);
        return found.isEmpty() ? null : found.get(0);
    }

    private static boolean isNumeric(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(Character.isDigit(c) || c == '.' || c == ',' || c == '-' || c == ' ' || c == '%')) {
                return false;
            }
        }
        return true;
    }
}
