package org.airlock.detect;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.List;

/**
 * Telephone numbers, validated by libphonenumber against each country's numbering plan. Numbers
 * without a country code are read as US numbers; international numbers need their {@code +}.
 * Identifiers are numbers too, and many fit some numbering plan, so a number is not reported as a
 * telephone number right after a word that names another identifier or a business number ("NHS
 * number", "СНИЛС", "invoice"), nor when it is a bare run of digits with no {@code +}, no
 * separators and no telephone word near it. A telephone word ("tel", "phone", "móvil") raises it
 * to HIGH. Matching uses libphonenumber's STRICT_GROUPING leniency: the digits must be grouped as
 * the country writes them, which budget and order numbers rarely are.
 */
public final class PhoneDetector implements TextDetector {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    /**
     * Strict grouping asks libphonenumber for alternate formats it does not ship for every country
     * and it logs a warning on each miss; the check still runs on the main formats. Held here so the
     * level set on it is not lost to garbage collection.
     */
    private static final java.util.logging.Logger LIBPHONENUMBER_LOG = quiet("com.google.i18n.phonenumbers");

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }
    private static final ContextWords PHONE_WORDS = new ContextWords(List.of(
            "tel", "tel.", "phone", "telephone", "mobile", "cell", "call", "fax", "whatsapp", "téléphone", "portable",
            "teléfono", "telefono", "móvil", "celular", "telefon", "handy", "телефон", "тел", "моб", "تلفن", "موبایل", "电话", "手机"), 30);
    private static final ContextWords OTHER_IDENTIFIER = new ContextWords(List.of(
            "ssn", "social security", "nhs", "snils", "снилс", "страховой номер", "инн", "inn", "national id", "national code",
            "کد ملی", "شماره ملی", "social insurance", "sin", "aadhaar", "आधार", "receipt", "passport", "dni", "nie", "nir",
            "steuer-id", "idnr", "itin", "a-number", "alien", "card", "iban", "account", "customer no", "case"), 25);
    private final String defaultRegion;

    public PhoneDetector(String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    @Override
    public FindingType type() {
        return FindingType.PHONE_NUMBER;
    }

    @Override
    public void detect(String text, String lowerText, List<Detection> out) {
        int digits = 0;
        for (int i = 0; i < text.length() && digits < 7; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            }
        }
        if (digits < 7) {
            return;
        }
        find(text, lowerText, 0, text.length(), out);
    }

    /**
     * Hands libphonenumber only the digit windows of the text that hold 7 digits or more: its
     * matcher is the costliest step of prose scanning, and most text is words.
     */
    @Override
    public boolean mayMatch(TextProfile profile) {
        return profile.digits() >= 7 && profile.windowDigits() >= 7;
    }

    @Override
    public void detect(String text, String lowerText, TextProfile profile, List<Detection> out) {
        int[] windows = profile.windows();
        for (int w = 0; w < windows.length; w += 3) {
            if (windows[w + 2] >= 7) {
                find(text, lowerText, windows[w], windows[w + 1], out);
            }
        }
    }

    private void find(String text, String lowerText, int from, int to, List<Detection> out) {
        String part = from == 0 && to == text.length() ? text : text.substring(from, to);
        for (PhoneNumberMatch found : PHONES.findNumbers(part, defaultRegion, PhoneNumberUtil.Leniency.STRICT_GROUPING, 10_000)) {
            Span match = new Span(from + found.start(), from + found.end(), found.rawString());
            String region = PHONES.getRegionCodeForNumber(found.number());
            ContextWords.Match phoneWord = PHONE_WORDS.near(lowerText, match.start(), match.end(), 0);
            if (phoneWord == null) {
                if (OTHER_IDENTIFIER.near(lowerText, match.start(), match.end(), 0) != null
                        || PatternDetector.NOT_PERSONAL.near(lowerText, match.start(), match.end(), 0) != null
                        || bareDigits(match.rawString())) {
                    continue;
                }
            }
            out.add(new Detection(type(), match.start(), match.end(), phoneWord == null ? Confidence.MEDIUM : Confidence.HIGH,
                    "valid number in the " + region + " numbering plan (libphonenumber)"
                            + (phoneWord == null ? "" : "; " + phoneWord.describe())));
        }
    }

    private record Span(int start, int end, String rawString) {
    }

    private static boolean bareDigits(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
