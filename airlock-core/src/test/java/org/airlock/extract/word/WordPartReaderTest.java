package org.airlock.extract.word;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.airlock.extract.ContentSink;
import org.airlock.extract.ExtractionContext;
import org.airlock.extract.HiddenPlace;
import org.airlock.extract.HiddenPlaceKind;
import org.airlock.extract.InspectionFailure;
import org.airlock.extract.Limits;
import org.airlock.extract.Location;
import org.airlock.extract.SecureXml;
import org.airlock.extract.TableCell;
import org.airlock.extract.TableSource;
import org.airlock.extract.Visibility;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** The WordprocessingML reader on small parts: each construct lands with its visibility and place. */
class WordPartReaderTest {

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"";

    private record Text(Location location, Visibility visibility, String text) {
    }

    private static final class Recorder implements ContentSink {
        final List<Text> texts = new ArrayList<>();
        final List<List<TableCell>> rows = new ArrayList<>();
        final List<HiddenPlace> places = new ArrayList<>();
        final List<TableSource> tables = new ArrayList<>();

        @Override
        public void startTable(TableSource table) {
            tables.add(table);
        }

        @Override
        public void row(int rowIndex, List<TableCell> cells) {
            rows.add(cells);
        }

        @Override
        public void endTable() {
        }

        @Override
        public void text(Location location, Visibility visibility, String text) {
            texts.add(new Text(location, visibility, text));
        }

        @Override
        public void hiddenPlace(HiddenPlace place) {
            places.add(place);
        }

        @Override
        public void embedded(String path, Path file) {
        }

        @Override
        public void notInspected(InspectionFailure failure) {
        }
    }

    private static Recorder read(String body, Set<String> hiddenStyles) throws Exception {
        Recorder sink = new Recorder();
        WordPartReader reader = new WordPartReader(sink, ExtractionContext.startingNow(Limits.DEFAULTS), "document body",
                Visibility.VISIBLE, hiddenStyles);
        var xml = SecureXml.newReader();
        xml.setContentHandler(reader);
        xml.parse(new InputSource(new StringReader("<w:document " + W + "><w:body>" + body + "</w:body></w:document>")));
        reader.reportInventory();
        return sink;
    }

    @Test
    void fieldCodesAreApartFromTheirDisplayedResult() throws Exception {
        Recorder sink = read("<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> MERGEFIELD Detainee </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>Quarter 3</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>", Set.of());

        assertThat(sink.texts).containsExactlyInAnyOrder(
                new Text(new Location("", "document body", "paragraph 1", "field code"), Visibility.FIELD_CODE, "MERGEFIELD Detainee"),
                new Text(new Location("", "document body", "paragraph 1", ""), Visibility.VISIBLE, "Quarter 3"));
        assertThat(sink.places).extracting(HiddenPlace::kind).containsExactly(HiddenPlaceKind.FIELDS);
    }

    @Test
    void textBoxIsReadOnceThoughItsFallbackRepeatsIt() throws Exception {
        String box = "<w:txbxContent><w:p><w:r><w:t>Boxed note</w:t></w:r></w:p></w:txbxContent>";
        Recorder sink = read("<w:p><w:r><w:t>Anchor</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\">" + box
                + "</mc:Choice><mc:Fallback>" + box + "</mc:Fallback></mc:AlternateContent></w:r></w:p>", Set.of());

        assertThat(sink.texts).filteredOn(t -> t.visibility() == Visibility.TEXT_BOX).containsExactly(
                new Text(new Location("", "document body", "paragraph 1", "text box"), Visibility.TEXT_BOX, "Boxed note"));
        assertThat(sink.texts).filteredOn(t -> t.visibility() == Visibility.VISIBLE).extracting(Text::text).containsExactly("Anchor");
    }

    @Test
    void aParagraphStyleThatHidesTextHidesTheParagraph() throws Exception {
        Recorder sink = read("<w:p><w:pPr><w:pStyle w:val=\"Secret\"/></w:pPr><w:r><w:t>Detainee list</w:t></w:r></w:p>"
                + "<w:p><w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr><w:t>Shown</w:t></w:r></w:p>", Set.of("Secret"));

        assertThat(sink.texts).containsExactly(
                new Text(new Location("", "document body", "paragraph 1", "hidden text"), Visibility.HIDDEN_TEXT, "Detainee list"),
                new Text(new Location("", "document body", "paragraph 2", ""), Visibility.VISIBLE, "Shown"));
    }

    @Test
    void aDeletedTableRowMarksItsCellsAndSpansMoveTheColumn() throws Exception {
        Recorder sink = read("<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>Name</w:t></w:r></w:p></w:tc>"
                + "<w:tc><w:p><w:r><w:t>A-Number</w:t></w:r></w:p></w:tc></w:tr>"
                + "<w:tr><w:trPr><w:del w:id=\"3\" w:author=\"x\"/></w:trPr><w:tc><w:p><w:r><w:t>LOPEZ, Maria</w:t></w:r></w:p></w:tc></w:tr>"
                + "</w:tbl><w:p><w:r><w:t>After</w:t></w:r></w:p>", Set.of());

        assertThat(sink.tables).extracting(t -> t.location().part()).containsExactly("document body › table 1");
        assertThat(sink.rows.get(0)).extracting(TableCell::column).containsExactly(0, 2);
        assertThat(sink.rows.get(1)).extracting(TableCell::visibility).containsExactly(Visibility.TRACKED_DELETION);
        assertThat(sink.texts).extracting(Text::text, t -> t.location().cells()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("After", "paragraph 1"));
    }
}
