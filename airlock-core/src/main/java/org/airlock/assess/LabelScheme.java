package org.airlock.assess;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.airlock.detect.Category;

/**
 * The marking scheme a policy speaks: the name the report gives each {@link Sensitivity} level,
 * and the level of a label name found in a file. Three schemes:
 * <ul>
 *   <li>{@link #GENERIC}: PUBLIC / INTERNAL / CONFIDENTIAL / RESTRICTED, the names of the
 *       default Microsoft Purview taxonomy's levels.</li>
 *   <li>{@link #UK_GOVERNMENT}: the Government Security Classifications (OFFICIAL, with the
 *       OFFICIAL-SENSITIVE handling caveat; SECRET and TOP SECRET are recognised when found but
 *       never computed, since personal data alone does not make a file SECRET).</li>
 *   <li>{@link #US_CUI}: Controlled Unclassified Information with the category markings of the
 *       NARA CUI Registry (PRVCY, HLTH, ASYL, SP-CHRI...), banner format
 *       {@code CUI//SP-X/Y}: specified categories first, then basic ones, each group alphabetical.</li>
 * </ul>
 * See docs/risk.md for the sources.
 */
public enum LabelScheme {
    GENERIC("generic"),
    UK_GOVERNMENT("uk-government"),
    US_CUI("us-cui");

    private final String id;

    LabelScheme(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static LabelScheme byId(String id, String key) {
        for (LabelScheme scheme : values()) {
            if (scheme.id.equalsIgnoreCase(id.strip())) {
                return scheme;
            }
        }
        throw new IllegalArgumentException(key + ": '" + id + "' is not a label scheme (generic, uk-government, us-cui)");
    }

    /** The marking the report gives a file of this level holding these categories of personal data. */
    public String marking(Sensitivity level, Set<Category> categories) {
        return switch (this) {
            case GENERIC -> level.name();
            case UK_GOVERNMENT -> switch (level) {
                case PUBLIC, INTERNAL -> "OFFICIAL";
                case CONFIDENTIAL -> "OFFICIAL-SENSITIVE";
                case RESTRICTED -> "OFFICIAL-SENSITIVE PERSONAL";
            };
            case US_CUI -> level == Sensitivity.PUBLIC ? "UNCLASSIFIED" : cuiBanner(level, categories);
        };
    }

    /**
     * The CUI banner: each category of personal data found maps to its registry category, and
     * personal data with no more specific category is General Privacy (PRVCY). Criminal history
     * (CHRI) is a specified category and carries the SP- prefix.
     */
    private static String cuiBanner(Sensitivity level, Set<Category> categories) {
        Set<String> specified = new TreeSet<>();
        Set<String> basic = new TreeSet<>();
        for (Category category : categories) {
            switch (category) {
                case IMMIGRATION_STATUS -> basic.add("ASYL");
                case HEALTH -> basic.add("HLTH");
                case CRIMINAL_RECORD -> specified.add("SP-CHRI");
                default -> {
                    if (category != Category.NAME && category != Category.CONTACT) {
                        basic.add("PRVCY");
                    }
                }
            }
        }
        if (specified.isEmpty() && basic.isEmpty()) {
            return "CUI"; // a label found in the file or small cells: no category of personal data to name
        }
        List<String> parts = new ArrayList<>(specified);
        parts.addAll(basic);
        return "CUI//" + String.join("/", parts);
    }

    /**
     * The level of a label name found in a file (a Purview label's display name, a visible
     * banner), whatever scheme the policy uses; null when the name says nothing known.
     * Words are matched, not whole names, so "Confidential - Finance" or "Highly Confidential"
     * are read too; the most severe word wins.
     */
    public static Sensitivity levelOf(String labelName) {
        if (labelName == null || labelName.isBlank()) {
            return null;
        }
        String n = " " + Normalizer.normalize(labelName, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z0-9/]+", " ").strip() + " ";
        if (n.contains(" TOP SECRET ") || n.contains(" SECRET ") || n.contains(" HIGHLY CONFIDENTIAL ")
                || n.contains(" RESTRICTED ") || n.contains(" STRICTLY CONFIDENTIAL ")) {
            return Sensitivity.RESTRICTED;
        }
        if (n.contains(" CONFIDENTIAL ") || n.contains(" OFFICIAL SENSITIVE ") || n.startsWith(" CUI ")
                || n.startsWith(" CUI/") || n.contains(" CONTROLLED ") || n.contains(" SENSITIVE ")) {
            return Sensitivity.CONFIDENTIAL;
        }
        if (n.contains(" INTERNAL ") || n.contains(" GENERAL ") || n.contains(" PRIVATE ")) {
            return Sensitivity.INTERNAL;
        }
        // UK OFFICIAL covers most government work, published material included: no bar to publishing.
        if (n.contains(" PUBLIC ") || n.contains(" UNCLASSIFIED ") || n.contains(" NON BUSINESS ")
                || n.contains(" OFFICIAL ")) {
            return Sensitivity.PUBLIC;
        }
        return null;
    }
}
