package org.airlock.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The index's prefilter never hides a registered value (no false negatives), lets few unregistered
 * ones through, and look-ups through it return each value's whole run of records.
 */
class FingerprintIndexTest {

    private static final FingerprintKey KEY = FingerprintKey.of("index-test-key-not-a-secret-0123".getBytes(StandardCharsets.UTF_8));

    @Test
    void everyRegisteredHashIsFoundWithItsRunAndFewOthersPassTheFilter() {
        List<RegistryField> fields = List.of(new RegistryField("Name", List.of("Name"), FieldKind.NAME),
                new RegistryField("A-Number", List.of("A-Number"), FieldKind.IDENTIFIER));
        RegistryHeader header = new RegistryHeader("test", fields, KEY.checkValue(), false);
        int records = 50_000;
        FingerprintIndex.Builder builder = new FingerprintIndex.Builder(fields.size(), records);
        SplittableRandom random = new SplittableRandom(42);
        long[] names = new long[100];
        for (int i = 0; i < names.length; i++) {
            names[i] = random.nextLong() | 1;
        }
        long[] ids = new long[records];
        for (int r = 0; r < records; r++) {
            ids[r] = random.nextLong() | 1;
            builder.add("R" + r, new long[] {names[r % names.length], ids[r]}, null);
        }
        FingerprintIndex index = builder.build(header, KEY);

        for (int r = 0; r < records; r++) {
            assertThat(index.mayContain(ids[r])).isTrue();
            long run = index.find(ids[r]);
            assertThat((int) run - (int) (run >>> 32)).isEqualTo(1);
            assertThat(index.posting((int) (run >>> 32)) >>> 4).isEqualTo(r);
        }
        for (long name : names) {
            long run = index.find(name);
            assertThat((int) run - (int) (run >>> 32)).isEqualTo(records / names.length);
        }
        int passed = 0;
        int tries = 100_000;
        for (int i = 0; i < tries; i++) {
            long stranger = random.nextLong() | 1;
            if (index.mayContain(stranger)) {
                passed++;
            }
            // A false positive of the filter still finds nothing.
            assertThat(index.find(stranger)).isZero();
        }
        // 5 to 8 bits per entry and three bits in one word: a few percent, far below 20%.
        assertThat(passed).isLessThan(tries / 5);
    }
}
