package org.airlock.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.airlock.detect.Confidence;
import org.airlock.detect.TextDetectors;
import org.airlock.generator.EvalCases;
import org.airlock.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scoring rules of {@code airlock eval}: exact and overlap matching, code points, category labels. */
class EvaluationTest {

    private static final CasePredictor PREDICTOR = new CasePredictor(TextDetectors.defaults(Fixtures.TODAY), Confidence.MEDIUM);

    @Test
    void exactAndOverlapDifferWhenASpanIsOffByOne() {
        Evaluation e = new Evaluation(Set.of());
        EvalCase c = new EvalCase("1", "SSN 524-83-0384.", List.of(new Span("us-ssn", 4, 16)));
        e.add(c, List.of(new Span("us-ssn", 4, 15)), CasePredictor::categoryOf);
        assertThat(e.score(Matching.EXACT, "us-ssn")).isEqualTo(new TypeScore("us-ssn", 0, 1, 1));
        assertThat(e.score(Matching.OVERLAP, "us-ssn")).isEqualTo(new TypeScore("us-ssn", 1, 0, 0));
    }

    @Test
    void aCategoryLabelMatchesAnyDetectorOfThatCategory() {
        Evaluation e = new Evaluation(Set.of());
        EvalCase c = new EvalCase("1", "x", List.of(new Span("national-id", 0, 1)));
        e.add(c, List.of(new Span("us-ssn", 0, 1)), CasePredictor::categoryOf);
        assertThat(e.total(Matching.EXACT)).isEqualTo(new TypeScore("total", 1, 0, 0));
    }

    @Test
    void typesLimitWhatIsScored() {
        Evaluation e = new Evaluation(Set.of("iban"));
        EvalCase c = new EvalCase("1", "x", List.of(new Span("us-ssn", 0, 1)));
        e.add(c, List.of(new Span("email-address", 0, 1)), CasePredictor::categoryOf);
        assertThat(e.total(Matching.EXACT)).isEqualTo(new TypeScore("total", 0, 0, 0));
    }

    @Test
    void predictedSpansCountCodePoints() {
        // U+1D400 (a letter outside the BMP) is two UTF-16 units and one code point
        List<Span> spans = PREDICTOR.predict("\uD835\uDC00 SSN 524-83-0384");
        assertThat(spans).containsExactly(new Span("us-ssn", 6, 17));
    }

    @Test
    void theGeneratedSetReadsAndScoresEveryPlantedValue(@TempDir Path dir) throws Exception {
        Path file = new EvalCases(5).write(dir.resolve("cases.jsonl"), 5, 3);
        List<EvalCase> cases = CaseReader.read(file);
        Evaluation e = new Evaluation(Set.of());
        for (EvalCase c : cases) {
            e.add(c, PREDICTOR.predict(c.text()), CasePredictor::categoryOf);
        }
        assertThat(e.total(Matching.EXACT).falseNegatives()).isZero();
        assertThat(e.total(Matching.EXACT).truePositives()).isEqualTo(5 * org.airlock.generator.SyntheticIdentifiers.TYPES.size());
    }

    @Test
    void aBadLineIsRefusedWithItsNumberAndNotItsText(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"id\":\"a\",\"text\":\"ok\",\"spans\":[]}\n{\"id\":\"b\",\"text\":\"secret 524-83-0384\",\"spans\":[{\"type\":\"us-ssn\",\"start\":7,\"end\":99}]}\n");
        assertThatThrownBy(() -> CaseReader.read(file)).hasMessageContaining("line 2").hasMessageNotContaining("524-83");
    }
}
