package org.airlock.assess;

import org.airlock.extract.SensitivityLabel;

/**
 * A sensitivity label found in a file, read with the policy: its name (the file's, or the
 * policy's for a label id the file does not name) and its level, null when neither the file nor
 * the policy says what the label means.
 */
public record FoundLabel(SensitivityLabel label, String name, Sensitivity level) {

    /** "Confidential (MSIP label 3f2a..., docProps/custom.xml)". */
    public String describe() {
        String what = name.isEmpty() ? "an unnamed label" : "'" + name + "'";
        String id = label.id().isEmpty() ? "marking" : "label id " + label.id();
        return what + " (" + id + ", " + label.source().describe() + ")";
    }
}
