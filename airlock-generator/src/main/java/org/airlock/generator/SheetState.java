package org.airlock.generator;

import org.apache.poi.ss.usermodel.SheetVisibility;

/**
 * Whether a sheet shows in Excel's tab bar. A very hidden sheet cannot even be unhidden from
 * Excel's menus (only from VBA), which makes it the most tempting place to forget data.
 */
public enum SheetState {
    VISIBLE(SheetVisibility.VISIBLE),
    HIDDEN(SheetVisibility.HIDDEN),
    VERY_HIDDEN(SheetVisibility.VERY_HIDDEN);

    private final SheetVisibility visibility;

    SheetState(SheetVisibility visibility) {
        this.visibility = visibility;
    }

    /** The matching POI visibility. */
    public SheetVisibility visibility() {
        return visibility;
    }
}
