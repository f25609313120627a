package org.airlock.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.airlock.detect.DetectorInfo;
import org.airlock.detect.TextDetector;
import org.airlock.detect.TextDetectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code airlock detectors}: lists the detector catalogue. */
@Command(name = "detectors", mixinStandardHelpOptions = true,
        description = "Lists the detectors: id, category, what validates a match, context words and confidence levels.")
final class DetectorsCommand implements Callable<Integer> {

    enum Format { text, json }

    @Option(names = {"-f", "--format"}, defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--policy", paramLabel = "FILE", description = "Also list this policy's custom detectors.")
    java.nio.file.Path policyFile;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter w = spec.commandLine().getOut();
        TextDetectors catalogue = TextDetectors.defaults(LocalDate.now());
        if (policyFile != null) {
            try {
                catalogue = org.airlock.assess.PolicyLoader.load(policyFile).detection().catalogue(LocalDate.now());
            } catch (org.airlock.assess.PolicyLoader.PolicyException e) {
                throw new ExitCodes.UsageException(e.getMessage());
            }
        }
        if (format == Format.json) {
            ObjectMapper mapper = new ObjectMapper();
            JsonGenerator g = mapper.getFactory().createGenerator(w).useDefaultPrettyPrinter();
            g.writeStartArray();
            for (TextDetector d : catalogue.detectors()) {
                DetectorInfo info = d.info();
                g.writeStartObject();
                g.writeStringField("id", info.id());
                g.writeStringField("category", info.category().name());
                g.writeStringField("validation", info.validation());
                g.writeArrayFieldStart("context");
                for (String word : info.context()) {
                    g.writeString(word);
                }
                g.writeEndArray();
                g.writeBooleanField("contextRequired", info.contextRequired());
                g.writeStringField("confidence", info.confidence());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.flush();
            w.println();
        } else {
            for (TextDetector d : catalogue.detectors()) {
                DetectorInfo info = d.info();
                w.printf("%-20s %-19s %s%n", info.id(), info.category().name(), info.validation());
                if (!info.confidence().isEmpty()) {
                    w.printf("%-40s confidence: %s%n", "", info.confidence());
                }
                if (!info.context().isEmpty()) {
                    w.printf("%-40s context%s: %s%n", "", info.contextRequired() ? " (required)" : "", String.join(", ", info.context()));
                }
            }
        }
        w.flush();
        return ExitCodes.PASS;
    }
}
