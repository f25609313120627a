package org.airlock.extract.word;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Styles hide text directly or through the styles they are based on; a cycle of bases does not loop. */
class HiddenStylesTest {

    @Test
    void findsStylesThatHideTextDirectlyOrByInheritance() throws Exception {
        String styles = "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:style w:styleId=\"Secret\"><w:rPr><w:vanish/></w:rPr></w:style>"
                + "<w:style w:styleId=\"SecretChild\"><w:basedOn w:val=\"Secret\"/></w:style>"
                + "<w:style w:styleId=\"Shown\"><w:rPr><w:vanish w:val=\"false\"/></w:rPr></w:style>"
                + "<w:style w:styleId=\"Normal\"><w:pPr><w:rPr><w:b/></w:rPr></w:pPr></w:style>"
                + "<w:style w:styleId=\"LoopA\"><w:basedOn w:val=\"LoopB\"/></w:style>"
                + "<w:style w:styleId=\"LoopB\"><w:basedOn w:val=\"LoopA\"/></w:style>"
                + "</w:styles>";

        assertThat(HiddenStyles.read(new ByteArrayInputStream(styles.getBytes(StandardCharsets.UTF_8))))
                .containsExactlyInAnyOrder("Secret", "SecretChild");
    }
}
