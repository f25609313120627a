package org.airlock.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.airlock.detect.Confidence;
import org.airlock.detect.TextDetectors;
import org.airlock.eval.CaseReader;
import org.airlock.eval.CasePredictor;
import org.airlock.eval.EvalCase;
import org.airlock.eval.Evaluation;
import org.airlock.eval.Matching;
import org.airlock.eval.Span;
import org.airlock.eval.TypeScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code airlock eval}: measures the prose catalogue on a labelled set of texts. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measures detection on a labelled JSON Lines set: per type true and false positives, false negatives,",
            "precision, recall and F1, with exact-span and overlapping-span matching, and a total line.",
            "Offsets are Unicode code points, end exclusive. See docs/detectors.md."})
final class EvalCommand implements Callable<Integer> {

    enum Format { text, json }

    @Option(names = "--cases", required = true, paramLabel = "FILE", description = "Cases, one JSON object a line: {\"id\", \"text\", \"spans\": [{\"type\", \"start\", \"end\"}]}.")
    Path casesFile;

    @Option(names = {"-f", "--format"}, defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--types", split = ",", paramLabel = "T1,T2", description = "Score only these detector or category ids.")
    List<String> types = List.of();

    @Option(names = "--predictions", paramLabel = "FILE", description = "Write what was found, one line per case: {\"id\", \"spans\"}.")
    Path predictionsFile;

    @Option(names = "--min-confidence", defaultValue = "MEDIUM", description = "Lowest confidence that counts as found: LOW, MEDIUM, HIGH (default: ${DEFAULT-VALUE}).")
    Confidence minimum;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(casesFile)) {
            throw new ExitCodes.UsageException("--cases: no such file: " + casesFile);
        }
        List<EvalCase> cases;
        try {
            cases = CaseReader.read(casesFile);
        } catch (CaseReader.BadCaseException e) {
            throw new ExitCodes.UsageException(casesFile + ": " + e.getMessage());
        }
        CasePredictor predictor = new CasePredictor(TextDetectors.defaults(LocalDate.now()), minimum);
        Evaluation evaluation = new Evaluation(new LinkedHashSet<>(types));
        ObjectMapper mapper = new ObjectMapper();
        BufferedWriter predictions = predictionsFile == null ? null : Files.newBufferedWriter(predictionsFile, StandardCharsets.UTF_8);
        try {
            for (EvalCase c : cases) {
                List<Span> found = predictor.predict(c.text());
                evaluation.add(c, found, CasePredictor::categoryOf);
                if (predictions != null) {
                    var node = mapper.createObjectNode();
                    node.put("id", c.id());
                    var spans = node.putArray("spans");
                    for (Span s : found) {
                        spans.addObject().put("type", s.type()).put("start", s.start()).put("end", s.end());
                    }
                    predictions.write(mapper.writeValueAsString(node));
                    predictions.write('\n');
                }
            }
        } finally {
            if (predictions != null) {
                predictions.close();
            }
        }
        PrintWriter w = spec.commandLine().getOut();
        if (format == Format.json) {
            writeJson(w, evaluation, mapper);
        } else {
            writeText(w, evaluation);
        }
        w.flush();
        return ExitCodes.PASS;
    }

    private void writeText(PrintWriter w, Evaluation e) {
        w.printf("%d cases, found = confidence %s or above; exact: same start and end; overlap: at least one shared code point%n%n",
                e.cases(), minimum);
        w.printf("%-20s %5s %5s %5s %7s %7s %7s | %5s %5s %5s %7s %7s %7s%n", "type", "TP", "FP", "FN", "P", "R", "F1",
                "TP", "FP", "FN", "P", "R", "F1");
        w.printf("%-20s %-41s | %s%n", "", "exact", "overlap");
        for (String type : e.types()) {
            line(w, type, e.score(Matching.EXACT, type), e.score(Matching.OVERLAP, type));
        }
        line(w, "total", e.total(Matching.EXACT), e.total(Matching.OVERLAP));
    }

    private static void line(PrintWriter w, String type, TypeScore x, TypeScore o) {
        w.printf(Locale.ROOT, "%-20s %5d %5d %5d %7.4f %7.4f %7.4f | %5d %5d %5d %7.4f %7.4f %7.4f%n", type,
                x.truePositives(), x.falsePositives(), x.falseNegatives(), x.precision(), x.recall(), x.f1(),
                o.truePositives(), o.falsePositives(), o.falseNegatives(), o.precision(), o.recall(), o.f1());
    }

    private void writeJson(PrintWriter w, Evaluation e, ObjectMapper mapper) throws java.io.IOException {
        JsonGenerator g = mapper.getFactory().createGenerator(w).useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeNumberField("cases", e.cases());
        g.writeStringField("minConfidence", minimum.name());
        for (Matching m : Matching.values()) {
            g.writeObjectFieldStart(m.name().toLowerCase(Locale.ROOT));
            g.writeArrayFieldStart("types");
            for (String type : e.types()) {
                score(g, e.score(m, type));
            }
            g.writeEndArray();
            g.writeFieldName("total");
            score(g, e.total(m));
            g.writeEndObject();
        }
        g.writeEndObject();
        g.flush();
        w.println();
    }

    private static void score(JsonGenerator g, TypeScore s) throws java.io.IOException {
        g.writeStartObject();
        g.writeStringField("type", s.type());
        g.writeNumberField("tp", s.truePositives());
        g.writeNumberField("fp", s.falsePositives());
        g.writeNumberField("fn", s.falseNegatives());
        g.writeNumberField("precision", round(s.precision()));
        g.writeNumberField("recall", round(s.recall()));
        g.writeNumberField("f1", round(s.f1()));
        g.writeEndObject();
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
