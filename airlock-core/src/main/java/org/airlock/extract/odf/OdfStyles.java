package org.airlock.extract.odf;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.xml.sax.Attributes;

/**
 * The styles of an OpenDocument file that hide content: table styles with {@code table:display="false"}
 * (a hidden sheet), text styles with {@code text:display="none"} (hidden text), drawing-page styles
 * with {@code presentation:visibility="hidden"} (a hidden slide); and the page size of each master
 * page, to tell a shape placed outside its slide. Collected from {@code styles.xml} and the automatic
 * styles of {@code content.xml}, which come before the body.
 */
final class OdfStyles {

    final Set<String> hiddenTables = new HashSet<>();
    final Set<String> hiddenText = new HashSet<>();
    final Set<String> hiddenPages = new HashSet<>();
    private final Map<String, double[]> layoutSizes = new HashMap<>();
    private final Map<String, String> masterLayouts = new HashMap<>();

    private String style;
    private String layout;

    /** Called for every element of a styles section. */
    void start(String local, Attributes atts) {
        switch (local) {
            case "style" -> style = OdfAttributes.value(atts, "name");
            case "table-properties" -> {
                if (style != null && "false".equals(OdfAttributes.value(atts, "display"))) {
                    hiddenTables.add(style);
                }
            }
            case "text-properties" -> {
                if (style != null && "none".equals(OdfAttributes.value(atts, "display"))) {
                    hiddenText.add(style);
                }
            }
            case "drawing-page-properties" -> {
                if (style != null && "hidden".equals(OdfAttributes.value(atts, "visibility"))) {
                    hiddenPages.add(style);
                }
            }
            case "page-layout" -> layout = OdfAttributes.value(atts, "name");
            case "page-layout-properties" -> {
                double width = Lengths.points(OdfAttributes.value(atts, "page-width"));
                double height = Lengths.points(OdfAttributes.value(atts, "page-height"));
                if (layout != null && width > 0 && height > 0) {
                    layoutSizes.put(layout, new double[] {width, height});
                }
            }
            case "master-page" -> masterLayouts.put(OdfAttributes.value(atts, "name"), OdfAttributes.value(atts, "page-layout-name"));
            default -> { }
        }
    }

    void end(String local) {
        if (local.equals("style")) {
            style = null;
        } else if (local.equals("page-layout")) {
            layout = null;
        }
    }

    /** Width and height in points of a master page's layout, or null when unknown. */
    double[] pageSize(String masterPage) {
        String name = masterLayouts.get(masterPage);
        return name == null ? null : layoutSizes.get(name);
    }
}
