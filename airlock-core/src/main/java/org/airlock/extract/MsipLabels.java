package org.airlock.extract;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads Microsoft Purview (MIP) sensitivity labels. Office writes a label two ways: as custom
 * document properties {@code MSIP_Label_<guid>_Enabled}, {@code _Name}, {@code _SiteId},
 * {@code _Method}, {@code _SetDate}, {@code _ContentBits} (in OOXML {@code docProps/custom.xml},
 * in OLE2 files' custom properties, in PDFs saved from Office), and since 2020 as the
 * {@code docMetadata/LabelInfo.xml} part ([MS-OFFCRYPTO] 2.6.4), whose {@code label} elements
 * carry id, enabled, method, siteId and removed but no name.
 */
public final class MsipLabels {

    private static final Pattern PROPERTY = Pattern.compile(
            "(?i)MSIP_Label_\\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\}?_([A-Za-z]+)");

    /** The part name of the LabelInfo part, relative to the package root. */
    public static final String LABEL_INFO_PART = "/docMetadata/LabelInfo.xml";

    private final Map<String, Map<String, String>> byId = new LinkedHashMap<>();

    /** Whether a property name is one of a label's, so callers can skip scanning it as text. */
    public static boolean isLabelProperty(String name) {
        return name != null && PROPERTY.matcher(name.strip()).matches();
    }

    /** Offers one property; empty values and anything not named {@code MSIP_Label_<guid>_<field>} are ignored. */
    public void property(String name, String value) {
        if (name == null) {
            return;
        }
        Matcher m = PROPERTY.matcher(name.strip());
        if (m.matches() && value != null && !value.isBlank()) {
            byId.computeIfAbsent(m.group(1).toLowerCase(java.util.Locale.ROOT), k -> new LinkedHashMap<>())
                    .put(m.group(2).toLowerCase(java.util.Locale.ROOT), value.strip());
        }
    }

    /** The labels the properties offered so far describe, each found at {@code source}. */
    public List<SensitivityLabel> labels(Location source) {
        List<SensitivityLabel> labels = new ArrayList<>();
        byId.forEach((id, fields) -> labels.add(new SensitivityLabel(id, fields.get("name"),
                !"false".equalsIgnoreCase(fields.getOrDefault("enabled", "true")), fields.get("method"),
                fields.get("siteid"), source)));
        return labels;
    }

    /** Hands the labels to the sink. */
    public void report(Location source, ContentSink sink) {
        for (SensitivityLabel label : labels(source)) {
            sink.sensitivityLabel(label);
        }
    }

    /** Reads a LabelInfo part and hands each label to the sink. */
    public static void readLabelInfo(InputStream in, Location source, ContentSink sink) throws Exception {
        var reader = SecureXml.newReader();
        reader.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes atts) {
                if (local.equals("label") && atts.getValue("id") != null) {
                    boolean enabled = truthy(atts.getValue("enabled"), true) && !truthy(atts.getValue("removed"), false);
                    sink.sensitivityLabel(new SensitivityLabel(atts.getValue("id"), "", enabled, atts.getValue("method"),
                            atts.getValue("siteId"), source));
                }
            }
        });
        reader.parse(new InputSource(in));
    }

    private static boolean truthy(String value, boolean absent) {
        if (value == null) {
            return absent;
        }
        return value.equals("1") || value.equalsIgnoreCase("true");
    }
}
