package org.airlock.extract.pdf;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.airlock.extract.ContentSink;
import org.airlock.extract.ExtractionContext;
import org.airlock.extract.Extractor;
import org.airlock.extract.FailureKind;
import org.airlock.extract.Failures;
import org.airlock.extract.HiddenPlace;
import org.airlock.extract.HiddenPlaceKind;
import org.airlock.extract.InspectionException;
import org.airlock.extract.InspectionFailure;
import org.airlock.extract.Location;
import org.airlock.extract.Visibility;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Inspects a PDF: the text of each page (located by page, with hidden text separated out and
 * located by the box that hides it), annotations, form fields, attached files, metadata, and the
 * earlier revisions an incremental update leaves in the file. Fail closed: an encrypted file that
 * needs a password, a corrupt or truncated file, pages beyond the page limit, scanned pages with no
 * text and parts that cannot be read all become named failures (REVIEW), never a silent skip.
 * Stateless and thread-safe; each call works on its own objects.
 */
public final class PdfExtractor implements Extractor {

    /** Earlier revisions compared with the current one at most; more are reported as not inspected. */
    static final int MAX_EARLIER_REVISIONS = 16;
    /** Hidden-text boxes named in one location; the inventory lists every one. */
    private static final int AREAS_NAMED = 3;

    @Override
    public void extract(Path file, ContentSink sink, ExtractionContext context) throws InspectionException, IOException {
        Revisions revisions = Revisions.scan(file);
        RandomAccessRead source = new RandomAccessReadBufferedFile(file);
        DamageRecordingParser parser = new DamageRecordingParser(source, true);
        try (PDDocument document = open(parser, source, revisions)) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw new InspectionException(revisions.endsWithEof() ? FailureKind.CORRUPT : FailureKind.TRUNCATED,
                        "no readable page");
            }
            if (!revisions.endsWithEof()) {
                sink.notInspected(new InspectionFailure(FailureKind.TRUNCATED, Location.of(""),
                        "the file does not end with %%EOF: it was probably cut short and only part of it could be read"));
            }
            int last = Math.min(pages, context.limits().maxPages());
            if (pages > last) {
                sink.notInspected(new InspectionFailure(FailureKind.TOO_LARGE, Location.of("pages " + (last + 1) + "-" + pages),
                        pages + " pages, over the limit of " + last + " (limits: max-pages)"));
            }
            Set<String> currentLines = revisions.earlier() > 0 ? new HashSet<>() : null;
            List<Integer> scanned = new ArrayList<>();
            PageTextReader reader = new PageTextReader(document, context, page -> {
                emit(page, sink);
                if (currentLines != null) {
                    currentLines.addAll(lines(page.allText()));
                }
                if (page.scanned()) {
                    scanned.add(page.page());
                }
            }, failure -> sink.notInspected(new InspectionFailure(Failures.kindOf(failure.cause()),
                    Location.of("page " + failure.page()), Failures.safeDetail(failure.cause()))));
            reader.read(document, last);
            if (!scanned.isEmpty()) {
                sink.notInspected(new InspectionFailure(FailureKind.OPAQUE_PART, Location.of(pageList(scanned)),
                        "scanned pages without text cannot be inspected (images only; Airlock does no OCR)"));
            }

            AttachmentReader attachments = new AttachmentReader(sink, context);
            readAnnotations(document, last, new AnnotationReader(sink, attachments), sink, context);
            readPart("form fields", sink, () -> new FormFieldReader(sink, context).read(document));
            readPart("attached files", sink, () -> attachments.readNameTree(document));
            readPart("metadata", sink, () -> new MetadataReader(sink).read(document));
            if (currentLines != null) {
                compareEarlierRevisions(file, revisions, currentLines, sink, context);
            }
            reportDamage(file, parser, revisions, sink);
        } catch (InspectionException | ExtractionContext.InspectionTimeout e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new InspectionException(revisions.endsWithEof() ? Failures.kindOf(e) : FailureKind.TRUNCATED,
                    Failures.safeDetail(e), e);
        }
    }

    /** Parses with the empty password; the document closes the source, and so does a failure. */
    private static PDDocument open(DamageRecordingParser parser, RandomAccessRead source, Revisions revisions)
            throws InspectionException, IOException {
        try {
            // The empty password opens files protected only by an owner password (printing, copying
            // restrictions): they are readable, so they are inspected like any other.
            return parser.parse();
        } catch (InvalidPasswordException e) {
            source.close();
            throw new InspectionException(FailureKind.ENCRYPTED, "a password is needed to open the PDF", e);
        } catch (IOException | RuntimeException e) {
            source.close();
            throw new InspectionException(revisions.endsWithEof() ? Failures.kindOf(e) : FailureKind.TRUNCATED,
                    Failures.safeDetail(e), e);
        }
    }

    /**
     * What PDFBox had to repair to read the file. Its text may be incomplete, so the file cannot
     * pass, whatever was found in the parts that could be read.
     */
    private static void reportDamage(Path file, DamageRecordingParser parser, Revisions revisions, ContentSink sink) {
        if (parser.unreadableObjects() > 0) {
            sink.notInspected(new InspectionFailure(FailureKind.CORRUPT, Location.of(""), parser.unreadableObjects()
                    + " object(s) could not be read, so what they hold is missing from the inspection"));
        }
        if (revisions.endsWithEof() && !DamageRecordingParser.parsesStrictly(file)) {
            sink.notInspected(new InspectionFailure(FailureKind.CORRUPT, Location.of(""),
                    "the cross-reference table or trailer is damaged and had to be rebuilt, so parts may be missing"));
        }
    }

    private static void emit(PageContent page, ContentSink sink) {
        Location where = Location.of("page " + page.page());
        if (!page.visibleText().isBlank()) {
            sink.text(where, Visibility.VISIBLE, page.visibleText());
        }
        // All text hidden one way on a page goes to the analyzer together, so a record split over
        // several boxes (name under one, A-number under the next) is still one record.
        Map<Visibility, List<HiddenRun>> byVisibility = new LinkedHashMap<>();
        for (HiddenRun run : page.hidden()) {
            byVisibility.computeIfAbsent(run.visibility(), v -> new ArrayList<>()).add(run);
            sink.hiddenPlace(new HiddenPlace(run.kind(), where.withCells(run.area().describe()), 1));
        }
        for (Map.Entry<Visibility, List<HiddenRun>> entry : byVisibility.entrySet()) {
            List<HiddenRun> runs = entry.getValue();
            List<String> areas = runs.stream().map(r -> r.area().describe()).distinct().toList();
            String cells = areas.stream().limit(AREAS_NAMED).collect(Collectors.joining("; "))
                    + (areas.size() > AREAS_NAMED ? "; and " + (areas.size() - AREAS_NAMED) + " more" : "");
            String text = runs.stream().map(HiddenRun::text).collect(Collectors.joining("\n"));
            if (!text.isBlank()) {
                sink.text(where.withCells(cells), entry.getKey(), text);
            }
        }
    }

    private static void readAnnotations(PDDocument document, int last, AnnotationReader annotations, ContentSink sink,
                                        ExtractionContext context) {
        int number = 0;
        for (PDPage page : document.getPages()) {
            if (++number > last) {
                break;
            }
            context.checkDeadline();
            try {
                annotations.read(page, number);
            } catch (IOException | RuntimeException e) {
                if (e instanceof ExtractionContext.InspectionTimeout timeout) {
                    throw timeout;
                }
                sink.notInspected(new InspectionFailure(Failures.kindOf(e), Location.of("page " + number + " annotations"),
                        Failures.safeDetail(e)));
            }
        }
    }

    private interface Part {
        void read() throws IOException;
    }

    /** Reads one document-level part; if it fails, that part is named as not inspected and the rest goes on. */
    private static void readPart(String name, ContentSink sink, Part part) {
        try {
            part.read();
        } catch (IOException | RuntimeException e) {
            if (e instanceof ExtractionContext.InspectionTimeout timeout) {
                throw timeout;
            }
            sink.notInspected(new InspectionFailure(Failures.kindOf(e), Location.of(name), Failures.safeDetail(e)));
        }
    }

    /**
     * Opens each earlier revision (the file's bytes up to its {@code %%EOF}) and reports the lines
     * of text it has that the current revision no longer has: what an editor "removed" and saved
     * with an incremental update.
     */
    private static void compareEarlierRevisions(Path file, Revisions revisions, Set<String> currentLines, ContentSink sink,
                                                ExtractionContext context) throws IOException {
        int total = revisions.ends().size();
        int compared = Math.min(revisions.earlier(), MAX_EARLIER_REVISIONS);
        if (revisions.earlier() > compared) {
            sink.notInspected(new InspectionFailure(FailureKind.TOO_LARGE, Location.of("earlier revisions"),
                    revisions.earlier() + " earlier revisions; the first " + compared + " were compared"));
        }
        for (int r = 0; r < compared; r++) {
            context.checkDeadline();
            String name = "revision " + (r + 1) + " of " + total;
            Location where = Location.of(name);
            Path prefix = Files.createTempFile("airlock-pdf-revision-", ".pdf");
            try {
                try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ);
                     FileChannel out = FileChannel.open(prefix, StandardOpenOption.WRITE)) {
                    long length = revisions.ends().get(r);
                    for (long done = 0; done < length; ) {
                        done += in.transferTo(done, length - done, out);
                    }
                }
                int[] onlyHere = {0};
                try (PDDocument earlier = Loader.loadPDF(prefix.toFile(), "")) {
                    int last = Math.min(earlier.getNumberOfPages(), context.limits().maxPages());
                    new PageTextReader(earlier, context, page -> {
                        List<String> gone = lines(page.allText()).stream().filter(l -> !currentLines.contains(l)).toList();
                        if (!gone.isEmpty()) {
                            onlyHere[0] += gone.size();
                            sink.text(new Location("", name, "page " + page.page(), "text no longer in the current revision"),
                                    Visibility.EARLIER_REVISION, String.join("\n", gone));
                        }
                    }, failure -> sink.notInspected(new InspectionFailure(Failures.kindOf(failure.cause()),
                            where.withCells("page " + failure.page()), Failures.safeDetail(failure.cause())))).read(earlier, last);
                }
                sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.EARLIER_REVISIONS,
                        where.withDetail(onlyHere[0] + " line(s) of text not in the current revision"), 1));
            } catch (IOException | RuntimeException e) {
                if (e instanceof ExtractionContext.InspectionTimeout timeout) {
                    throw timeout;
                }
                sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.EARLIER_REVISIONS, where, 1));
                sink.notInspected(new InspectionFailure(e instanceof InvalidPasswordException ? FailureKind.ENCRYPTED
                        : Failures.kindOf(e), where, Failures.safeDetail(e)));
            } finally {
                Files.deleteIfExists(prefix);
            }
        }
    }

    /** Non-blank lines with white space collapsed, so re-flowed spacing does not count as a change. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            String normal = line.strip().replaceAll("\\s+", " ");
            if (!normal.isEmpty()) {
                lines.add(normal);
            }
        }
        return lines;
    }

    private static String pageList(List<Integer> pages) {
        String listed = pages.stream().limit(10).map(String::valueOf).collect(Collectors.joining(", "));
        return (pages.size() == 1 ? "page " : "pages ") + listed + (pages.size() > 10 ? " and " + (pages.size() - 10) + " more" : "");
    }
}
