package org.airlock.extract;

import java.io.EOFException;
import java.util.Locale;
import java.util.zip.ZipException;
import org.apache.poi.EncryptedDocumentException;
import org.xml.sax.SAXException;

/**
 * Turns what a parsing library throws into a named failure. The detail is the exception's kind
 * and a short message from the library, never file content.
 */
public final class Failures {

    private Failures() {
    }

    public static InspectionException toInspectionException(Throwable e) {
        if (e instanceof InspectionException inspection) {
            return inspection;
        }
        return new InspectionException(kindOf(e), safeDetail(e), e);
    }

    public static FailureKind kindOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InspectionException inspection) {
                return inspection.kind();
            }
            if (t instanceof EncryptedDocumentException) {
                return FailureKind.ENCRYPTED;
            }
            if (t instanceof ExtractionContext.InspectionTimeout) {
                return FailureKind.TIMEOUT;
            }
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("zip-bomb")) {
                return FailureKind.ZIP_BOMB;
            }
            if (t instanceof SAXException && (message.contains("doctype") || message.contains("entity"))) {
                return FailureKind.XML_BOMB;
            }
            if (t instanceof EOFException || message.contains("unexpected end") || message.contains("truncated")
                    || message.contains("premature end")) {
                return FailureKind.TRUNCATED;
            }
            if (t instanceof ZipException && message.contains("end header")) {
                return FailureKind.TRUNCATED;
            }
        }
        return FailureKind.CORRUPT;
    }

    /** Exception kind and the library's message, cut short; safe to show and to log. */
    public static String safeDetail(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        // Only library messages about structure are kept; others (number parsing...) may quote content.
        boolean structural = root instanceof java.io.IOException || root instanceof org.xml.sax.SAXException
                || root.getClass().getName().startsWith("org.apache.poi.");
        String message = !structural || root.getMessage() == null ? "" : root.getMessage().replaceAll("\\s+", " ");
        if (message.length() > 160) {
            message = message.substring(0, 160) + "…";
        }
        return root.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }
}
