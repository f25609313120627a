package org.airlock.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.airlock.assess.Policy;
import org.airlock.fingerprint.FieldHasher;
import org.airlock.fingerprint.FieldKind;
import org.airlock.fingerprint.FingerprintIndex;
import org.airlock.fingerprint.FingerprintKey;
import org.airlock.fingerprint.FingerprintMatcher;
import org.airlock.fingerprint.MatchSettings;
import org.airlock.fingerprint.RegistryField;
import org.airlock.fingerprint.RegistryFile;
import org.airlock.fingerprint.RegistryHeader;
import org.airlock.generator.Person;
import org.airlock.generator.PeopleGenerator;
import org.airlock.scan.FileReport;
import org.airlock.scan.Inspector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code airlock fingerprint bench}: registry build time and peak heap for large registries of 4
 * fields, and scan throughput with the largest registry loaded against without it. A command,
 * not a timed test: figures on shared machines are noisy, so scans are repeated and medians quoted.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Registry build time and peak heap (default 1,000,000 and 10,000,000 records of 4 fields), and",
            "scan throughput with the largest registry loaded vs without. Run with JAVA_OPTS=-Xmx2g to prove the heap target."})
final class FingerprintBench implements Callable<Integer> {

    @Option(names = "--records", split = ",", defaultValue = "1000000,10000000", paramLabel = "N",
            description = "Registry sizes (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--scan-rows", defaultValue = "200000", paramLabel = "N",
            description = "Rows of the CSV scanned for throughput (default: ${DEFAULT-VALUE}).")
    int scanRows;

    @Option(names = "--runs", defaultValue = "3", paramLabel = "N", description = "Timed scans each way (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--dir", paramLabel = "DIR", description = "Where to write the files (default: a temporary directory, deleted after).")
    Path dir;

    @Spec
    CommandSpec spec;

    private static final List<RegistryField> FIELDS = List.of(new RegistryField("Name", List.of("Name"), FieldKind.NAME),
            new RegistryField("Date of Birth", List.of("Date of Birth"), FieldKind.DATE),
            new RegistryField("A-Number", List.of("A-Number"), FieldKind.IDENTIFIER),
            new RegistryField("Country", List.of("Country"), FieldKind.TEXT));

    private static final int POOL = 20_000;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("airlock-fp-bench");
        FingerprintKey key = FingerprintKey.of("benchmark-key-not-a-secret-0123456789".getBytes(StandardCharsets.UTF_8));
        List<Person> pool = new PeopleGenerator(7).people(POOL);
        out.printf("heap limit %,d MB, %d cores%n", Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        out.flush();
        try {
            Path largest = null;
            for (int size : sizes) {
                Path registry = work.resolve("registry-" + size + ".afp");
                long started = System.nanoTime();
                build(registry, size, pool, key);
                double buildSeconds = (System.nanoTime() - started) / 1e9;
                System.gc();
                resetPeaks();
                long before = used();
                started = System.nanoTime();
                FingerprintIndex index = FingerprintIndex.load(registry, key);
                double loadSeconds = (System.nanoTime() - started) / 1e9;
                long peak = peak();
                System.gc();
                long retained = used() - before;
                out.printf("%,d records x 4 fields: build (normalise, hash, write) %.1f s; file %,d MB; load into the index %.1f s;"
                                + " peak heap during load %,d MB; index retained %,d MB (%.0f bytes/record)%n",
                        size, buildSeconds, Files.size(registry) >> 20, loadSeconds, peak >> 20, retained >> 20,
                        (double) retained / size);
                out.flush();
                index = null;
                largest = registry;
            }
            if (largest != null && scanRows > 0) {
                scan(out, work, pool, largest, key);
            }
        } finally {
            if (dir == null) {
                try (var walk = Files.walk(work)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        return ExitCodes.PASS;
    }

    /** Records: the pool's names, birth dates and countries cycled, a unique A-number and id each. */
    private static void build(Path registry, int size, List<Person> pool, FingerprintKey key) throws IOException {
        FieldHasher hasher = new FieldHasher(key);
        RegistryHeader header = new RegistryHeader("bench-" + size, FIELDS, key.checkValue(), false);
        long[] hashes = new long[4];
        try (RegistryFile.Writer writer = RegistryFile.create(registry, header)) {
            writer.startAdd("", false);
            for (int i = 0; i < size; i++) {
                Person p = pool.get(i % pool.size());
                hashes[0] = hasher.field(FieldKind.NAME, false, p.fullName());
                hashes[1] = hasher.field(FieldKind.DATE, false, p.dateOfBirth().plusDays(i / pool.size() % 3650).toString());
                hashes[2] = hasher.field(FieldKind.IDENTIFIER, false, "A" + (100_000_000 + i));
                hashes[3] = hasher.field(FieldKind.TEXT, false, p.countryOfCitizenship());
                writer.add("R" + i, hashes);
            }
        }
    }

    private void scan(PrintWriter out, Path work, List<Person> pool, Path registry, FingerprintKey key) throws IOException {
        Path csv = work.resolve("scan.csv");
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("Name,Date of Birth,A-Number,Country,Sex,Facility,Status,Book-in,Note\n");
            // People not in the registry (another seed), and every 100th row a registry record
            // (its name, birth date and A-number), so the matcher has real work to find.
            List<Person> strangers = new PeopleGenerator(8).people(20_000);
            for (int i = 0; i < scanRows; i++) {
                boolean registered = i % 100 == 0;
                int at = (i * 7) % pool.size();
                Person p = registered ? pool.get(at) : strangers.get(at);
                String aNumber = registered ? "A" + (100_000_000 + at) : "A" + (300_000_000 + i);
                w.write(String.join(",", "\"" + p.fullName() + "\"", p.dateOfBirth().toString(), aNumber,
                        p.countryOfCitizenship(), p.sex(), "\"" + p.detentionFacility() + "\"", p.caseStatus(),
                        p.bookInDate().toString(), "row " + i) + "\n");
            }
        }
        Inspector without = new Inspector(Policy.defaults(), LocalDate.now());
        FingerprintIndex index = FingerprintIndex.load(registry, key);
        Inspector with = new Inspector(Policy.defaults(), LocalDate.now(), new FingerprintMatcher(index, MatchSettings.DEFAULTS));
        without.inspect(csv, "warmup");
        with.inspect(csv, "warmup");
        double[] plain = new double[runs];
        double[] fingerprinted = new double[runs];
        // Thread CPU time beside wall time: on a shared machine other processes stretch wall time,
        // while the scan's own CPU time moves far less between runs.
        double[] plainCpu = new double[runs];
        double[] fingerprintedCpu = new double[runs];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cells = 0;
        long matches = 0;
        for (int r = 0; r < runs; r++) {
            long t = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            FileReport a = without.inspect(csv, "scan.csv");
            plain[r] = (System.nanoTime() - t) / 1e9;
            plainCpu[r] = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            t = System.nanoTime();
            cpu = threads.getCurrentThreadCpuTime();
            FileReport b = with.inspect(csv, "scan.csv");
            fingerprinted[r] = (System.nanoTime() - t) / 1e9;
            fingerprintedCpu[r] = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            cells = a.cells();
            matches = b.fingerprintMatches().size();
        }
        double p = median(plain);
        double f = median(fingerprinted);
        out.printf("scan of %,d rows (%,d cells, %,d MB): without registry median %.2f s (%,.0f cells/s); with the %,d-record registry"
                        + " median %.2f s (%,.0f cells/s): %+.0f%%; records matched: %d%n",
                scanRows, cells, Files.size(csv) >> 20, p, cells / p, index.records(), f, cells / f, (f / p - 1) * 100, matches);
        double pc = median(plainCpu);
        double fc = median(fingerprintedCpu);
        out.printf("  scanning thread's CPU time: without median %.2f s; with %.2f s: %+.0f%%%n", pc, fc, (fc / pc - 1) * 100);
        out.flush();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static long used() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getUsage().getUsed();
            }
        }
        return sum;
    }

}
