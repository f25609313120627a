package org.airlock.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.airlock.assess.Assessment;
import org.airlock.assess.Assessor;
import org.airlock.assess.Policy;
import org.airlock.detect.TextDetectors;
import org.airlock.extract.ContentSink;
import org.airlock.extract.DetectedType;
import org.airlock.extract.DocumentType;
import org.airlock.extract.ExtractionContext;
import org.airlock.extract.Extractor;
import org.airlock.extract.FailureKind;
import org.airlock.extract.Failures;
import org.airlock.extract.InspectionException;
import org.airlock.extract.InspectionFailure;
import org.airlock.extract.Location;
import org.airlock.extract.TypeDetector;
import org.airlock.extract.Visibility;
import org.airlock.extract.archive.CompressedFileExtractor;
import org.airlock.extract.archive.SevenZipArchiveExtractor;
import org.airlock.extract.archive.TarArchiveExtractor;
import org.airlock.extract.archive.ZipArchiveExtractor;
import org.airlock.extract.csv.CsvExtractor;
import org.airlock.extract.data.JsonExtractor;
import org.airlock.extract.data.XmlExtractor;
import org.airlock.extract.html.HtmlExtractor;
import org.airlock.extract.image.ImageExtractor;
import org.airlock.extract.mail.EmlExtractor;
import org.airlock.extract.mail.MsgExtractor;
import org.airlock.extract.ole.OlePackageExtractor;
import org.airlock.extract.pdf.PdfExtractor;
import org.airlock.extract.text.TextExtractor;
import org.airlock.extract.xls.XlsExtractor;
import org.airlock.extract.xlsx.XlsxExtractor;
import org.airlock.fingerprint.FingerprintMatcher;
import org.airlock.records.Finding;

/**
 * Inspects one file end to end: detect its type by content, extract, detect, assemble person
 * records, assess against the policy. Never throws for a bad file and never lets a failure turn
 * into PASS: anything that stops inspection becomes a named failure and at least REVIEW.
 * Thread-safe; one instance serves every worker of a scan.
 */
public final class Inspector {

    private final Assessor assessor;
    private final LocalDate today;
    private final TextDetectors detectors;
    private final TypeDetector typeDetector = new TypeDetector();
    private final Map<DocumentType, Extractor> extractors = new EnumMap<>(DocumentType.class);
    private final FingerprintMatcher fingerprints;

    public Inspector(Policy policy, LocalDate today) {
        this(policy, today, null);
    }

    /**
     * @param fingerprints a loaded fingerprint registry to match in every file (exact data match,
     *     see docs/fingerprints.md), or null for none
     */
    public Inspector(Policy policy, LocalDate today, FingerprintMatcher fingerprints) {
        this.fingerprints = fingerprints;
        this.assessor = new Assessor(policy);
        this.today = today;
        this.detectors = policy.detection().catalogue(today);
        extractors.put(DocumentType.XLSX, new XlsxExtractor());
        extractors.put(DocumentType.XLS, new XlsExtractor());
        extractors.put(DocumentType.CSV, new CsvExtractor());
        extractors.put(DocumentType.TEXT, new TextExtractor());
        extractors.put(DocumentType.OLE_PACKAGE, new OlePackageExtractor());
        extractors.put(DocumentType.DOCX, new org.airlock.extract.word.DocxExtractor());
        extractors.put(DocumentType.DOC, new org.airlock.extract.word.DocExtractor());
        extractors.put(DocumentType.RTF, new org.airlock.extract.word.RtfExtractor());
        extractors.put(DocumentType.PPTX, new org.airlock.extract.slides.PptxExtractor());
        extractors.put(DocumentType.PPT, new org.airlock.extract.slides.PptExtractor());
        extractors.put(DocumentType.ODT, org.airlock.extract.odf.OpenDocumentExtractor.text());
        extractors.put(DocumentType.ODS, org.airlock.extract.odf.OpenDocumentExtractor.spreadsheet());
        extractors.put(DocumentType.ODP, org.airlock.extract.odf.OpenDocumentExtractor.presentation());
        extractors.put(DocumentType.PDF, new PdfExtractor());
        extractors.put(DocumentType.HTML, new HtmlExtractor());
        extractors.put(DocumentType.JSON, new JsonExtractor());
        extractors.put(DocumentType.XML, new XmlExtractor());
        extractors.put(DocumentType.EMAIL, new EmlExtractor());
        extractors.put(DocumentType.OUTLOOK_MESSAGE, new MsgExtractor());
        extractors.put(DocumentType.IMAGE, new ImageExtractor());
        extractors.put(DocumentType.ZIP, new ZipArchiveExtractor());
        extractors.put(DocumentType.TAR, new TarArchiveExtractor());
        extractors.put(DocumentType.COMPRESSED, new CompressedFileExtractor());
        extractors.put(DocumentType.SEVEN_ZIP, new SevenZipArchiveExtractor());
    }

    public Policy policy() {
        return assessor.policy();
    }

    /**
     * @param file the file to inspect
     * @param displayName how reports name it
     */
    public FileReport inspect(Path file, String displayName) {
        long started = System.nanoTime();
        ExtractionContext context = ExtractionContext.startingNow(policy().limits());
        FileAnalysis analysis = new FileAnalysis(today, detectors, fingerprints, policy().disclosure());
        DetectedType type = new DetectedType(DocumentType.OTHER, "application/octet-stream", "");
        long bytes = -1;
        try {
            bytes = Files.size(file);
            if (bytes > policy().limits().maxFileBytes()) {
                throw new InspectionException(FailureKind.TOO_LARGE, bytes + " bytes, limit " + policy().limits().maxFileBytes());
            }
            type = typeDetector.detect(file, displayName);
            extract(file, type, new NestingSink(analysis, context), context);
        } catch (InspectionException e) {
            analysis.notInspected(new InspectionFailure(e.kind(), Location.of(""), e.detail()));
        } catch (ExtractionContext.InspectionTimeout e) {
            analysis.notInspected(new InspectionFailure(FailureKind.TIMEOUT, Location.of(""),
                    "limit " + policy().limits().timeout().toSeconds() + " s"));
        } catch (IOException e) {
            analysis.notInspected(new InspectionFailure(FailureKind.CORRUPT, Location.of(""), Failures.safeDetail(e)));
        } catch (RuntimeException | Error e) {
            // A bug or a hostile file exhausting a library: the file is not passed, the scan goes on.
            analysis.notInspected(new InspectionFailure(FailureKind.INTERNAL_ERROR, Location.of(""), e.getClass().getSimpleName()));
        } finally {
            analysis.endTable();
        }
        List<Finding> findings = analysis.finish();
        Assessment assessment = assessor.assess(analysis.persons(), analysis.records.records(),
                findings, analysis.hiddenPlaces, analysis.failures, analysis.evidence());
        return new FileReport(displayName, bytes, analysis.cells, type, assessment, findings, analysis.records.records(),
                List.copyOf(analysis.hiddenPlaces), List.copyOf(analysis.failures), analysis.findings.unlisted(),
                analysis.unlistedHiddenPlaces,
                (System.nanoTime() - started) / 1_000_000,
                analysis.fingerprints == null ? List.of() : analysis.fingerprints.matches());
    }

    /**
     * The report of a document that could not be obtained at all (a crawl's fetch failed): not
     * inspected, so at least REVIEW under the policy, never PASS.
     *
     * @param displayName how reports name it (a URL)
     * @param detail why, without any content of the document
     */
    public FileReport notInspected(String displayName, FailureKind kind, String detail) {
        List<InspectionFailure> failures = List.of(new InspectionFailure(kind, Location.of(""), detail));
        Assessment assessment = assessor.assess(0, List.of(), List.of(), List.of(), failures);
        return new FileReport(displayName, -1, 0, new DetectedType(DocumentType.OTHER, "application/octet-stream", ""),
                assessment, List.of(), List.of(), List.of(), failures, 0, 0, 0, List.of());
    }

    private void extract(Path file, DetectedType type, ContentSink sink, ExtractionContext context)
            throws InspectionException, IOException {
        Extractor extractor = extractors.get(type.type());
        if (extractor == null) {
            FailureKind kind = failureFor(type.type());
            throw new InspectionException(kind, kind == FailureKind.UNSUPPORTED_TYPE
                    ? type.type().description() + " (" + type.mediaType() + ")" : "");
        }
        extractor.extract(file, sink, context);
    }

    private static FailureKind failureFor(DocumentType type) {
        return switch (type) {
            case ENCRYPTED_OFFICE -> FailureKind.ENCRYPTED;
            case EMPTY -> FailureKind.EMPTY;
            default -> FailureKind.UNSUPPORTED_TYPE;
        };
    }

    /** Routes embedded documents of the outer file back through type detection and extraction. */
    private final class NestingSink extends ForwardingSink implements EmbeddedSink.Nesting {
        private final ExtractionContext context;

        NestingSink(FileAnalysis analysis, ExtractionContext context) {
            super(analysis);
            this.context = context;
        }

        @Override
        public void embedded(String path, Path file) {
            open(path, file, delegate(), 1, Visibility.EMBEDDED_OBJECT);
        }

        @Override
        public void contained(String path, Path file) {
            open(path, file, delegate(), 1, Visibility.CONTAINED_FILE);
        }

        @Override
        public void open(String path, Path file, ContentSink outer, int depth, Visibility visibleAs) {
            Location where = Location.of("").inside(path);
            if (depth > context.limits().maxDepth()) {
                outer.notInspected(new InspectionFailure(FailureKind.TOO_DEEP, where, "depth " + depth));
                return;
            }
            try {
                DetectedType type = typeDetector.detect(file, path);
                Extractor extractor = extractors.get(type.type());
                if (extractor == null) {
                    outer.notInspected(new InspectionFailure(failureFor(type.type()), where, type.type().description()));
                    return;
                }
                extractor.extract(file, new EmbeddedSink(outer, path, this, depth, visibleAs), context);
            } catch (InspectionException e) {
                outer.notInspected(new InspectionFailure(e.kind(), where, e.detail()));
            } catch (IOException | RuntimeException e) {
                if (e instanceof ExtractionContext.InspectionTimeout timeout) {
                    throw timeout;
                }
                outer.notInspected(new InspectionFailure(Failures.kindOf(e), where, Failures.safeDetail(e)));
            } finally {
                outer.endTable();
            }
        }
    }
}
