package org.airlock.assess;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.airlock.detect.AllowList;
import org.airlock.detect.Confidence;
import org.airlock.detect.DetectionSettings;
import org.airlock.detect.FindingType;
import org.airlock.detect.PatternDetector;
import org.airlock.detect.check.Validator;
import org.airlock.detect.check.Validators;

/**
 * Turns a policy's {@code detectors:} and {@code allow:} sections into detection settings, checking
 * every entry at load: a bad pattern, an unknown validator or type, a missing id are refused with
 * the key named ({@code detectors[1].validator}), so a typo cannot silently switch a detector off.
 */
final class CustomDetectors {

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private CustomDetectors() {
    }

    static DetectionSettings settings(List<PolicyLoader.CustomDetector> entries, PolicyLoader.Allow allow) {
        List<PatternDetector> detectors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        if (entries != null) {
            for (int i = 0; i < entries.size(); i++) {
                PatternDetector d = detector(entries.get(i), "detectors[" + i + "]");
                if (!ids.add(d.id()) || FindingType.byId(d.id()) != null) {
                    throw new IllegalArgumentException("detectors[" + i + "].id: '" + d.id() + "' is already a detector id");
                }
                detectors.add(d);
            }
        }
        AllowList allowList = AllowList.EMPTY;
        if (allow != null) {
            List<Pattern> patterns = new ArrayList<>();
            if (allow.patterns != null) {
                for (int i = 0; i < allow.patterns.size(); i++) {
                    patterns.add(compile(allow.patterns.get(i), "allow.patterns[" + i + "]"));
                }
            }
            Set<String> values = allow.values == null ? Set.of() : new LinkedHashSet<>(allow.values);
            if (values.contains(null) || values.stream().anyMatch(v -> v != null && v.isBlank())) {
                throw new IllegalArgumentException("allow.values: an entry is empty");
            }
            allowList = new AllowList(values, patterns);
        }
        return detectors.isEmpty() && allowList.isEmpty() ? DetectionSettings.NONE : new DetectionSettings(detectors, allowList);
    }

    private static PatternDetector detector(PolicyLoader.CustomDetector e, String key) {
        if (e == null) {
            throw new IllegalArgumentException(key + ": empty entry");
        }
        if (e.id == null || !KEBAB.matcher(e.id).matches()) {
            throw new IllegalArgumentException(key + ".id: needs a kebab-case id (like 'staff-number')");
        }
        if ((e.pattern == null) == (e.dictionary == null || e.dictionary.isEmpty())) {
            throw new IllegalArgumentException(key + ": give either 'pattern' or 'dictionary', not both or neither");
        }
        Pattern pattern;
        if (e.pattern != null) {
            pattern = compile(e.pattern, key + ".pattern");
        } else {
            List<String> quoted = new ArrayList<>();
            for (String term : e.dictionary) {
                if (term == null || term.isBlank()) {
                    throw new IllegalArgumentException(key + ".dictionary: an entry is empty");
                }
                quoted.add(Pattern.quote(term.strip()));
            }
            pattern = Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:" + String.join("|", quoted) + ")(?![\\p{L}\\d])");
        }
        FindingType type = FindingType.CUSTOM_IDENTIFIER;
        if (e.reportsAs != null) {
            type = FindingType.byId(e.reportsAs);
            if (type == null) {
                throw new IllegalArgumentException(key + ".reports-as: '" + e.reportsAs + "' is not a finding type id (see airlock detectors)");
            }
        }
        PatternDetector.Builder b = PatternDetector.builder(e.id, type, pattern);
        String what = "custom detector '" + e.id + "': " + (e.pattern != null ? "pattern" : "dictionary term") + " matched";
        if (e.validator != null) {
            Validator v = Validators.byName(e.validator);
            if (v == null) {
                throw new IllegalArgumentException(key + ".validator: '" + e.validator + "' is not a validator (one of "
                        + String.join(", ", Validators.names()) + ")");
            }
            b.validator(v, what + "; " + e.validator + " check passed");
        } else {
            b.validation(what);
        }
        Confidence base = Confidence.MEDIUM;
        if (e.confidence != null) {
            try {
                base = Confidence.valueOf(e.confidence.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(key + ".confidence: '" + e.confidence + "' is not LOW, MEDIUM or HIGH");
            }
        }
        boolean required = Boolean.TRUE.equals(e.contextRequired);
        if (e.context != null && !e.context.isEmpty()) {
            if (e.context.stream().anyMatch(w -> w == null || w.isBlank())) {
                throw new IllegalArgumentException(key + ".context: an entry is empty");
            }
            b.context(40, e.context.stream().map(w -> w.strip().toLowerCase(Locale.ROOT)).toArray(String[]::new));
        } else if (required) {
            throw new IllegalArgumentException(key + ".context-required: true needs a 'context' list");
        }
        b.withContext(base.raised());
        if (required) {
            b.contextRequired();
        } else {
            b.withoutContext(base, base);
        }
        return b.lowerByWords(false).build();
    }

    private static Pattern compile(String regex, String key) {
        if (regex == null || regex.isEmpty()) {
            throw new IllegalArgumentException(key + ": empty pattern");
        }
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(key + ": not a regular expression (" + e.getDescription() + " at index " + e.getIndex() + ")");
        }
    }
}
