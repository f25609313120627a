package org.airlock.extract;

/**
 * A sensitivity label a file carries: a Microsoft Purview (MIP) label from the file's properties
 * or its {@code docMetadata/LabelInfo.xml} part, or a protective marking printed in a page header
 * or footer. What it means for publishing is the policy's decision.
 *
 * @param id the label's GUID, empty for a printed marking
 * @param name the label's name as the file gives it, empty when the file does not (LabelInfo.xml
 *     carries only the id; the policy maps ids to names)
 * @param enabled false when the file says the label is switched off or removed
 * @param method how the label was applied (Standard, Privileged, Auto), empty when not given
 * @param siteId the Microsoft Entra tenant that owns the label, empty when not given
 * @param source where the label was read, e.g. {@code custom properties}, {@code docMetadata/LabelInfo.xml}
 */
public record SensitivityLabel(String id, String name, boolean enabled, String method, String siteId, Location source) {

    public SensitivityLabel {
        id = id == null ? "" : id.strip().replace("{", "").replace("}", "").toLowerCase(java.util.Locale.ROOT);
        name = name == null ? "" : name.strip();
        method = method == null ? "" : method.strip();
        siteId = siteId == null ? "" : siteId.strip().replace("{", "").replace("}", "").toLowerCase(java.util.Locale.ROOT);
    }
}
