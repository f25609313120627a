package org.airlock.fingerprint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.airlock.extract.CellKind;
import org.airlock.extract.Location;
import org.airlock.extract.TableCell;
import org.airlock.extract.TableSource;
import org.airlock.extract.Visibility;

/**
 * Looks for registry records in one file, fed one table row or one text passage at a time. Each
 * cell (and each pair of neighbouring cells, for names split over columns) and, in text, each run
 * of one to {@value #MAX_WORDS} words, each date and each identifier-shaped run is hashed and
 * looked up. A record is found when at least {@link MatchSettings#minFields()} of its fields are
 * among the values of one row, or of one text window of {@link MatchSettings#window()} characters
 * (or one identifier, when {@link MatchSettings#identifierAlone()}), and one of them is a name
 * or an identifier: a birth date and a nationality together fit many people, and an ambiguous
 * 03/04 date read both ways would otherwise pair with the nationality of a stranger. Fields of
 * kind {@link FieldKind#TEXT} (a nationality) are listed when they match but are not counted:
 * two namesakes of one nationality are two people.
 *
 * <p>A value shared by more than {@value #SELECTIVE} records (a common nationality) neither starts
 * nor counts toward a match; it is listed among the fields of a record found by rarer values.
 * That keeps a scan from testing millions of records for every "Mexico" in a page, and such
 * common values do not single out anyone anyway. Candidates are the records in two runs of
 * values at once, found by merging the runs (sorted by record), so the cost of a row grows with
 * the sizes of its values' runs, not with the registry.
 */
public final class FingerprintScan {

    static final int MAX_WORDS = 4;
    static final int SELECTIVE = 4096;
    private static final int MAX_CELL_WORDS = 8;
    private static final int MAX_MATCHES = 100_000;
    private static final int SHOWN_LOCATIONS = 3;

    private final FingerprintIndex index;
    private final MatchSettings settings;
    private final FieldHasher hasher;
    private final LookupMemo memo;
    private final int identifierFields;
    private final int directFields;
    private final int countedFields;

    private final Map<Integer, Found> found = new LinkedHashMap<>();
    private long unlisted;

    // Candidates of the current row or passage: hash and character position.
    private long[] candHashes = new long[64];
    private int[] candPositions = new int[64];
    private int candidates;
    // Lookups that hit: position and run.
    private int[] hitPositions = new int[16];
    private long[] hitRuns = new long[16];
    private int hits;
    private long[] words = new long[64];
    private int[] wordPositions = new int[64];
    private long[] scratch = new long[MAX_CELL_WORDS * 2 + MAX_WORDS];

    private static final class Found {
        int fields;
        final List<Location> locations = new ArrayList<>(SHOWN_LOCATIONS);
        Visibility visibility;
    }

    FingerprintScan(FingerprintIndex index, MatchSettings settings, FieldHasher hasher, LookupMemo memo) {
        this.index = index;
        this.memo = memo;
        this.settings = settings;
        this.hasher = hasher;
        int mask = 0;
        int direct = 0;
        int counted = 0;
        for (int f = 0; f < index.header().fields().size(); f++) {
            FieldKind kind = index.header().fields().get(f).kind();
            if (kind.identifier()) {
                mask |= 1 << f;
            }
            if (kind == FieldKind.NAME || kind == FieldKind.IDENTIFIER) {
                direct |= 1 << f;
            }
            if (kind != FieldKind.TEXT) {
                counted |= 1 << f;
            }
        }
        this.identifierFields = mask;
        // With no name or identifier field at all, any fields may match together.
        int all = (1 << index.header().fields().size()) - 1;
        this.directFields = direct == 0 ? all : direct;
        // Other text (a nationality) corroborates but is not counted: namesakes share it.
        this.countedFields = counted == 0 ? all : counted;
    }

    /** One row of a table: its cells are one record's worth of values. */
    public void row(TableSource table, int rowIndex, List<TableCell> cells, Visibility rowVisibility) {
        candidates = 0;
        long[] previousWords = null;
        int previousColumn = -2;
        boolean mixed = false;
        for (TableCell cell : cells) {
            String text = cell.text();
            if (text.isBlank()) {
                continue;
            }
            mixed = mixed || (cell.kind() != CellKind.DATE && text.lastIndexOf(' ') > 0 && hasDigit(text) && isProse(text));
            long[] macs = null;
            if (hasLetter(text)) {
                macs = hasher.wordMacs(text);
                if (macs.length > 0 && macs.length <= MAX_CELL_WORDS) {
                    System.arraycopy(macs, 0, scratch, 0, macs.length);
                    candidate(FieldHasher.combine(scratch, macs.length), 0);
                    if (previousWords != null && previousColumn == cell.column() - 1
                            && previousWords.length + macs.length <= scratch.length) {
                        System.arraycopy(previousWords, 0, scratch, 0, previousWords.length);
                        System.arraycopy(macs, 0, scratch, previousWords.length, macs.length);
                        candidate(FieldHasher.combine(scratch, previousWords.length + macs.length), 0);
                    }
                } else if (macs.length > MAX_CELL_WORDS) {
                    macs = null;
                    mixed = true;
                }
            }
            previousWords = macs != null && macs.length > 0 && macs.length <= MAX_CELL_WORDS ? macs : null;
            previousColumn = cell.column();
            if (hasDigit(text)) {
                boolean date = false;
                if (cell.kind() == CellKind.DATE || looksLikeDate(text)) {
                    for (LocalDate day : ValueNormalizer.dates(text)) {
                        candidate(hasher.date(day), 0);
                        date = true;
                    }
                }
                // A date is not also an identifier; an identifier has at least 4 digits.
                String id = date || digits(text) < 4 ? null : ValueNormalizer.identifier(text);
                if (id != null) {
                    candidate(hasher.identifier(id), 0);
                }
            }
        }
        if (mixed) {
            // Cells of prose with dates and numbers in them ("Maria born 1990-01-01 A212345678"), as
            // in a paste that a CSV sniffer split at its commas: the row is read as one text too.
            StringBuilder joined = new StringBuilder();
            for (TableCell cell : cells) {
                joined.append(cell.text()).append(", ");
            }
            cellText(joined.toString());
        }
        Visibility visibility = rowVisibility == null ? table.visibility() : rowVisibility;
        match(table.location().withCells("row " + (rowIndex + 1)), visibility, Integer.MAX_VALUE);
    }

    /** Adds a long free-text cell's words, ids and dates as candidates at position 0 (the whole cell). */
    private void cellText(String text) {
        int before = candidates;
        collectText(text);
        for (int i = before; i < candidates; i++) {
            candPositions[i] = 0;
        }
    }

    /** A passage of free text: values within the window of each other count together. */
    public void text(Location location, Visibility visibility, String text) {
        candidates = 0;
        collectText(text);
        match(location, visibility, settings.window());
    }

    private void collectText(String text) {
        int n = 0;
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            boolean digit = false;
            while (i < length && (Character.isLetterOrDigit(text.charAt(i)) || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
                digit |= Character.isDigit(text.charAt(i));
                i++;
            }
            if (digit) {
                n = flushWords(n);
                continue;
            }
            long[] macs = hasher.wordMacs(text.substring(start, i));
            for (long mac : macs) {
                if (n == words.length) {
                    n = flushWords(n);
                }
                words[n] = mac;
                wordPositions[n] = start;
                n++;
            }
            // Sentence punctuation ends a name.
            int next = i;
            while (next < length && text.charAt(next) == ' ') {
                next++;
            }
            if (next < length && ".;:!?()[]{}\"\n\t|".indexOf(text.charAt(next)) >= 0 && text.charAt(next) != '\n') {
                n = flushWords(n);
            }
        }
        flushWords(n);
        if (hasDigit(text)) {
            Matcher ids = ValueNormalizer.ID_IN_TEXT.matcher(text);
            while (ids.find()) {
                String id = ValueNormalizer.identifier(ids.group());
                if (id != null) {
                    candidate(hasher.identifier(id), ids.start());
                }
            }
            Matcher dates = ValueNormalizer.DATE_IN_TEXT.matcher(text);
            while (dates.find()) {
                for (LocalDate date : ValueNormalizer.dates(dates.group())) {
                    candidate(hasher.date(date), dates.start());
                }
            }
        }
    }

    /** Every run of 1 to {@value #MAX_WORDS} consecutive words of the pending words becomes a candidate. */
    private int flushWords(int n) {
        for (int start = 0; start < n; start++) {
            for (int len = 1; len <= MAX_WORDS && start + len <= n; len++) {
                System.arraycopy(words, start, scratch, 0, len);
                candidate(FieldHasher.combine(scratch, len), wordPositions[start]);
            }
        }
        return 0;
    }

    private void candidate(long hash, int position) {
        if (hash == 0) {
            return;
        }
        if (candidates == candHashes.length) {
            candHashes = Arrays.copyOf(candHashes, candidates * 2);
            candPositions = Arrays.copyOf(candPositions, candidates * 2);
        }
        candHashes[candidates] = hash;
        candPositions[candidates] = position;
        candidates++;
    }

    private void match(Location location, Visibility visibility, int window) {
        hits = 0;
        for (int i = 0; i < candidates; i++) {
            long run = memo.find(candHashes[i]);
            if (run == 0) {
                continue;
            }
            if (hits == hitRuns.length) {
                hitRuns = Arrays.copyOf(hitRuns, hits * 2);
                hitPositions = Arrays.copyOf(hitPositions, hits * 2);
            }
            hitRuns[hits] = run;
            hitPositions[hits] = candPositions[i];
            hits++;
        }
        if (hits == 0) {
            return;
        }
        // One value alone may be enough (min-fields 1, or an identifier with identifier-alone):
        // every record of a selective run is a candidate.
        boolean single = settings.minFields() <= 1 || settings.identifierAlone();
        for (int i = 0; i < hits; i++) {
            int fromI = (int) (hitRuns[i] >>> 32);
            int toI = (int) hitRuns[i];
            if (toI - fromI > SELECTIVE) {
                continue;
            }
            if (single) {
                for (int p = fromI; p < toI; p++) {
                    check(index.posting(p) >>> 4, i, location, visibility, window);
                }
            }
            // Otherwise a record must be in two runs: intersect this run with every later
            // selective run in the window. Runs are sorted by record, so this is a merge, and
            // records are tested in full only when they hold two of the values.
            for (int j = i + 1; j < hits; j++) {
                int fromJ = (int) (hitRuns[j] >>> 32);
                int toJ = (int) hitRuns[j];
                if (toJ - fromJ > SELECTIVE || hitRuns[j] == hitRuns[i]
                        || Math.abs((long) hitPositions[j] - hitPositions[i]) > window) {
                    continue;
                }
                int x = fromI;
                int y = fromJ;
                while (x < toI && y < toJ) {
                    int rx = index.posting(x) >>> 4;
                    int ry = index.posting(y) >>> 4;
                    if (rx < ry) {
                        x++;
                    } else if (ry < rx) {
                        y++;
                    } else {
                        check(rx, i, location, visibility, window);
                        while (x < toI && index.posting(x) >>> 4 == rx) {
                            x++;
                        }
                        while (y < toJ && index.posting(y) >>> 4 == rx) {
                            y++;
                        }
                    }
                }
            }
        }
    }

    /** Tests record {@code record} against every value near hit {@code anchor}, and keeps it when it matches. */
    private void check(int record, int anchor, Location location, Visibility visibility, int window) {
        int fields = 0;
        int counted = 0;
        for (int j = 0; j < hits; j++) {
            if (Math.abs((long) hitPositions[j] - hitPositions[anchor]) <= window) {
                int from = (int) (hitRuns[j] >>> 32);
                int to = (int) hitRuns[j];
                int mask = index.fieldsOf(record, from, to);
                fields |= mask;
                if (to - from <= SELECTIVE) {
                    counted |= mask;
                }
            }
        }
        if ((Integer.bitCount(counted & countedFields) >= settings.minFields() && (counted & directFields) != 0)
                || (settings.identifierAlone() && (counted & identifierFields) != 0)) {
            record(record, fields, location, visibility);
        }
    }

    private void record(int record, int fields, Location location, Visibility visibility) {
        Found f = found.get(record);
        if (f == null) {
            if (found.size() >= MAX_MATCHES) {
                unlisted++;
                return;
            }
            f = new Found();
            f.visibility = visibility;
            found.put(record, f);
        }
        f.fields |= fields;
        if (f.locations.size() < SHOWN_LOCATIONS && !f.locations.contains(location)) {
            f.locations.add(location);
        }
    }

    /**
     * A cell of prose holding a long number ("Maria Lopez born 1990-01-01 A212345678"): at least
     * four words and a run of four digits. Addresses ("12 Main St") and notes ("row 7") are not.
     */
    private static boolean isProse(String s) {
        int words = 0;
        int digits = 0;
        int longestDigits = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean word = Character.isLetterOrDigit(c);
            if (word && !inWord) {
                words++;
            }
            inWord = word;
            digits = c >= '0' && c <= '9' ? digits + 1 : 0;
            longestDigits = Math.max(longestDigits, digits);
        }
        return words >= 4 && longestDigits >= 4 && hasLetter(s);
    }

    /** Cheap test before the date patterns: 4 to 8 digits and a separator, or exactly 8 digits. */
    private static boolean looksLikeDate(String s) {
        if (s.length() < 6 || s.length() > 40) {
            return false;
        }
        int digits = 0;
        boolean separator = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '-' || c == '/' || c == '.' || c == ' ' || c == ',') {
                separator = true;
            }
        }
        return digits >= 4 && digits <= 8 && (separator || digits == s.strip().length());
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c > 127 && Character.isLetter(c))) {
                return true;
            }
        }
        return false;
    }

    private static int digits(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                n++;
            }
        }
        return n;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Distinct registry records found so far (including any beyond the listing cap). */
    public long distinct() {
        return found.size() + unlisted;
    }

    /** The records found, in the order first found. */
    public List<FingerprintMatch> matches() {
        List<FingerprintMatch> out = new ArrayList<>(found.size());
        List<RegistryField> fields = index.header().fields();
        found.forEach((record, f) -> {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < fields.size(); i++) {
                if ((f.fields & (1 << i)) != 0) {
                    names.add(fields.get(i).name());
                }
            }
            out.add(new FingerprintMatch(index.id(record), names, f.locations, f.visibility, index.canaryExtract(record)));
        });
        return out;
    }

    /** The registry's name, for reports. */
    public String registryName() {
        return index.header().name();
    }
}
