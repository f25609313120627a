package org.airlock.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StringHashCacheTest {

    @Test
    void returnsWhatWasPutForTheSameCharacters() {
        StringHashCache cache = new StringHashCache();
        cache.put(StringHashCache.key("Rahimi Karim"), new long[] {7, 9});
        assertThat(cache.get(StringHashCache.key(new String("Rahimi Karim".toCharArray())))).containsExactly(7, 9);
        assertThat(cache.get(StringHashCache.key("Karim Rahimi"))).isNull();
    }

    @Test
    void keysDifferForNearValuesAndAreNeverZero() {
        assertThat(StringHashCache.key("ab")).isNotEqualTo(StringHashCache.key("ba"));
        assertThat(StringHashCache.key("")).isNotZero();
        assertThat(StringHashCache.key("Иванов")).isNotEqualTo(StringHashCache.key("Иванова"));
    }

    @Test
    void keepsRecentEntriesWhenFarMoreValuesPassThroughThanItHolds() {
        StringHashCache cache = new StringHashCache();
        int total = 300_000;
        for (int i = 0; i < total; i++) {
            cache.put(StringHashCache.key("name " + i), new long[] {i});
        }
        // The most recent thousand values were put after nearly every set filled up: they must
        // all still be there (each set replaces its oldest way first), and the first ones gone.
        for (int i = total - 1_000; i < total; i++) {
            assertThat(cache.get(StringHashCache.key("name " + i))).as("recent value %d", i).containsExactly(i);
        }
        int oldKept = 0;
        for (int i = 0; i < 1_000; i++) {
            if (cache.get(StringHashCache.key("name " + i)) != null) {
                oldKept++;
            }
        }
        assertThat(oldKept).isLessThan(50);
    }
}
