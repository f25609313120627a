package org.airlock.scan;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.airlock.assess.DisclosureRules;
import org.airlock.assess.FileEvidence;
import org.airlock.detect.Category;
import org.airlock.extract.ProtectiveMarking;
import org.airlock.extract.SensitivityLabel;
import org.airlock.table.SmallCell;
import org.airlock.table.SmallCellFinder;
import org.airlock.fingerprint.FingerprintMatch;
import org.airlock.records.Finding;
import org.airlock.detect.TextDetectors;
import org.airlock.extract.ContentSink;
import org.airlock.extract.HiddenPlace;
import org.airlock.extract.InspectionFailure;
import org.airlock.extract.Location;
import org.airlock.extract.TableCell;
import org.airlock.extract.TableSource;
import org.airlock.extract.Visibility;
import org.airlock.fingerprint.FingerprintMatcher;
import org.airlock.fingerprint.FingerprintScan;
import org.airlock.records.FindingCollector;
import org.airlock.records.PersonIndex;
import org.airlock.records.RecordTally;
import org.airlock.records.TextAnalyzer;
import org.airlock.table.TableAnalyzer;

/**
 * The per-file state of an inspection: receives what extractors stream out, runs table and text
 * analysis on it, and keeps the findings, person records, inventory and failures for the
 * assessment. One instance per file; not shared between threads.
 */
final class FileAnalysis implements ContentSink {

    final FindingCollector findings = new FindingCollector();
    final RecordTally records = new RecordTally();
    final PersonIndex persons = new PersonIndex();
    final List<HiddenPlace> hiddenPlaces = new ArrayList<>();
    final List<InspectionFailure> failures = new ArrayList<>();

    private final LocalDate today;
    private final TextDetectors detectors;
    private final TextAnalyzer text;
    private TableAnalyzer table;
    private TableSource tableSource;
    /** Exact data match against a fingerprint registry, or null when the scan has none. */
    final FingerprintScan fingerprints;
    long cells;

    FileAnalysis(LocalDate today, TextDetectors detectors) {
        this(today, detectors, null);
    }

    FileAnalysis(LocalDate today, TextDetectors detectors, FingerprintMatcher matcher) {
        this(today, detectors, matcher, DisclosureRules.DEFAULTS);
    }

    FileAnalysis(LocalDate today, TextDetectors detectors, FingerprintMatcher matcher, DisclosureRules disclosure) {
        this.today = today;
        this.detectors = detectors;
        this.disclosure = disclosure;
        this.text = new TextAnalyzer(detectors, findings, records, persons, disclosure.publishable());
        this.fingerprints = matcher == null ? null : matcher.newScan();
    }

    private final DisclosureRules disclosure;
    /** Sensitivity labels the file carries; a hostile file cannot make this list long (see {@link #sensitivityLabel}). */
    final List<SensitivityLabel> labels = new ArrayList<>();
    private static final int MAX_LABELS = 20;
    /** Small cells of the count tables, the first few kept, all counted. */
    final List<SmallCell> smallCells = new ArrayList<>();
    long smallCellCount;
    private static final int MAX_SMALL_CELLS = 50;
    private SmallCellFinder smallCellFinder;

    @Override
    public void startTable(TableSource source) {
        endTable();
        table = new TableAnalyzer(source, today, detectors, findings, records, persons, disclosure.publishable());
        smallCellFinder = new SmallCellFinder(source, disclosure.smallCellsBelow());
        tableSource = source;
    }

    @Override
    public void row(int rowIndex, List<TableCell> cells) {
        this.cells += cells.size();
        if (table != null) {
            table.row(rowIndex, cells);
            smallCellFinder.row(rowIndex, cells);
            if (fingerprints != null) {
                fingerprints.row(tableSource, rowIndex, cells, null);
            }
        }
    }

    @Override
    public void endTable() {
        if (table != null) {
            table.end();
            table = null;
            for (SmallCell cell : smallCellFinder.smallCells()) {
                if (smallCells.size() < MAX_SMALL_CELLS) {
                    smallCells.add(cell);
                }
            }
            smallCellCount += smallCellFinder.smallCellCount();
            smallCellFinder = null;
        }
    }

    @Override
    public void text(Location location, Visibility visibility, String content) {
        text.analyze(location, visibility, content);
        if (ProtectiveMarking.inHeaderOrFooter(location, visibility)) {
            SensitivityLabel marking = ProtectiveMarking.find(location, content);
            if (marking != null) {
                sensitivityLabel(marking);
            }
        }
        if (fingerprints != null) {
            fingerprints.text(location, visibility, content);
        }
    }

    /** Inventory entries beyond {@link #MAX_HIDDEN_PLACES}: counted and reported, not listed. */
    long unlistedHiddenPlaces;
    private static final int MAX_HIDDEN_PLACES = 1_000;

    @Override
    public void hiddenPlace(HiddenPlace place) {
        if (hiddenPlaces.size() < MAX_HIDDEN_PLACES) {
            hiddenPlaces.add(place);
        } else {
            unlistedHiddenPlaces++;
        }
    }

    /** Embedded documents are opened by the inspector's nesting sink, which wraps this one. */
    @Override
    public void embedded(String path, Path file) {
        notInspected(new InspectionFailure(org.airlock.extract.FailureKind.UNSUPPORTED_TYPE, Location.of("").inside(path),
                "embedded document reached the analysis directly"));
    }

    @Override
    public void notInspected(InspectionFailure failure) {
        failures.add(failure);
    }

    /** Labels, each id once: Office writes the same label to custom properties and LabelInfo.xml; the named one is kept. */
    @Override
    public void sensitivityLabel(SensitivityLabel label) {
        for (int i = 0; i < labels.size(); i++) {
            SensitivityLabel known = labels.get(i);
            if (known.equals(label) || (!label.id().isEmpty() && known.id().equals(label.id()))) {
                if (known.name().isEmpty() && !label.name().isEmpty()) {
                    labels.set(i, label);
                }
                return;
            }
        }
        if (labels.size() < MAX_LABELS) {
            labels.add(label);
        }
    }

    /** What the assessment weighs besides records and findings. */
    FileEvidence evidence() {
        return new FileEvidence(labels, smallCells, smallCellCount, records.publishable());
    }

    /** The distinct persons: the pattern count, or the registry records found when there are more. */
    long persons() {
        long distinct = persons.distinct();
        return fingerprints == null ? distinct : Math.max(distinct, fingerprints.distinct());
    }

    /**
     * The findings, with one {@code fingerprint-match} finding per place where registry records
     * were found; each found record also counts as a person record of category PROTECTED_RECORD,
     * which the default policy blocks. Call once, after extraction.
     */
    List<Finding> finish() {
        List<Finding> all = new ArrayList<>(findings.findings());
        if (fingerprints == null) {
            return all;
        }
        Map<Location, List<FingerprintMatch>> byPlace = new LinkedHashMap<>();
        Map<Location, Visibility> visibilityOf = new LinkedHashMap<>();
        for (FingerprintMatch match : fingerprints.matches()) {
            Location first = match.locations().get(0);
            Location place = new Location(first.container(), first.part(), "", "");
            byPlace.computeIfAbsent(place, k -> new ArrayList<>()).add(match);
            visibilityOf.putIfAbsent(place, match.visibility());
            records.add(place, match.visibility(), Set.of(Category.PROTECTED_RECORD));
        }
        byPlace.forEach((place, matches) -> all.add(FingerprintFindings.finding(fingerprints.registryName(), place,
                visibilityOf.get(place), matches)));
        return all;
    }
}
