package org.airlock.detect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.airlock.detect.americas.AmericanIdentifiers;
import org.airlock.detect.asia.AsianIdentifiers;
import org.airlock.detect.eu.EuropeanIdentifiers;
import org.airlock.detect.intl.CoordinatesDetector;
import org.airlock.detect.intl.InternationalIdentifiers;
import org.airlock.detect.intl.IpAddressDetector;
import org.airlock.detect.ru.RussianIdentifiers;
import org.airlock.detect.uk.UkIdentifiers;
import org.airlock.detect.us.UsIdentifiers;

/**
 * The catalogue of prose detectors, run together over one text. The text is normalised first
 * ({@link TextNormalizer}) and profiled once ({@link TextProfile}) so that detectors that cannot
 * match skip their regular expressions. Where two matches overlap, the more confident one wins,
 * and between equally confident ones the earlier (more specific) detector: an A-number is not also
 * a phone number. Names never displace other matches. Values on the allow-list are dropped.
 */
public final class TextDetectors {

    private final List<TextDetector> detectors;
    private final AllowList allowList;
    private final TextDetectors cellIdentifiers;

    public TextDetectors(List<TextDetector> detectors) {
        this(detectors, AllowList.EMPTY, null);
    }

    public TextDetectors(List<TextDetector> detectors, AllowList allowList) {
        this(detectors, allowList, null);
    }

    private TextDetectors(List<TextDetector> detectors, AllowList allowList, TextDetectors cellIdentifiers) {
        this.detectors = List.copyOf(detectors);
        this.allowList = allowList;
        this.cellIdentifiers = cellIdentifiers;
    }

    /**
     * The detectors a table runs on every cell whatever its column (see
     * {@link #identifiers(List, AllowList)}), with this catalogue's custom detectors and allow-list.
     */
    public TextDetectors cellIdentifiers() {
        return cellIdentifiers != null ? cellIdentifiers : DefaultIdentifiers.INSTANCE;
    }

    /** Built once: the detectors are stateless. */
    private static final class DefaultIdentifiers {
        static final TextDetectors INSTANCE = identifiers(List.of(), AllowList.EMPTY);
    }

    /** The default catalogue; {@code today} bounds dates of birth. */
    public static TextDetectors defaults(LocalDate today) {
        return withCustom(today, List.of(), AllowList.EMPTY);
    }

    /** The default catalogue with a policy's custom detectors (run before the phone detector) and allow-list. */
    public static TextDetectors withCustom(LocalDate today, List<? extends TextDetector> custom, AllowList allowList) {
        List<TextDetector> all = new ArrayList<>(List.of(new ANumberDetector(), new SsnDetector(), new PassportDetector(), new EmailDetector()));
        all.addAll(identifierCatalogue());
        all.addAll(custom);
        all.addAll(List.of(new DateOfBirthDetector(today), new NationalityDetector(), new ImmigrationStatusDetector(),
                new DetentionFacilityDetector(), new GpsCoordinatesDetector()));
        all.addAll(SensitiveTermDetector.all());
        all.addAll(List.of(new PersonNameDetector(), new PhoneDetector("US")));
        TextDetectors cells = custom.isEmpty() && allowList.isEmpty() ? null : identifiers(custom, allowList);
        return new TextDetectors(all, allowList, cells);
    }

    /**
     * The validated identifiers that are looked for in every table cell whatever its column:
     * A-numbers, SSNs, e-mail addresses and the country catalogue (no names, dates or phones,
     * which need a column role or a cue).
     */
    public static TextDetectors identifiers(List<? extends TextDetector> custom, AllowList allowList) {
        List<TextDetector> all = new ArrayList<>(List.of(new ANumberDetector(), new SsnDetector(), new EmailDetector()));
        all.addAll(identifierCatalogue());
        all.addAll(custom);
        return new TextDetectors(all, allowList);
    }

    /** The country and international identifier detectors, most specific first. */
    static List<TextDetector> identifierCatalogue() {
        List<TextDetector> all = new ArrayList<>();
        all.add(InternationalIdentifiers.mrz());
        all.add(InternationalIdentifiers.iban());
        all.addAll(AsianIdentifiers.detectors());
        all.addAll(AmericanIdentifiers.detectors());
        all.addAll(EuropeanIdentifiers.detectors());
        all.addAll(UsIdentifiers.detectors());
        all.addAll(UkIdentifiers.detectors());
        all.addAll(RussianIdentifiers.detectors());
        all.add(InternationalIdentifiers.paymentCard());
        all.add(InternationalIdentifiers.swiftBic());
        all.add(new IpAddressDetector());
        all.add(new CoordinatesDetector());
        return all;
    }

    public List<TextDetector> detectors() {
        return detectors;
    }

    /** Every match in {@code text}, offsets in {@code text}, overlaps resolved, allow-listed values dropped. */
    public List<Detection> detect(String text) {
        NormalizedText normalized = TextNormalizer.normalize(text);
        String working = normalized.text();
        TextProfile profile = TextProfile.of(working);
        String lower = null;
        List<Detection> found = new ArrayList<>();
        int[] order = null;
        for (int k = 0; k < detectors.size(); k++) {
            TextDetector detector = detectors.get(k);
            if (!detector.mayMatch(profile)) {
                continue;
            }
            if (lower == null) {
                lower = working.toLowerCase(Locale.ROOT);
            }
            int before = found.size();
            detector.detect(working, lower, profile, found);
            if (found.size() > before) {
                order = grow(order, found.size());
                for (int i = before; i < found.size(); i++) {
                    order[i] = k;
                }
            }
        }
        if (found.isEmpty()) {
            return found;
        }
        List<Detection> kept = found.size() == 1 ? found : resolve(found, order);
        List<Detection> out = new ArrayList<>(kept.size());
        for (Detection d : kept) {
            Detection original = normalized.toOriginal(d);
            if (!allowList.allows(text.substring(original.start(), original.end()))) {
                out.add(original);
            }
        }
        return out;
    }

    private static int[] grow(int[] order, int size) {
        if (order == null) {
            return new int[Math.max(8, size)];
        }
        return order.length >= size ? order : java.util.Arrays.copyOf(order, Math.max(size, order.length * 2));
    }

    /** Keeps, among overlapping non-name matches, the most confident, then the earliest detector's. */
    private static List<Detection> resolve(List<Detection> found, int[] order) {
        int n = found.size();
        Integer[] rank = new Integer[n];
        for (int i = 0; i < n; i++) {
            rank[i] = i;
        }
        java.util.Arrays.sort(rank, (a, b) -> {
            int c = found.get(b).confidence().compareTo(found.get(a).confidence());
            return c != 0 ? c : Integer.compare(order[a], order[b]);
        });
        boolean[] keep = new boolean[n];
        for (int r = 0; r < n; r++) {
            int i = rank[r];
            Detection d = found.get(i);
            boolean clash = false;
            if (d.type() != FindingType.PERSON_NAME) {
                for (int j = 0; j < n && !clash; j++) {
                    Detection other = found.get(j);
                    clash = keep[j] && other.type().category() != Category.NAME
                            && other.start() < d.end() && d.start() < other.end();
                }
            }
            keep[i] = !clash;
        }
        List<Detection> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                out.add(found.get(i));
            }
        }
        return out;
    }
}
