package org.airlock.detect;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.List;

/**
 * Telephone numbers, validated by libphonenumber against each country's numbering plan. Numbers
 * without a country code are read as US numbers; international numbers need their {@code +}.
 */
public final class PhoneDetector implements TextDetector {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
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
        for (PhoneNumberMatch match : PHONES.findNumbers(text, defaultRegion, PhoneNumberUtil.Leniency.VALID, 10_000)) {
            String region = PHONES.getRegionCodeForNumber(match.number());
            out.add(new Detection(type(), match.start(), match.end(), Confidence.MEDIUM,
                    "valid number in the " + region + " numbering plan (libphonenumber)"));
        }
    }
}
