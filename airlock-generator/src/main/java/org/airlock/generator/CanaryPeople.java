package org.airlock.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fictional people to plant in a protected dataset as canaries: Latin-script names from the same
 * lists as every generated person, plausible birth dates, an A-number and a US social security
 * number that pass the issuers' validity rules (area 001-899 except 666, group 01-99, serial
 * 0001-9999), so that nobody can tell them from the real rows.
 */
public final class CanaryPeople {

    /** A canary: the person and a valid-looking SSN. */
    public record Canary(Person person, String ssn) {
    }

    private final long seed;

    public CanaryPeople(long seed) {
        this.seed = seed;
    }

    public List<Canary> make(int count) {
        Random random = new Random(seed ^ 0x5DEECE66DL);
        List<Canary> out = new ArrayList<>(count);
        // Native-script names are rarer in real exports; canaries should blend in.
        List<Person> pool = new PeopleGenerator(seed).people(count * 3 + 10);
        for (Person p : pool) {
            if (out.size() == count) {
                break;
            }
            if (p.script() == NameScript.LATIN) {
                out.add(new Canary(p, ssn(random)));
            }
        }
        return out;
    }

    static String ssn(Random random) {
        int area;
        do {
            area = 1 + random.nextInt(899);
        } while (area == 666);
        int group = 1 + random.nextInt(99);
        int serial = 1 + random.nextInt(9999);
        return String.format("%03d-%02d-%04d", area, group, serial);
    }
}
