package org.airlock.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.airlock.generator.EvalCases;
import org.airlock.generator.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code airlock generate}: writes synthetic leak-shaped and harmless files (fictional people only). */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes synthetic test files: leak-shaped workbooks (ICE 2022, Home Office 2013, hidden places)",
            "and harmless ones, with fictional people only. Same seed, same files."})
final class GenerateCommand implements Callable<Integer> {

    /** Not a workbook scenario: the labelled text set for {@code airlock eval}. */
    static final String EVAL_CASES = "eval-cases";
    /** Not a workbook scenario: the labelled people set (names, birth dates, nationalities) for {@code airlock eval}. */
    static final String PEOPLE_CASES = "people-cases";

    @Parameters(arity = "0..*", paramLabel = "SCENARIO", description = "Scenario ids (see --list), eval-cases or people-cases; all scenarios when none given.")
    List<String> scenarios = new ArrayList<>();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "generated", description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = {"-n", "--persons"}, paramLabel = "N", description = "People (or rows) per file instead of each scenario's default.")
    Integer persons;

    @Option(names = "--seed", defaultValue = "2022", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--list", description = "List the scenarios and exit.")
    boolean list;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var w = spec.commandLine().getOut();
        if (list) {
            for (Scenario s : Scenario.values()) {
                w.printf("%-22s %-5s %s%s%n", s.id(), s.leak() ? "stop" : "pass", s.description(),
                        s.takesPersons() ? " [default " + s.defaultPersons() + "]" : "");
            }
            w.printf("%-22s %-5s %s%n", EVAL_CASES, "-", "labelled texts for airlock eval (eval-cases.jsonl; -n = positives per type, default 40)");
            w.printf("%-22s %-5s %s%n", PEOPLE_CASES, "-", "labelled people texts for airlock eval (people-*.jsonl; -n = cases per template, default 60)");
            w.flush();
            return ExitCodes.PASS;
        }
        if (scenarios.contains(EVAL_CASES)) {
            Files.createDirectories(out);
            Path file = new EvalCases(seed).write(out.resolve("eval-cases.jsonl"), persons == null ? 40 : persons, 20);
            w.printf("%s  (labelled texts for airlock eval)%n", file);
            scenarios.remove(EVAL_CASES);
            if (scenarios.isEmpty()) {
                w.flush();
                return ExitCodes.PASS;
            }
        }
        if (scenarios.contains(PEOPLE_CASES)) {
            Files.createDirectories(out);
            org.airlock.detect.NameDictionary names = org.airlock.detect.NameDictionary.instance();
            var files = new org.airlock.generator.PeopleEvalCases(seed, word -> names.isGiven(word) || names.isFamily(word))
                    .write(out, persons == null ? 60 : persons);
            w.printf("%s  (labelled people texts for airlock eval)%n%s  (the cases whose names are all in the shipped dictionaries)%n"
                    + "%s  (the cases with a name word the dictionaries do not hold: held out or never listed)%n",
                    files.all(), files.inDictionary(), files.outOfDictionary());
            scenarios.remove(PEOPLE_CASES);
            if (scenarios.isEmpty()) {
                w.flush();
                return ExitCodes.PASS;
            }
        }
        List<Scenario> chosen = new ArrayList<>();
        if (scenarios.isEmpty()) {
            for (Scenario s : Scenario.values()) {
                if (s != Scenario.LARGE && s != Scenario.PDF_LARGE) {
                    chosen.add(s);
                }
            }
        } else {
            for (String id : scenarios) {
                try {
                    chosen.add(Scenario.byId(id));
                } catch (IllegalArgumentException e) {
                    throw new ExitCodes.UsageException(e.getMessage());
                }
            }
        }
        if (persons != null && persons < 1) {
            throw new ExitCodes.UsageException("--persons must be 1 or more");
        }
        Files.createDirectories(out);
        for (Scenario s : chosen) {
            Path file = persons == null ? s.write(out, seed) : s.write(out, persons, seed);
            w.printf("%s  (%s)%n", file, s.description());
            w.flush();
        }
        return ExitCodes.PASS;
    }
}
