package org.airlock.extract.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import org.airlock.extract.BoundedCopy;
import org.airlock.extract.ContentSink;
import org.airlock.extract.ExtractionContext;
import org.airlock.extract.FailureKind;
import org.airlock.extract.HiddenPlace;
import org.airlock.extract.HiddenPlaceKind;
import org.airlock.extract.InspectionException;
import org.airlock.extract.InspectionFailure;
import org.airlock.extract.Location;

/**
 * What every archive format does with one member: count it against the file's budget, flag a
 * name that would escape the folder it is unpacked into, copy the bytes to a temporary file with
 * a generated name under the limits, and hand it to the sink, which detects its type and
 * inspects it (recursing into nested archives up to the depth limit). One instance per archive.
 */
final class ArchiveMembers {

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private final ContentSink sink;
    private final ExtractionContext context;
    private final String format;
    private long count;
    private long links;

    ArchiveMembers(ContentSink sink, ExtractionContext context, String format) {
        this.sink = sink;
        this.context = context;
        this.format = format;
    }

    /** True for names that unpack outside the target folder: {@code ../x}, {@code /etc/x}, {@code C:\x}. */
    static boolean escapes(String name) {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || DRIVE.matcher(n).matches()) {
            return true;
        }
        for (String segment : n.split("/")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** Counts a member before its bytes are read; flags a traversal name. */
    void begin(String name) throws InspectionException {
        context.checkDeadline();
        context.budget().member();
        count++;
        if (escapes(name)) {
            Location where = Location.of(format + " member").withCells(name);
            sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.UNSAFE_ARCHIVE_PATH, where, 1));
            sink.notInspected(new InspectionFailure(FailureKind.UNSAFE_PATH, where, "never unpacked by name"));
        }
    }

    /** A symbolic or hard link: listed, never followed. */
    void link(String name) {
        links++;
    }

    /**
     * Copies the member's bytes and hands them to the sink. A bomb aborts the archive (the
     * exception propagates); a member whose bytes cannot be read is reported and skipped.
     */
    void inspect(String name, InputStream in, LongSupplier compressedSoFar) throws InspectionException, IOException {
        Path temp = BoundedCopy.toTempFile(in, compressedSoFar, context);
        try {
            sink.contained(name, temp);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A member that could not be read; the archive goes on with the next one where the format allows. */
    void unreadable(String name, FailureKind kind, String detail) {
        sink.notInspected(new InspectionFailure(kind, Location.of("").inside(name), detail));
    }

    /** Adds the archive's entry to the inventory, once every member is read. */
    void finish() {
        sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.ARCHIVE_MEMBERS, Location.of(format), count));
        if (links > 0) {
            sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.ARCHIVE_LINKS, Location.of(format), links));
        }
    }
}
