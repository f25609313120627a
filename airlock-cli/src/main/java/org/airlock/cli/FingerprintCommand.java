package org.airlock.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.airlock.fingerprint.FieldHasher;
import org.airlock.fingerprint.FingerprintKey;
import org.airlock.fingerprint.RegistryBuilder;
import org.airlock.fingerprint.RegistryField;
import org.airlock.fingerprint.RegistryFile;
import org.airlock.fingerprint.RegistryHeader;
import org.airlock.generator.CanaryPeople;
import org.airlock.generator.Person;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code airlock fingerprint ...}: build and maintain registries of protected datasets. */
@Command(name = "fingerprint", mixinStandardHelpOptions = true,
        description = {"Fingerprints of protected datasets (exact data match): a registry holds record ids and",
            "keyed hashes of the normalised field values, never the values. See docs/fingerprints.md."},
        subcommands = {FingerprintCommand.Build.class, FingerprintCommand.Add.class, FingerprintCommand.Remove.class,
            FingerprintCommand.Canaries.class, FingerprintBench.class})
final class FingerprintCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static FingerprintKey key(Path keyFile) throws IOException {
        try {
            return FingerprintKey.load(keyFile);
        } catch (IllegalArgumentException e) {
            throw new ExitCodes.UsageException(e.getMessage());
        }
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Builds a registry from a CSV or xlsx export (first row: column names).")
    static final class Build implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "INPUT", description = "The dataset export, CSV or xlsx.")
        Path input;

        @Option(names = "--id", required = true, paramLabel = "COLUMN",
                description = "Column of record ids (stored in clear: use a record key, not personal data).")
        String idColumn;

        @Option(names = "--fields", required = true, split = ",", paramLabel = "FIELD",
                description = {"Fields to fingerprint: COLUMN, COLUMN:KIND, or COL1+COL2 for a name split over columns.",
                    "KIND is name, date, id or text; guessed from the column name when left out."})
        List<String> fields;

        @Option(names = "--name", paramLabel = "NAME", description = "The dataset's name, shown in findings (default: the input's name).")
        String name;

        @Option(names = "--month-first", description = "Read ambiguous dates (03/04/1985) month first, US style (default: day first).")
        boolean monthFirst;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The registry file to write.")
        Path output;

        @Option(names = "--key-file", paramLabel = "FILE", description = "Key file (default: environment variable AIRLOCK_FINGERPRINT_KEY).")
        Path keyFile;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(input)) {
                throw new java.nio.file.NoSuchFileException(input.toString());
            }
            FingerprintKey key = key(keyFile);
            List<RegistryField> parsed;
            try {
                parsed = fields.stream().map(RegistryField::parse).toList();
                String dataset = name != null ? name : input.getFileName().toString().replaceFirst("\\.[^.]+$", "");
                long started = System.nanoTime();
                RegistryBuilder.Result result = new RegistryBuilder(key).build(input, idColumn, parsed, dataset, monthFirst, output);
                spec.commandLine().getOut().printf("registry '%s' written to %s: %,d records, fields %s (%d records skipped: no id,"
                                + " repeated id or no value), %d ms%n", dataset, output, result.records(), describe(parsed),
                        result.skipped(), Duration.ofNanos(System.nanoTime() - started).toMillis());
            } catch (IllegalArgumentException e) {
                throw new ExitCodes.UsageException(e.getMessage());
            }
            return ExitCodes.PASS;
        }
    }

    static String describe(List<RegistryField> fields) {
        return fields.stream().map(f -> f.name() + " (" + f.kind().name().toLowerCase(java.util.Locale.ROOT) + ")").toList().toString();
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Adds the rows of an export (same columns) to a registry, without rebuilding it.")
    static final class Add implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "INPUT")
        Path input;

        @Option(names = "--id", required = true, paramLabel = "COLUMN")
        String idColumn;

        @Option(names = {"-r", "--registry"}, required = true, paramLabel = "FILE")
        Path registry;

        @Option(names = "--key-file", paramLabel = "FILE")
        Path keyFile;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try {
                RegistryBuilder.Result result = new RegistryBuilder(key(keyFile)).add(registry, input, idColumn, "", false);
                spec.commandLine().getOut().printf("%,d records added to %s (%d skipped)%n", result.records(), registry, result.skipped());
            } catch (IllegalArgumentException e) {
                throw new ExitCodes.UsageException(e.getMessage());
            }
            return ExitCodes.PASS;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Removes records by id from a registry (appends a removal block; nothing is rebuilt).")
    static final class Remove implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "ID")
        List<String> ids;

        @Option(names = {"-r", "--registry"}, required = true, paramLabel = "FILE")
        Path registry;

        @Option(names = "--key-file", paramLabel = "FILE")
        Path keyFile;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try {
                new RegistryBuilder(key(keyFile)).remove(registry, ids);
            } catch (IllegalArgumentException e) {
                throw new ExitCodes.UsageException(e.getMessage());
            }
            spec.commandLine().getOut().printf("%d record id(s) removed from %s%n", ids.size(), registry);
            return ExitCodes.PASS;
        }
    }

    @Command(name = "canaries", mixinStandardHelpOptions = true,
            description = {"Makes fictional people that look real, writes them as rows to plant in one extract of the",
                "dataset, and registers them flagged as canaries of that extract: any sighting proves that extract leaked."})
    static final class Canaries implements Callable<Integer> {
        @Option(names = "--count", required = true, paramLabel = "N")
        int count;

        @Option(names = "--extract", required = true, paramLabel = "NAME", description = "The extract the canaries are planted in.")
        String extract;

        @Option(names = {"-r", "--registry"}, required = true, paramLabel = "FILE")
        Path registry;

        @Option(names = "--id", defaultValue = "id", paramLabel = "COLUMN", description = "Name of the id column of the rows written.")
        String idColumn;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "CSV of the canary rows, to plant.")
        Path output;

        @Option(names = "--seed", paramLabel = "N", description = "Seed (default: random).")
        Long seed;

        @Option(names = "--key-file", paramLabel = "FILE")
        Path keyFile;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (count < 1 || count > 100_000) {
                throw new ExitCodes.UsageException("--count must be 1 to 100000");
            }
            FingerprintKey key = key(keyFile);
            RegistryHeader header;
            try {
                header = RegistryFile.readHeader(registry);
                RegistryFile.checkKey(header, key);
            } catch (IllegalArgumentException e) {
                throw new ExitCodes.UsageException(e.getMessage());
            }
            long s = seed != null ? seed : new java.security.SecureRandom().nextLong();
            List<CanaryPeople.Canary> canaries = new CanaryPeople(s).make(count);
            FieldHasher hasher = new FieldHasher(key);
            List<String> ids = new ArrayList<>();
            List<long[]> hashes = new ArrayList<>();
            List<String> columns = new ArrayList<>(List.of(idColumn));
            header.fields().forEach(f -> columns.addAll(f.columns()));
            try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                out.write(csv(columns));
                for (int i = 0; i < canaries.size(); i++) {
                    String id = extract + "-canary-" + String.format("%04d", i + 1);
                    List<String> row = new ArrayList<>(List.of(id));
                    List<String[]> values = new ArrayList<>();
                    for (RegistryField field : header.fields()) {
                        String[] v = values(field, canaries.get(i));
                        values.add(v);
                        row.addAll(Arrays.asList(v));
                    }
                    out.write(csv(row));
                    ids.add(id);
                    hashes.add(RegistryBuilder.hashes(hasher, header, values));
                }
            }
            new RegistryBuilder(key).add(registry, ids, hashes, extract, true);
            spec.commandLine().getOut().printf("%d canaries for extract '%s' registered in %s; rows to plant written to %s%n",
                    ids.size(), extract, registry, output);
            return ExitCodes.PASS;
        }

        private static String[] values(RegistryField field, CanaryPeople.Canary canary) {
            Person p = canary.person();
            String column = field.columns().get(0).toLowerCase(java.util.Locale.ROOT);
            return switch (field.kind()) {
                case NAME -> field.columns().size() == 2
                        ? (column.contains("family") || column.contains("last") || column.contains("surname")
                                ? new String[] {p.familyName(), p.givenName()} : new String[] {p.givenName(), p.familyName()})
                        : fill(field, column.contains("family") || column.contains("last") ? p.familyName()
                                : column.contains("given") || column.contains("first") ? p.givenName() : p.fullName());
                case DATE -> fill(field, p.dateOfBirth().toString());
                case IDENTIFIER -> fill(field, column.contains("ssn") || column.contains("social") ? canary.ssn() : p.aNumber());
                case TEXT -> fill(field, column.contains("sex") || column.contains("gender") ? p.sex() : p.countryOfCitizenship());
            };
        }

        private static String[] fill(RegistryField field, String value) {
            String[] out = new String[field.columns().size()];
            Arrays.fill(out, "");
            out[0] = value;
            return out;
        }

        private static String csv(List<String> values) {
            return String.join(",", values.stream().map(v -> v.matches("[^\",\\n\\r]*") ? v : "\"" + v.replace("\"", "\"\"") + "\"").toList())
                    + "\n";
        }
    }

}
