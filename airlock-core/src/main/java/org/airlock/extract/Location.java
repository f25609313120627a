package org.airlock.extract;

/**
 * Where something is, precisely enough to fix it: the container path (for embedded documents),
 * the part (a sheet, a pivot cache, a property), the cells or records, and a detail (a comment's
 * author, a property's name). Empty fields are the empty string, never null.
 *
 * @param container path of embedded documents from the outer file inward, e.g. {@code xl/embeddings/a.xlsx}
 * @param part the sheet, cache or part, e.g. {@code sheet 'Detainees'}
 * @param cells a cell or range ({@code B2:B6253}), or records ({@code records 1-6252})
 * @param detail anything else that helps find it
 */
public record Location(String container, String part, String cells, String detail) {

    public Location {
        container = container == null ? "" : container;
        part = part == null ? "" : part;
        cells = cells == null ? "" : cells;
        detail = detail == null ? "" : detail;
    }

    public static Location of(String part) {
        return new Location("", part, "", "");
    }

    public Location withCells(String newCells) {
        return new Location(container, part, newCells, detail);
    }

    public Location withDetail(String newDetail) {
        return new Location(container, part, cells, newDetail);
    }

    /** The location inside an embedded document at {@code path}. */
    public Location inside(String path) {
        return new Location(container.isEmpty() ? path : path + " › " + container, part, cells, detail);
    }

    /** "xl/embeddings/a.xlsx › sheet 'People' › B2:B90 (comment by J. Analyst)". */
    public String describe() {
        StringBuilder s = new StringBuilder();
        for (String piece : new String[] {container, part, cells}) {
            if (!piece.isEmpty()) {
                if (!s.isEmpty()) {
                    s.append(" › ");
                }
                s.append(piece);
            }
        }
        if (!detail.isEmpty()) {
            s.append(s.isEmpty() ? "" : " ").append('(').append(detail).append(')');
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
