package org.airlock.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Tells what a file is by its content, never by its name: Tika's magic-byte detection first, then
 * a look inside zip and OLE2 containers (an xlsx and a docx are both zip files; an encrypted xlsx
 * is an OLE2 file). When the name's extension disagrees with the content, the result says so.
 */
public final class TypeDetector {

    private static final MimeTypes MAGIC = MimeTypes.getDefaultMimeTypes();

    /** Detects the type of {@code file}; {@code name} is only used to remark on a misleading extension. */
    public DetectedType detect(Path file, String name) throws IOException, InspectionException {
        if (Files.size(file) == 0) {
            return new DetectedType(DocumentType.EMPTY, "application/x-empty", "");
        }
        MediaType magic;
        try (InputStream in = TikaInputStream.get(file)) {
            magic = MAGIC.detect(in, new Metadata());
        }
        String media = magic.getBaseType().toString();
        DocumentType type;
        if (media.equals("application/zip") || media.equals("application/x-tika-ooxml")
                || media.startsWith("application/vnd.openxmlformats") || media.equals("application/java-archive")
                || media.startsWith("application/vnd.oasis.opendocument") || media.startsWith("application/vnd.ms-word.")
                || media.startsWith("application/vnd.ms-powerpoint.")) {
            type = insideZip(file);
        } else if (media.equals("application/x-tika-msoffice") || media.equals("application/vnd.ms-excel")
                || media.equals("application/x-tika-ooxml-protected") || media.equals("application/msword")
                || media.equals("application/vnd.ms-powerpoint")) {
            type = insideOle2(file);
        } else if (media.equals("application/rtf") || media.equals("text/rtf")) {
            type = DocumentType.RTF;
        } else if (media.equals("application/pdf")) {
            type = DocumentType.PDF;
        } else if (media.equals("text/html") || media.equals("application/xhtml+xml")) {
            type = DocumentType.HTML;
        } else if (media.equals("application/json")) {
            type = DocumentType.JSON;
        } else if (media.equals("message/rfc822")) {
            type = DocumentType.EMAIL;
        } else if (media.equals("application/vnd.ms-outlook")) {
            type = DocumentType.OUTLOOK_MESSAGE;
        } else if (media.equals("application/xml") || media.equals("text/xml") || media.endsWith("+xml")) {
            type = DocumentType.XML;
        } else if (media.startsWith("image/")) {
            type = DocumentType.IMAGE;
        } else if (media.equals("application/x-tar") || media.equals("application/x-gtar")) {
            type = DocumentType.TAR;
        } else if (media.equals("application/gzip") || media.equals("application/x-gzip") || media.equals("application/x-bzip2")
                || media.equals("application/x-xz")) {
            type = DocumentType.COMPRESSED;
        } else if (media.equals("application/x-7z-compressed")) {
            type = DocumentType.SEVEN_ZIP;
        } else if (media.startsWith("text/")) {
            type = TextSniffer.sniff(file);
            if (type == DocumentType.TEXT && CsvDialect.sniff(file) != null) {
                type = DocumentType.CSV;
            }
        } else {
            type = DocumentType.OTHER;
        }
        return new DetectedType(type, refinedMediaType(type, media), extensionNote(type, name));
    }

    private static DocumentType insideZip(Path file) throws IOException, InspectionException {
        Set<String> names = new HashSet<>();
        String odfMimetype = "";
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            for (int i = 0; entries.hasMoreElements() && i < 100_000; i++) {
                names.add(entries.nextElement().getName());
            }
            odfMimetype = odfMimetype(zip);
        } catch (ZipException e) {
            // No readable central directory (truncated or damaged): read the local headers that are there.
            try (ZipInputStream zin = new ZipInputStream(Files.newInputStream(file))) {
                for (int i = 0; i < 64; i++) {
                    ZipEntry entry = zin.getNextEntry();
                    if (entry == null) {
                        break;
                    }
                    names.add(entry.getName());
                    if (entry.getName().equals("mimetype")) {
                        odfMimetype = new String(zin.readNBytes(100), java.nio.charset.StandardCharsets.US_ASCII).strip();
                    }
                }
            } catch (IOException | IllegalArgumentException ignored) {
                // Keep the names read so far: enough to say what the file was meant to be.
            }
            if (names.isEmpty()) {
                throw new InspectionException(FailureKind.CORRUPT, "zip signature but no readable entries", e);
            }
        }
        if (names.contains("xl/workbook.xml") || names.stream().anyMatch(n -> n.startsWith("xl/worksheets/"))) {
            return DocumentType.XLSX;
        }
        if (names.contains("xl/workbook.bin")) {
            return DocumentType.XLSB;
        }
        if (names.contains("word/document.xml")) {
            return DocumentType.DOCX;
        }
        if (names.contains("ppt/presentation.xml")) {
            return DocumentType.PPTX;
        }
        // ODF names its kind in a stored "mimetype" entry; templates (ott, ots, otp) share the readers.
        if (odfMimetype.startsWith("application/vnd.oasis.opendocument.text")) {
            return DocumentType.ODT;
        }
        if (odfMimetype.startsWith("application/vnd.oasis.opendocument.spreadsheet")) {
            return DocumentType.ODS;
        }
        if (odfMimetype.startsWith("application/vnd.oasis.opendocument.presentation")) {
            return DocumentType.ODP;
        }
        if (names.contains("mimetype") || names.contains("content.xml")) {
            return DocumentType.OTHER_OFFICE;
        }
        return DocumentType.ZIP;
    }

    /** The ODF "mimetype" entry, read up to 100 bytes; empty when there is none. */
    private static String odfMimetype(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry("mimetype");
        if (entry == null) {
            return "";
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(100), java.nio.charset.StandardCharsets.US_ASCII).strip();
        }
    }

    private static DocumentType insideOle2(Path file) throws InspectionException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            Set<String> entries = fs.getRoot().getEntryNames();
            if (entries.contains("EncryptionInfo") || entries.contains("EncryptedPackage")) {
                return DocumentType.ENCRYPTED_OFFICE;
            }
            if (entries.contains("Workbook") || entries.contains("WORKBOOK") || entries.contains("Book")) {
                return DocumentType.XLS;
            }
            if (entries.contains("WordDocument")) {
                return DocumentType.DOC;
            }
            if (entries.contains("PowerPoint Document")) {
                return DocumentType.PPT;
            }
            if (entries.contains("__properties_version1.0") || entries.stream().anyMatch(e -> e.startsWith("__substg1.0_"))) {
                return DocumentType.OUTLOOK_MESSAGE;
            }
            if (entries.contains("\u0001Ole10Native") || entries.contains("Package")) {
                return DocumentType.OLE_PACKAGE;
            }
            return DocumentType.OTHER_OFFICE;
        } catch (IOException | RuntimeException e) {
            throw new InspectionException(FailureKind.CORRUPT, "OLE2 signature but the container cannot be read", e);
        }
    }

    private static String refinedMediaType(DocumentType type, String magic) {
        return switch (type) {
            case XLSX -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case XLS -> "application/vnd.ms-excel";
            case XLSB -> "application/vnd.ms-excel.sheet.binary.macroenabled.12";
            case CSV -> "text/csv";
            case ENCRYPTED_OFFICE -> "application/x-tika-ooxml-protected";
            case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case DOC -> "application/msword";
            case RTF -> "application/rtf";
            case PPTX -> "application/vnd.openxmlformats-officedocument.presentationml.presentation";
            case PPT -> "application/vnd.ms-powerpoint";
            case ODT -> "application/vnd.oasis.opendocument.text";
            case ODS -> "application/vnd.oasis.opendocument.spreadsheet";
            case ODP -> "application/vnd.oasis.opendocument.presentation";
            case HTML -> magic.equals("application/xhtml+xml") ? magic : "text/html";
            case JSON -> "application/json";
            case XML -> magic.startsWith("text/plain") ? "application/xml" : magic;
            case EMAIL -> "message/rfc822";
            case OUTLOOK_MESSAGE -> "application/vnd.ms-outlook";
            default -> magic;
        };
    }

    private static String extensionNote(DocumentType type, String fullName) {
        // Only the last segment counts: a dot in a folder or a host name ("127.0.0.1/") is no extension;
        // a URL's query is not part of its name either.
        String name = fullName.substring(fullName.lastIndexOf('/') + 1);
        int query = name.indexOf('?');
        name = query < 0 ? name : name.substring(0, query);
        int dot = name.lastIndexOf('.');
        if (dot < 0 || dot == name.length() - 1) {
            return "";
        }
        String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        Set<String> expected = switch (type) {
            case XLSX -> Set.of("xlsx", "xlsm", "xltx", "xltm");
            case XLS -> Set.of("xls", "xlt");
            case XLSB -> Set.of("xlsb");
            case PDF -> Set.of("pdf");
            case CSV -> Set.of("csv", "tsv", "txt", "tab", "psv");
            case TEXT -> Set.of("txt", "md", "markdown", "text", "log", "csv", "tsv");
            case ENCRYPTED_OFFICE -> Set.of("xlsx", "xlsm", "docx", "docm", "pptx", "pptm", "xls", "doc", "ppt");
            case DOCX -> Set.of("docx", "docm", "dotx", "dotm");
            case DOC -> Set.of("doc", "dot");
            case RTF -> Set.of("rtf", "doc");
            case PPTX -> Set.of("pptx", "pptm", "ppsx", "potx");
            case PPT -> Set.of("ppt", "pps", "pot");
            case ODT -> Set.of("odt", "ott");
            case ODS -> Set.of("ods", "ots");
            case ODP -> Set.of("odp", "otp");
            case HTML -> Set.of("html", "htm", "xhtml", "xht", "shtml", "php", "asp", "aspx", "jsp");
            case JSON -> Set.of("json", "geojson", "jsonld", "map", "webmanifest");
            case XML -> Set.of("xml", "svg", "rss", "atom", "kml", "gpx", "xsd", "xsl", "xslt", "rdf", "xlf", "plist");
            case EMAIL -> Set.of("eml", "mht", "mhtml", "mbox");
            case OUTLOOK_MESSAGE -> Set.of("msg");
            case IMAGE -> Set.of("jpg", "jpeg", "jpe", "jfif", "png", "tif", "tiff", "heic", "heif", "webp", "gif", "bmp", "ico");
            case ZIP -> Set.of("zip", "jar");
            case TAR -> Set.of("tar");
            case COMPRESSED -> Set.of("gz", "tgz", "gzip", "bz2", "tbz", "tbz2", "xz", "txz", "svgz");
            case SEVEN_ZIP -> Set.of("7z");
            default -> Set.of(ext);
        };
        return expected.contains(ext) ? "" : "the name ends in ." + ext + " but the content is " + type.description();
    }
}
