package org.airlock.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.airlock.assess.Policy;
import org.airlock.extract.Limits;
import org.airlock.scan.Inspector;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;

/**
 * Fixtures the generator does not write (hostile or odd files), built from generated workbooks,
 * and the inspector settings every test shares.
 */
public final class Fixtures {

    /** A fixed "today" so dates of birth and reporting dates are judged the same on every run. */
    public static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    /** The seed of every generated fixture unless a test says otherwise. */
    public static final long SEED = 42L;

    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Fixtures() {
    }

    public static Inspector inspector() {
        return new Inspector(Policy.defaults(), TODAY);
    }

    /** The default policy with other limits. */
    public static Policy defaultsWith(Limits limits) {
        Policy d = Policy.defaults();
        return new Policy(d.name(), d.blockPersons(), d.blockCategories(), d.blockHiddenRecords(), d.reviewPersons(),
                d.reviewContactOnlyPersons(), d.reviewIdentifiers(), d.reviewHiddenNames(), limits);
    }

    /** Copies a zip entry by entry, replacing the content of the entries named in {@code replacements}. */
    public static Path rewriteZip(Path source, Path target, Map<String, byte[]> replacements) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            boolean replacedAny = false;
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] replacement = replacements.get(entry.getName());
                if (replacement != null) {
                    out.write(replacement);
                    replacedAny = true;
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            if (!replacedAny) {
                throw new IllegalStateException("none of " + replacements.keySet() + " is in " + source);
            }
        }
        return target;
    }

    /** The bytes of one entry of a zip. */
    public static byte[] zipEntry(Path zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new IllegalStateException(name + " is not in " + zip);
    }

    /**
     * A worksheet part that declares a DOCTYPE with nested entities (the "billion laughs"): ten
     * levels of ten references, 10^9 copies of "lol" if a parser expanded them.
     */
    public static byte[] billionLaughsSheet() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        xml.append("<!DOCTYPE worksheet [\n  <!ENTITY lol0 \"lol\">\n");
        for (int level = 1; level <= 9; level++) {
            xml.append("  <!ENTITY lol").append(level).append(" \"");
            for (int i = 0; i < 10; i++) {
                xml.append("&lol").append(level - 1).append(';');
            }
            xml.append("\">\n");
        }
        xml.append("]>\n");
        xml.append(sheetWithInlineText("&lol9;"));
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A worksheet part with a DOCTYPE that declares one harmless internal entity, used once. */
    public static byte[] smallDoctypeSheet() {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<!DOCTYPE worksheet [ <!ENTITY label \"Quarterly totals\"> ]>\n"
                + sheetWithInlineText("&label;")).getBytes(StandardCharsets.UTF_8);
    }

    private static String sheetWithInlineText(String text) {
        return "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + text + "</t></is></c></row>"
                + "</sheetData></worksheet>";
    }

    /**
     * Copies a workbook and appends {@code megabytes} of spaces to one of its entries (trailing
     * white space after the root element is still well-formed XML), so that entry compresses
     * about a thousand times: an honest zip bomb whose content would otherwise read as harmless.
     */
    public static Path padEntryWithSpaces(Path source, Path target, String entryName, int megabytes) throws IOException {
        byte[] spaces = new byte[1 << 20];
        Arrays.fill(spaces, (byte) ' ');
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            boolean found = false;
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
                if (entry.getName().equals(entryName)) {
                    found = true;
                    for (int i = 0; i < megabytes; i++) {
                        out.write(spaces);
                    }
                }
                out.closeEntry();
            }
            if (!found) {
                throw new IllegalStateException(entryName + " is not in " + source);
            }
        }
        return target;
    }

    /** Writes a copy of {@code container} with {@code embedded} added as the part {@code partName}. */
    public static Path embed(Path container, Path embedded, String partName, Path target) throws Exception {
        try (InputStream in = Files.newInputStream(container); OPCPackage pkg = OPCPackage.open(in)) {
            PackagePart part = pkg.createPart(PackagingURIHelper.createPartName(partName), XLSX_MEDIA_TYPE);
            try (OutputStream out = part.getOutputStream()) {
                Files.copy(embedded, out);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                pkg.save(out);
            }
        }
        return target;
    }

    public static Path randomBytes(Path target, int length, long seed) throws IOException {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return Files.write(target, bytes);
    }

    public static byte[] bytes(Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Files.copy(file, out);
        return out.toByteArray();
    }
}
