package org.airlock.extract.xlsx;

import org.airlock.extract.HiddenPlaceKind;
import org.airlock.extract.Visibility;

/**
 * What to do with a workbook part that has no structured reader: scan its text, hand it on as an
 * embedded document, skip it (formatting, themes, pictures handled elsewhere), or report it as
 * opaque (a Power Pivot data model cannot be read, so the file cannot pass unseen).
 */
record PartRole(Treatment treatment, HiddenPlaceKind inventory, Visibility visibility, String label) {

    enum Treatment { TEXT, EMBEDDED, SKIP, OPAQUE }

    static PartRole of(String name, String contentType) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.startsWith("/xl/embeddings/")) {
            return new PartRole(Treatment.EMBEDDED, HiddenPlaceKind.EMBEDDED_OBJECTS, Visibility.EMBEDDED_OBJECT, "embedded");
        }
        if (n.startsWith("/xl/model/")) {
            return new PartRole(Treatment.OPAQUE, HiddenPlaceKind.DATA_MODEL, Visibility.EMBEDDED_OBJECT,
                    "Power Pivot data model: a compressed copy of whole tables that cannot be read");
        }
        if (n.startsWith("/docprops/thumbnail")) {
            return new PartRole(Treatment.SKIP, HiddenPlaceKind.THUMBNAIL, Visibility.METADATA, "thumbnail");
        }
        if (n.startsWith("/docprops/")) {
            return new PartRole(Treatment.TEXT, n.endsWith("custom.xml") ? HiddenPlaceKind.DOCUMENT_PROPERTIES : null,
                    Visibility.METADATA, "document properties");
        }
        if (n.startsWith("/xl/externallinks/")) {
            return new PartRole(Treatment.TEXT, HiddenPlaceKind.EXTERNAL_LINKS, Visibility.EXTERNAL_LINK_CACHE, "external link");
        }
        if (n.startsWith("/xl/connections") || n.startsWith("/xl/querytables/")) {
            return new PartRole(Treatment.TEXT, HiddenPlaceKind.DATA_CONNECTIONS, Visibility.METADATA, "data connection");
        }
        if (n.startsWith("/xl/threadedcomments/") || n.startsWith("/xl/persons/")) {
            return new PartRole(Treatment.TEXT, HiddenPlaceKind.THREADED_COMMENTS, Visibility.COMMENT, "threaded comments");
        }
        if (n.startsWith("/xl/revisions/")) {
            return new PartRole(Treatment.TEXT, HiddenPlaceKind.REVISION_HISTORY, Visibility.METADATA, "revision history");
        }
        if (n.startsWith("/customxml/")) {
            return new PartRole(Treatment.TEXT, HiddenPlaceKind.CUSTOM_XML, Visibility.METADATA, "custom XML");
        }
        if (n.startsWith("/xl/slicercaches/") || n.startsWith("/xl/timelinecaches/")) {
            return new PartRole(Treatment.TEXT, HiddenPlaceKind.SLICER_OR_TIMELINE_CACHE, Visibility.PIVOT_CACHE, "slicer cache");
        }
        if (n.endsWith("vbaproject.bin") || n.startsWith("/xl/macrosheets/")) {
            return new PartRole(n.endsWith(".bin") ? Treatment.SKIP : Treatment.TEXT, HiddenPlaceKind.MACROS, Visibility.METADATA, "macros");
        }
        if (n.startsWith("/xl/drawings/") && n.endsWith(".xml")) {
            return new PartRole(Treatment.TEXT, HiddenPlaceKind.DRAWINGS, Visibility.VISIBLE, "shapes");
        }
        if (n.endsWith(".xml") && !n.startsWith("/xl/theme/") && !n.equals("/xl/styles.xml") && !n.equals("/xl/calcchain.xml")
                && !n.startsWith("/xl/pivottables/") && !n.startsWith("/xl/comments")
                && !n.equals("/xl/workbook.xml") && !n.equals("/xl/sharedstrings.xml") && !n.startsWith("/xl/printersettings")
                && !n.startsWith("/xl/charts/style") && !n.startsWith("/xl/charts/colors")) {
            return new PartRole(Treatment.TEXT, null, Visibility.METADATA, "part");
        }
        return new PartRole(Treatment.SKIP, null, Visibility.VISIBLE, "");
    }
}
