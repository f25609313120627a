package org.airlock.detect;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.airlock.detect.check.Validator;

/**
 * A catalogue detector built from parts: a character-class gate, a pattern, a validator (check
 * digits, ranges), context words that raise confidence, words that lower it, and published sample
 * values. Every finding carries its explanation ("Luhn check passed; context word 'card' 12
 * characters before"). The country packages ({@code org.airlock.detect.us}, {@code .eu}...)
 * define their identifiers with it, and custom detectors from a policy are instances of it.
 */
public final class PatternDetector implements TextDetector {

    /** Words that say a number is something else (an order, an invoice, a budget line). */
    public static final ContextWords NOT_PERSONAL = new ContextWords(List.of(
            "order", "invoice", "budget", "tracking", "isbn", "serial", "sku", "part no", "ticket", "case no",
            "commande", "facture", "budget", "pedido", "factura", "presupuesto", "rechnung", "bestellung",
            "auftrag", "auftragsnummer", "bestellnummer", "rechnungsnummer", "заказ", "заказа", "счёт", "счет", "ordine",
            "fattura", "ref", "ref.", "reference", "cost centre", "cost center", "línea presupuestaria", "partida",
            "partida presupuestaria", "row", "line", "ligne", "línea", "zeile", "строка", "grant", "project"), 25);

    private final FindingType type;
    private final String id;
    private final Pattern pattern;
    private final Validator validator;
    private final String validation;
    private final ContextWords context;
    private final boolean lowerByWords;
    private final Confidence separated;
    private final Confidence bare;
    private final Confidence withContext;
    private final Predicate<String> sample;
    private final boolean hasSamples;
    private final ToIntFunction<String> expectedLength;
    private final int minDigits;
    private final int minRun;
    private final int minUpper;
    private final boolean needsFiller;

    private PatternDetector(Builder b) {
        this.type = b.type;
        this.id = b.id == null ? b.type.id() : b.id;
        this.pattern = b.pattern;
        this.validator = b.validator;
        this.validation = b.validation;
        this.context = b.context;
        this.lowerByWords = b.lowerByWords;
        this.separated = b.separated;
        this.bare = b.bare;
        this.withContext = b.withContext;
        this.sample = b.sample;
        this.hasSamples = b.hasSamples;
        this.expectedLength = b.expectedLength;
        this.minDigits = b.minDigits;
        this.minRun = b.minRun;
        this.minUpper = b.minUpper;
        this.needsFiller = b.needsFiller;
    }

    /** Starts a detector of {@code type} matching {@code regex} (group 1, when present, is the value). */
    public static Builder builder(FindingType type, String regex) {
        return new Builder(type, Pattern.compile(regex));
    }

    /** Starts a detector with a custom id (policy detectors) reporting as {@code type}. */
    public static Builder builder(String id, FindingType type, Pattern pattern) {
        Builder b = new Builder(type, pattern);
        b.id = id;
        return b;
    }

    /** The detector's id: its type's id, or the policy's name for a custom detector. */
    public String id() {
        return id;
    }

    @Override
    public FindingType type() {
        return type;
    }

    @Override
    public boolean mayMatch(TextProfile p) {
        return p.digits() >= minDigits && p.longestDigitRun() >= minRun && p.upper() >= minUpper && (!needsFiller || p.filler())
                && (minDigits == 0 || needsFiller || p.windowDigits() >= minDigits);
    }

    @Override
    public void detect(String text, String lowerText, List<Detection> out) {
        detect(text, lowerText, TextProfile.of(text), out);
    }

    /**
     * Runs the pattern only inside the profile's digit windows when every match must hold a digit
     * (the gate asks for digits); Java's regex engine has no first-character skip for patterns
     * that open with a look-behind, so over whole prose it would try every position.
     */
    @Override
    public void detect(String text, String lowerText, TextProfile profile, List<Detection> out) {
        if (separated == null && bare == null && context != null && !context.anyIn(lowerText)) {
            return; // only reported near a context word, and there is none
        }
        Matcher m = pattern.matcher(text);
        if (minDigits == 0 || needsFiller) {
            scan(m, text, lowerText, out);
            return;
        }
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int[] windows = profile.windows();
        for (int w = 0; w < windows.length; w += 3) {
            if (windows[w + 2] >= minDigits) {
                m.region(windows[w], windows[w + 1]);
                scan(m, text, lowerText, out);
            }
        }
    }

    private void scan(Matcher m, String text, String lowerText, List<Detection> out) {
        int group = m.groupCount() >= 1 ? 1 : 0;
        while (m.find()) {
            int start = m.start(group);
            int end = m.end(group);
            if (start < 0) {
                continue;
            }
            String raw = text.substring(start, end);
            String value = canonical(raw);
            if (expectedLength != null) {
                int want = expectedLength.applyAsInt(value);
                if (want <= 0 || want > value.length()) {
                    continue;
                }
                if (want < value.length()) {
                    end = cut(text, start, end, want);
                    raw = text.substring(start, end);
                    value = canonical(raw);
                }
            }
            if (validator != null && !validator.valid(value)) {
                continue;
            }
            if (sample.test(value)) {
                out.add(new Detection(type, start, end, Confidence.LOW,
                        "published sample or test value, not a real person's (" + validation + ")"));
                continue;
            }
            ContextWords.Match word = context == null ? null : context.near(lowerText, start, end, 20);
            Confidence confidence;
            String why;
            if (word != null) {
                confidence = withContext;
                why = validation + "; " + word.describe();
            } else {
                confidence = hasSeparator(raw) ? separated : bare;
                why = validation + (context == null ? "" : "; no context word");
                if (confidence != null && lowerByWords) {
                    ContextWords.Match against = NOT_PERSONAL.near(lowerText, start, end, 0);
                    if (against != null) {
                        confidence = confidence.lowered();
                        why += "; lowered by " + against.describe();
                    }
                }
            }
            if (confidence != null) {
                out.add(new Detection(type, start, end, confidence, why));
            }
        }
    }

    @Override
    public DetectorInfo info() {
        String levels = (separated == null && bare == null ? "only near a context word: " + withContext
                : "without context " + (separated == null ? "not reported" : separated) + " (written with separators), "
                + (bare == null ? "not reported" : bare) + " (bare); with context " + withContext)
                + (!hasSamples ? "" : "; published samples LOW");
        return new DetectorInfo(id, type.category(), validation, context == null ? List.of() : context.words(),
                separated == null && bare == null, levels);
    }

    /** The value as validators see it: letters and digits only, upper case. */
    static String canonical(String raw) {
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '<') {
                b.append(c);
            }
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }

    /** The end of the shortest prefix of [start, end) holding {@code want} canonical characters. */
    private static int cut(String text, int start, int end, int want) {
        int count = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '<') {
                if (++count == want) {
                    return i + 1;
                }
            }
        }
        return end;
    }

    private static boolean hasSeparator(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ' ' || c == '-' || c == '.' || c == '/') {
                return true;
            }
        }
        return false;
    }

    /** Builds a {@link PatternDetector}. */
    public static final class Builder {
        private final FindingType type;
        private final Pattern pattern;
        private String id;
        private Validator validator;
        private String validation = "pattern matched";
        private ContextWords context;
        private boolean lowerByWords = true;
        private Confidence separated = Confidence.MEDIUM;
        private Confidence bare = Confidence.MEDIUM;
        private Confidence withContext = Confidence.HIGH;
        private Predicate<String> sample = v -> false;
        private boolean hasSamples;
        private ToIntFunction<String> expectedLength;
        private int minDigits;
        private int minRun;
        private int minUpper;
        private boolean needsFiller;

        private Builder(FindingType type, Pattern pattern) {
            this.type = type;
            this.pattern = pattern;
        }

        /** The check a match must pass, and how an explanation says it passed. */
        public Builder validator(Validator validator, String passed) {
            this.validator = validator;
            this.validation = passed;
            return this;
        }

        /** What the explanation says when there is no validator. */
        public Builder validation(String text) {
            this.validation = text;
            return this;
        }

        /** Words that raise confidence, looked for within {@code window} characters before (and 20 after). */
        public Builder context(int window, String... words) {
            this.context = new ContextWords(List.of(words), window);
            return this;
        }

        /** Confidence without a context word: written with separators, and bare; null = not reported. */
        public Builder withoutContext(Confidence separated, Confidence bare) {
            this.separated = separated;
            this.bare = bare;
            return this;
        }

        /** Only reported near a context word. */
        public Builder contextRequired() {
            return withoutContext(null, null);
        }

        public Builder withContext(Confidence confidence) {
            this.withContext = confidence;
            return this;
        }

        /** Whether words such as "order" or "invoice" nearby lower the confidence (default yes). */
        public Builder lowerByWords(boolean lower) {
            this.lowerByWords = lower;
            return this;
        }

        /** Published sample or test values (canonical form), reported at LOW confidence. */
        public Builder samples(String... values) {
            Set<String> set = Set.of(values);
            return sampleWhen(set::contains);
        }

        /** Values (canonical form) that are test or sample values by rule (a reserved test range). */
        public Builder sampleWhen(Predicate<String> test) {
            Predicate<String> before = this.sample;
            this.sample = v -> before.test(v) || test.test(v);
            this.hasSamples = true;
            return this;
        }

        /**
         * For variable-length patterns that can run into the next word: the canonical length the
         * value should have (from its first characters), so the match is cut to it before validation.
         */
        public Builder expectedLength(ToIntFunction<String> length) {
            this.expectedLength = length;
            return this;
        }

        /** Gate: at least {@code digits} digits in the text and a run of {@code run}. */
        public Builder gate(int digits, int run) {
            this.minDigits = digits;
            this.minRun = run;
            return this;
        }

        /** Gate: at least {@code count} ASCII capital letters in the text. */
        public Builder upper(int count) {
            this.minUpper = count;
            return this;
        }

        /** Gate: the text holds "<<". */
        public Builder filler() {
            this.needsFiller = true;
            return this;
        }

        public PatternDetector build() {
            return new PatternDetector(this);
        }
    }
}
