package org.airlock.extract.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.airlock.extract.CellAppearance;
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
import org.airlock.extract.SecureXml;
import org.airlock.extract.TableSource;
import org.airlock.extract.Visibility;
import org.airlock.extract.ZipGuard;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.Comments;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;

/**
 * Reads xlsx and xlsm workbooks with POI's streaming (SAX) API, so a sheet of a million rows costs
 * little memory, and reads every place a workbook can carry data: all sheets whatever their state,
 * hidden rows and columns, invisible formatting, comments, pivot caches (with or without their
 * pivot table or source sheet), chart caches, defined names, document properties, and the text of
 * every other XML part. Embedded documents are handed back to the caller to inspect in turn.
 */
public final class XlsxExtractor implements Extractor {

    private static final String PIVOT_DEFINITION = XSSFRelation.PIVOT_CACHE_DEFINITION.getContentType();
    private static final String CHART = XSSFRelation.CHART.getContentType();

    @Override
    public void extract(Path file, ContentSink sink, ExtractionContext context) throws InspectionException, IOException {
        ZipGuard.check(file, context.limits());
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            WorkbookStructure structure;
            try (InputStream workbook = reader.getWorkbookData()) {
                structure = WorkbookStructure.read(workbook);
            }
            SharedStringTable strings = SharedStringTable.read(pkg);
            CellStyles styles = CellStyles.of(reader.getStylesTable());
            Set<String> handled = new HashSet<>();
            readSheets(reader, structure, strings, styles, sink, context, handled);
            readDefinedNames(structure, sink);
            readPivotCaches(pkg, structure, sink, context, handled);
            readCharts(pkg, sink, context, handled);
            readCoreProperties(pkg, sink, handled);
            readOtherParts(pkg, sink, context, handled);
        } catch (InspectionException | ExtractionContext.InspectionTimeout e) {
            throw e;
        } catch (Exception e) {
            throw Failures.toInspectionException(e);
        }
    }

    private static void readSheets(XSSFReader reader, WorkbookStructure structure, SharedStringTable strings,
                                   CellStyles styles, ContentSink sink, ExtractionContext context, Set<String> handled)
            throws Exception {
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (sheets.hasNext()) {
            try (InputStream sheetXml = sheets.next()) {
                String name = sheets.getSheetName();
                PackagePart part = sheets.getSheetPart();
                handled.add(part.getPartName().getName());
                Visibility visibility = structure.visibilityOf(name);
                Location location = Location.of("sheet '" + name + "'");
                if (visibility != Visibility.VISIBLE) {
                    sink.hiddenPlace(new HiddenPlace(CellAppearance.sheetKind(visibility), location, 1));
                }
                sink.startTable(new TableSource(location, visibility, TableSource.CellReferences.A1));
                SheetReader sheetReader = new SheetReader(sink, context, strings, styles, location, visibility, structure.date1904);
                var xml = SecureXml.newReader();
                xml.setContentHandler(sheetReader);
                xml.parse(new InputSource(sheetXml));
                sink.endTable();
                sheetReader.reportInventory();
                readComments(sheets.getSheetComments(), location, visibility, sink);
            }
        }
    }

    private static void readComments(Comments comments, Location sheet, Visibility sheetVisibility, ContentSink sink) {
        if (comments == null) {
            return;
        }
        long count = 0;
        Iterator<CellAddress> addresses = comments.getCellAddresses();
        while (addresses.hasNext()) {
            CellAddress address = addresses.next();
            XSSFComment comment = comments.findCellComment(address);
            if (comment == null || comment.getString() == null) {
                continue;
            }
            count++;
            String author = comment.getAuthor() == null || comment.getAuthor().isBlank() ? "" : "comment by " + comment.getAuthor();
            sink.text(sheet.withCells(address.formatAsString()).withDetail(author.isEmpty() ? "comment" : author),
                    Visibility.COMMENT.strongest(sheetVisibility == Visibility.VISIBLE ? Visibility.VISIBLE : sheetVisibility),
                    comment.getString().getString());
        }
        if (count > 0) {
            sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.COMMENTS, sheet, count));
        }
    }

    private static void readDefinedNames(WorkbookStructure structure, ContentSink sink) {
        long hidden = 0;
        for (WorkbookStructure.DefinedName name : structure.names) {
            if (name.name().startsWith("_xlnm.")) {
                continue; // print areas, filter ranges: Excel's own bookkeeping
            }
            if (name.hidden()) {
                hidden++;
            }
            sink.text(Location.of("defined name '" + name.name() + "'"), Visibility.DEFINED_NAME, name.refersTo());
        }
        long visible = structure.names.stream().filter(n -> !n.name().startsWith("_xlnm.")).count() - hidden;
        if (visible > 0) {
            sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.DEFINED_NAMES, Location.of("workbook"), visible));
        }
        if (hidden > 0) {
            sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.HIDDEN_DEFINED_NAMES, Location.of("workbook"), hidden));
        }
    }

    private static void readPivotCaches(OPCPackage pkg, WorkbookStructure structure, ContentSink sink,
                                        ExtractionContext context, Set<String> handled) throws Exception {
        for (PackagePart definitionPart : pkg.getPartsByContentType(PIVOT_DEFINITION)) {
            String name = definitionPart.getPartName().getName();
            handled.add(name);
            String shown = name.substring(1);
            PivotCacheReader.Definition definition;
            try (InputStream in = definitionPart.getInputStream()) {
                definition = PivotCacheReader.readDefinition(in);
            }
            Location location = PivotCacheReader.location(shown, definition);
            boolean sourceGone = !definition.sourceSheet.isEmpty() && !structure.hasSheet(definition.sourceSheet);
            PackagePart records = null;
            for (PackageRelationship rel : definitionPart.getRelationshipsByType(XSSFRelation.PIVOT_CACHE_RECORDS.getRelation())) {
                records = definitionPart.getRelatedPart(rel);
            }
            long recordCount = 0;
            sink.startTable(new TableSource(location, Visibility.PIVOT_CACHE, TableSource.CellReferences.RECORDS, true));
            if (records != null) {
                handled.add(records.getPartName().getName());
                try (InputStream in = records.getInputStream()) {
                    recordCount = PivotCacheReader.readRecords(in, definition, sink, context);
                }
            } else {
                // No records saved: the distinct values per field are all that is left; scan them as columns.
                recordCount = emitSharedItemsAsColumns(definition, sink);
            }
            sink.endTable();
            sink.hiddenPlace(new HiddenPlace(sourceGone ? HiddenPlaceKind.PIVOT_CACHE_WITHOUT_SOURCE : HiddenPlaceKind.PIVOT_CACHE,
                    location, recordCount));
        }
    }

    private static long emitSharedItemsAsColumns(PivotCacheReader.Definition definition, ContentSink sink) {
        int longest = definition.sharedItems.stream().mapToInt(List::size).max().orElse(0);
        List<org.airlock.extract.TableCell> header = new java.util.ArrayList<>();
        for (int f = 0; f < definition.fieldNames.size(); f++) {
            header.add(new org.airlock.extract.TableCell(f, definition.fieldNames.get(f),
                    org.airlock.extract.CellKind.TEXT, Visibility.PIVOT_CACHE));
        }
        sink.row(0, header);
        for (int i = 0; i < longest; i++) {
            List<org.airlock.extract.TableCell> cells = new java.util.ArrayList<>();
            for (int f = 0; f < definition.sharedItems.size(); f++) {
                List<String> items = definition.sharedItems.get(f);
                if (i < items.size() && !items.get(i).isBlank()) {
                    cells.add(new org.airlock.extract.TableCell(f, items.get(i),
                            org.airlock.extract.CellKind.TEXT, Visibility.PIVOT_CACHE));
                }
            }
            if (!cells.isEmpty()) {
                sink.row(i + 1, cells);
            }
        }
        return longest;
    }

    private static void readCharts(OPCPackage pkg, ContentSink sink, ExtractionContext context, Set<String> handled) {
        for (PackagePart chart : pkg.getPartsByContentType(CHART)) {
            String name = chart.getPartName().getName();
            handled.add(name);
            Location location = Location.of("chart cache " + name.substring(1));
            sink.startTable(new TableSource(location, Visibility.CHART_CACHE, TableSource.CellReferences.RECORDS));
            try (InputStream in = chart.getInputStream()) {
                long points = ChartCacheReader.read(in, sink);
                if (points > 0) {
                    sink.hiddenPlace(new HiddenPlace(HiddenPlaceKind.CHART_CACHE, location, points));
                }
            } catch (Exception e) {
                sink.notInspected(new InspectionFailure(Failures.kindOf(e), location, Failures.safeDetail(e)));
            } finally {
                sink.endTable();
            }
            context.checkDeadline();
        }
    }

    /** Core, extended and custom properties, read as every OOXML package's are; their parts are then done. */
    private static void readCoreProperties(OPCPackage pkg, ContentSink sink, Set<String> handled) throws Exception {
        org.airlock.extract.opc.OoxmlPackages.readProperties(pkg, sink);
        for (PackagePart part : pkg.getParts()) {
            if (part instanceof org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart
                    || org.airlock.extract.opc.OoxmlPackages.isPropertiesPart(part)) {
                handled.add(part.getPartName().getName());
            }
        }
    }

    private static void readOtherParts(OPCPackage pkg, ContentSink sink, ExtractionContext context, Set<String> handled)
            throws Exception {
        for (PackagePart part : pkg.getParts()) {
            String name = part.getPartName().getName();
            if (handled.contains(name) || part.isRelationshipPart()) {
                continue;
            }
            context.checkDeadline();
            PartRole role = PartRole.of(name, part.getContentType());
            String shown = name.substring(1); // part names start with "/"; embedded paths do not
            if (role.inventory() != null) {
                sink.hiddenPlace(new HiddenPlace(role.inventory(), Location.of(shown), 1));
            }
            switch (role.treatment()) {
                case SKIP -> { }
                case TEXT -> {
                    Location location = Location.of(role.label() + " " + shown);
                    try (InputStream in = part.getInputStream()) {
                        PartText.read(in, text -> sink.text(location, role.visibility(), text));
                    } catch (Exception e) {
                        sink.notInspected(new InspectionFailure(Failures.kindOf(e), location, Failures.safeDetail(e)));
                    }
                }
                case EMBEDDED -> embedded(part, name, sink);
                case OPAQUE -> sink.notInspected(new InspectionFailure(FailureKind.OPAQUE_PART, Location.of(shown), role.label()));
            }
        }
    }

    private static void embedded(PackagePart part, String name, ContentSink sink) throws IOException {
        Path temp = Files.createTempFile("airlock-embedded-", ".bin");
        try {
            try (InputStream in = part.getInputStream()) {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            sink.embedded(name.startsWith("/") ? name.substring(1) : name, temp);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
