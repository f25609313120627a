package org.airlock.table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.airlock.detect.ANumberDetector;
import org.airlock.detect.Category;
import org.airlock.detect.Countries;
import org.airlock.detect.DateValues;
import org.airlock.detect.Detection;
import org.airlock.detect.DetentionFacilityDetector;
import org.airlock.detect.EmailDetector;
import org.airlock.detect.ImmigrationStatusDetector;
import org.airlock.detect.NameShape;
import org.airlock.detect.SsnDetector;
import org.airlock.detect.TextDetector;
import org.airlock.detect.TextDetectors;
import org.airlock.extract.CellKind;
import org.airlock.extract.TableCell;
import org.airlock.extract.TableSource;
import org.airlock.records.FindingCollector;
import org.airlock.records.Hit;
import org.airlock.records.PersonIndex;
import org.airlock.records.PublishablePeople;
import org.airlock.records.RecordRule;
import org.airlock.records.RecordTally;

/**
 * Understands one table as a table, row by row, in bounded memory. The table is cut into blocks:
 * a header row starts a block, and after a gap of empty rows a row that does not fit the current
 * block starts another, which is how person rows appended below a statistics table (the Home
 * Office case) are told apart from the statistics. Each block's columns get roles from the header
 * and from the share of the first {@value #CLASSIFY_ROWS} rows' values that match; then every
 * row of the block (all of them, not a sample) is checked cell by cell and assembled into a
 * person record when it holds an identifier and another attribute.
 */
public final class TableAnalyzer {

    static final int CLASSIFY_ROWS = 64;
    private static final int MIN_VALUE_EVIDENCE = 3;
    private static final double MIN_SHARE = 0.6;

    private final TableSource table;
    private final CellRecognizer recognizer;
    private final TextDetectors textDetectors;
    private final FindingCollector findings;
    private final RecordTally tally;
    private final PersonIndex persons;
    private final LocalDate today;
    /** Validated identifiers looked for in every cell whatever its column (A-numbers, SSNs, e-mail, the country catalogue). */
    private final TextDetectors strongDetectors;

    private final Map<Integer, String> headers = new HashMap<>();
    private final Map<Integer, ColumnRole> roles = new HashMap<>();
    private final Set<Integer> explicit = new HashSet<>();
    private final List<Object[]> buffer = new ArrayList<>();
    private boolean decided;
    private boolean hasHeader;
    private int lastRow = -1;

    private final PublishablePeople publishable;

    public TableAnalyzer(TableSource table, LocalDate today, TextDetectors textDetectors, FindingCollector findings,
                         RecordTally tally, PersonIndex persons) {
        this(table, today, textDetectors, findings, tally, persons, PublishablePeople.NONE);
    }

    public TableAnalyzer(TableSource table, LocalDate today, TextDetectors textDetectors, FindingCollector findings,
                         RecordTally tally, PersonIndex persons, PublishablePeople publishable) {
        this.publishable = publishable;
        this.table = table;
        this.recognizer = new CellRecognizer(today);
        this.textDetectors = textDetectors;
        this.strongDetectors = textDetectors.cellIdentifiers();
        this.findings = findings;
        this.tally = tally;
        this.persons = persons;
        this.today = today;
    }

    public void row(int index, List<TableCell> cells) {
        boolean gap = lastRow >= 0 && index > lastRow + 1;
        boolean first = lastRow < 0;
        lastRow = index;
        Map<Integer, ColumnRole> headerRoles = headerRoles(cells, first && table.firstRowIsHeader());
        if (headerRoles != null && !fits(cells)) {
            finishBlock();
            startBlock(cells, headerRoles);
            return;
        }
        if (gap && !fits(cells)) {
            finishBlock();
            startBlock(null, Map.of());
        }
        if (!decided) {
            buffer.add(new Object[] {index, cells});
            if (buffer.size() >= CLASSIFY_ROWS) {
                decide();
            }
            return;
        }
        process(index, cells);
    }

    public void end() {
        finishBlock();
    }

    private void startBlock(List<TableCell> header, Map<Integer, ColumnRole> headerRoles) {
        headers.clear();
        roles.clear();
        explicit.clear();
        hasHeader = header != null;
        if (header != null) {
            for (TableCell cell : header) {
                headers.put(cell.column(), cell.text().strip());
            }
        }
        headerRoles.forEach((column, role) -> {
            roles.put(column, role);
            if (CellRecognizer.explicit(role, headers.getOrDefault(column, ""))) {
                explicit.add(column);
            }
        });
        decided = false;
    }

    private void finishBlock() {
        if (!decided) {
            decide();
        }
    }

    /** Roles a header-looking row announces, or null when the row does not look like a header. */
    private Map<Integer, ColumnRole> headerRoles(List<TableCell> cells, boolean mustBeHeader) {
        if (!mustBeHeader) {
            if (cells.size() < 2) {
                return null;
            }
            for (TableCell cell : cells) {
                if (cell.kind() != CellKind.TEXT || cell.text().length() > 80) {
                    return null;
                }
            }
        }
        Map<Integer, ColumnRole> found = new HashMap<>();
        for (TableCell cell : cells) {
            if (cell.kind() != CellKind.TEXT) {
                if (mustBeHeader) {
                    continue;
                }
                return null;
            }
            ColumnRole role = HeaderVocabulary.roleOf(cell.text());
            if (role != null) {
                found.put(cell.column(), role);
            }
        }
        return found.isEmpty() && !mustBeHeader ? null : found;
    }

    /** Whether a row's cells match the roles of the current block (so it continues the block). */
    private boolean fits(List<TableCell> cells) {
        if (!decided) {
            decide();
        }
        int withRole = 0;
        int matching = 0;
        for (TableCell cell : cells) {
            ColumnRole role = roles.get(cell.column());
            if (role != null) {
                withRole++;
                if (recognizer.recognize(role, explicit.contains(cell.column()), cell) != null) {
                    matching++;
                }
            }
        }
        return withRole > 0 && matching * 2 >= withRole;
    }

    @SuppressWarnings("unchecked")
    private void decide() {
        decided = true;
        classifyByValues();
        List<Object[]> rows = new ArrayList<>(buffer);
        buffer.clear();
        for (Object[] row : rows) {
            process((Integer) row[0], (List<TableCell>) row[1]);
        }
    }

    @SuppressWarnings("unchecked")
    private void classifyByValues() {
        Map<Integer, int[]> counts = new HashMap<>();
        Map<Integer, Integer> nonEmpty = new HashMap<>();
        Map<Integer, List<LocalDate>> dates = new HashMap<>();
        ANumberDetector aNumbers = new ANumberDetector();
        SsnDetector ssns = new SsnDetector();
        EmailDetector emails = new EmailDetector();
        ImmigrationStatusDetector statuses = new ImmigrationStatusDetector();
        DetentionFacilityDetector facilities = new DetentionFacilityDetector();
        Countries countries = Countries.instance();
        ColumnRole[] probes = {ColumnRole.FULL_NAME, ColumnRole.NATIONALITY, ColumnRole.A_NUMBER, ColumnRole.SSN,
            ColumnRole.EMAIL, ColumnRole.IMMIGRATION_STATUS, ColumnRole.DETENTION_LOCATION};
        for (Object[] row : buffer) {
            for (TableCell cell : (List<TableCell>) row[1]) {
                int column = cell.column();
                if (roles.containsKey(column)) {
                    continue;
                }
                nonEmpty.merge(column, 1, Integer::sum);
                int[] c = counts.computeIfAbsent(column, k -> new int[probes.length]);
                String v = cell.text();
                String lower = v.toLowerCase(Locale.ROOT);
                if (cell.kind() == CellKind.TEXT) {
                    if (NameShape.isPersonName(v, false) && !HeaderVocabulary.namesNonPeople(headers.getOrDefault(column, ""))) {
                        c[0]++;
                    }
                    if (countries.isNationality(v)) {
                        c[1]++;
                    }
                    if (wholeMatch(aNumbers, v, lower)) {
                        c[2]++;
                    }
                    if (wholeMatch(ssns, v, lower)) {
                        c[3]++;
                    }
                    if (wholeMatch(emails, v, lower)) {
                        c[4]++;
                    }
                    if (statuses.containsTerm(v)) {
                        c[5]++;
                    }
                    if (facilities.isFacility(v)) {
                        c[6]++;
                    }
                }
                LocalDate date = cell.kind() == CellKind.DATE ? DateValues.parseIso(v) : cell.kind() == CellKind.TEXT ? DateValues.parse(v, today) : null;
                if (date != null) {
                    dates.computeIfAbsent(column, k -> new ArrayList<>()).add(date);
                }
            }
        }
        // Specific roles win over the generic name shape: "Assisted return" is shaped like a name too.
        int[] priority = {2, 3, 4, 1, 5, 6, 0};
        counts.forEach((column, c) -> {
            int total = nonEmpty.get(column);
            for (int p : priority) {
                if (c[p] >= MIN_VALUE_EVIDENCE && c[p] >= MIN_SHARE * total) {
                    roles.put(column, probes[p]);
                    return;
                }
            }
        });
        // Dates are birth dates by their values only in a header-less block of names, when they
        // spread over years as birth dates do (reporting dates cluster within a period).
        boolean names = roles.values().stream().anyMatch(ColumnRole::isName);
        if (names && !hasHeader) {
            dates.forEach((column, list) -> {
                if (roles.containsKey(column) || list.size() < MIN_VALUE_EVIDENCE || list.size() < MIN_SHARE * nonEmpty.get(column)) {
                    return;
                }
                long plausible = list.stream().filter(d -> DateValues.plausibleBirthDate(d, today)).count();
                int minYear = list.stream().mapToInt(LocalDate::getYear).min().orElse(0);
                int maxYear = list.stream().mapToInt(LocalDate::getYear).max().orElse(0);
                if (plausible >= 0.8 * list.size() && maxYear - minYear >= 5) {
                    roles.put(column, ColumnRole.DATE_OF_BIRTH);
                }
            });
        }
    }

    private static boolean wholeMatch(TextDetector detector, String value, String lower) {
        List<Detection> found = new ArrayList<>(1);
        detector.detect(value, lower, found);
        return found.size() == 1 && found.get(0).start() <= 1 && found.get(0).end() >= value.strip().length() - 1;
    }

    private void process(int index, List<TableCell> cells) {
        List<Hit> hits = null;
        for (TableCell cell : cells) {
            ColumnRole role = roles.get(cell.column());
            Detection byRole = role == null ? null : recognizer.recognize(role, explicit.contains(cell.column()), cell);
            if (byRole != null) {
                hits = add(hits, new Hit(byRole, cell.text(), cell.column(), cell.visibility()));
            }
            if (cell.kind() != CellKind.TEXT) {
                continue;
            }
            String text = cell.text();
            if (role == null && text.length() >= 25 && text.indexOf(' ') > 0) {
                for (Detection d : textDetectors.detect(text)) {
                    hits = add(hits, new Hit(d, text, cell.column(), cell.visibility()));
                }
            } else if ((byRole == null || !byRole.type().directIdentifier()) && hasDigitOrAt(text)) {
                for (Detection d : strongDetectors.detect(text)) {
                    if (byRole == null || d.type() != byRole.type()) {
                        hits = add(hits, new Hit(d, text, cell.column(), cell.visibility()));
                    }
                }
            }
        }
        if (hits == null) {
            return;
        }
        Set<Category> categories = RecordRule.categories(hits);
        boolean record = RecordRule.isRecord(hits, categories);
        if (record && publishable.excuses(hits, categories)) {
            tally.addPublishable();
            record = false;
        }
        for (Hit hit : hits) {
            if (RecordRule.reported(hit, record) && (record || !RecordRule.publishableName(hit, publishable))) {
                findings.cell(table, hit.column(), headers.get(hit.column()), index, hit.detection(), hit.source(), hit.visibility());
            }
        }
        if (record) {
            persons.add(RecordRule.personKey(hits));
            tally.add(table.location(), RecordRule.visibility(hits), categories);
        }
    }

    /**
     * The strong detectors need a digit (identifiers) or an @ (e-mail): most cells have neither.
     * Non-ASCII characters count too, since full-width or other-script digits are normalised to
     * ASCII before detection.
     */
    private static boolean hasDigitOrAt(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '0' && c <= '9') || c == '@' || (c >= 0x80 && (Character.isDigit(c) || c == '\uff20'))) {
                return true;
            }
        }
        return false;
    }

    private static List<Hit> add(List<Hit> hits, Hit hit) {
        List<Hit> list = hits == null ? new ArrayList<>(8) : hits;
        list.add(hit);
        return list;
    }
}
