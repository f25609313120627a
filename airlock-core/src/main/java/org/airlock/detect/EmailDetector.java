package org.airlock.detect;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** E-mail addresses: a local part, {@code @}, and a domain with a letters-only top-level label. */
public final class EmailDetector implements TextDetector {

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.+-])[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,24}(?![\\w-])");

    @Override
    public FindingType type() {
        return FindingType.EMAIL_ADDRESS;
    }

    @Override
    public void detect(String text, String lowerText, List<Detection> out) {
        if (text.indexOf('@') < 0) {
            return;
        }
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            out.add(new Detection(type(), m.start(), m.end(), Confidence.HIGH,
                    "local part, @ and a domain with a valid top-level label"));
        }
    }
}
