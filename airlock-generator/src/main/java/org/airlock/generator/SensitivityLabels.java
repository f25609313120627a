package org.airlock.generator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;

/**
 * Puts a Microsoft Purview (MIP) sensitivity label on an Office document the two ways Office does:
 * the {@code MSIP_Label_<id>_*} custom properties, and the {@code docMetadata/LabelInfo.xml} part
 * ([MS-OFFCRYPTO] 2.6.4), which holds the label id but not its name.
 */
final class SensitivityLabels {

    /** A fictional tenant: the label ids below belong to it. */
    static final String SITE_ID = "6f1c2b7e-4a53-4d8e-9b0a-2c5e7d9f1a34";
    /** The tenant's "Confidential" label. */
    static final String CONFIDENTIAL_ID = "3d5a9c1e-8b27-4f60-a1d4-7e2b9c0f5a68";
    /** The tenant's "Public" label. */
    static final String PUBLIC_ID = "9a7e4c2b-1d36-4e85-b0f9-5c8a2d1e7b43";

    private static final String LABEL_INFO_TYPE = "application/vnd.ms-office.classificationlabels+xml";
    private static final String LABEL_INFO_RELATIONSHIP = "http://schemas.microsoft.com/office/2020/02/relationships/classificationlabels";

    private SensitivityLabels() {
    }

    /** The six custom properties Office writes for a label applied by a user (method Standard), in its order. */
    static java.util.Map<String, String> properties(String id, String name) {
        String prefix = "MSIP_Label_" + id + "_";
        java.util.Map<String, String> properties = new java.util.LinkedHashMap<>();
        properties.put(prefix + "Enabled", "true");
        properties.put(prefix + "SetDate", "2024-05-02T09:14:27Z");
        properties.put(prefix + "Method", "Standard");
        properties.put(prefix + "Name", name);
        properties.put(prefix + "SiteId", SITE_ID);
        properties.put(prefix + "ContentBits", "0");
        return properties;
    }

    /** Adds the label's custom properties to an OOXML document. */
    static void customProperties(POIXMLDocument document, String id, String name) {
        POIXMLProperties.CustomProperties custom = document.getProperties().getCustomProperties();
        properties(id, name).forEach(custom::addProperty);
    }

    /** Adds the LabelInfo part and its package relationship. */
    static void labelInfoPart(POIXMLDocument document, String id) {
        try {
            OPCPackage pkg = document.getPackage();
            PackagePartName name = PackagingURIHelper.createPartName("/docMetadata/LabelInfo.xml");
            PackagePart part = pkg.createPart(name, LABEL_INFO_TYPE);
            try (OutputStream out = part.getOutputStream()) {
                out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<clbl:labelList xmlns:clbl=\"http://schemas.microsoft.com/office/2020/mipLabelMetadata\">"
                        + "<clbl:label id=\"{" + id + "}\" enabled=\"1\" method=\"Standard\" siteId=\"{" + SITE_ID + "}\""
                        + " removed=\"0\"/></clbl:labelList>").getBytes(StandardCharsets.UTF_8));
            }
            pkg.addRelationship(name, TargetMode.INTERNAL, LABEL_INFO_RELATIONSHIP);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
