package org.airlock.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.airlock.assess.Policy;
import org.airlock.assess.Verdict;
import org.airlock.detect.FindingType;
import org.airlock.generator.NameScript;
import org.airlock.generator.Person;
import org.airlock.generator.PeopleGenerator;
import org.airlock.scan.FileReport;
import org.airlock.scan.Inspector;
import org.airlock.testsupport.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 20,000-person registry, and pastes that repost some of its people in other layouts: exactly
 * those people are found, lookalikes are not, and the registry holds none of the values.
 */
class FingerprintMatchTest {

    private static final int PEOPLE = 20_000;

    @TempDir
    static Path dir;
    static List<Person> people;
    static Path registry;
    static FingerprintMatcher matcher;

    @BeforeAll
    static void buildRegistry() throws IOException {
        people = new PeopleGenerator(Fixtures.SEED).people(PEOPLE);
        Path export = ProtectedDataset.write(dir.resolve("case-file.csv"), people, 0);
        registry = dir.resolve("case-file.afp");
        RegistryBuilder.Result result = new RegistryBuilder(ProtectedDataset.key())
                .build(export, "Case ID", ProtectedDataset.FIELDS, "case-file", false, registry);
        assertThat(result.records()).isEqualTo(PEOPLE);
        matcher = new FingerprintMatcher(FingerprintIndex.load(registry, ProtectedDataset.key()), MatchSettings.DEFAULTS);
    }

    private static FileReport scan(Path file) {
        return new Inspector(Policy.defaults(), Fixtures.TODAY, matcher).inspect(file, file.getFileName().toString());
    }

    private static Set<String> ids(FileReport report) {
        return report.fingerprintMatches().stream().map(FingerprintMatch::recordId).collect(Collectors.toSet());
    }

    /** Every 397th person: a spread-out subset, in every script the generator writes. */
    private static List<Integer> subset() {
        List<Integer> chosen = new ArrayList<>();
        for (int i = 5; i < PEOPLE; i += 397) {
            chosen.add(i);
        }
        return chosen;
    }

    private static String typo(String s) {
        // Swaps two letters in the middle: the kind of slip a re-typed paste has.
        if (s.length() < 4) {
            return s + "x";
        }
        int at = s.length() / 2;
        return s.substring(0, at - 1) + s.charAt(at) + s.charAt(at - 1) + s.substring(at + 1);
    }

    private static String dashed(String aNumber) {
        String d = aNumber.substring(1);
        return "A-" + d.substring(0, 3) + "-" + d.substring(3, 6) + "-" + d.substring(6);
    }

    @Test
    void aTextPasteWithReorderedNamesReformattedDatesAndTyposFindsExactlyItsRecords() throws IOException {
        StringBuilder paste = new StringBuilder("LEAKED -- detainee list, part 3\n\n");
        Set<String> expected = new HashSet<>();
        int n = 0;
        for (int i : subset()) {
            Person p = people.get(i);
            expected.add(ProtectedDataset.caseId(i));
            String line = switch (n++ % 4) {
                case 0 -> p.familyName().toUpperCase(Locale.ROOT) + ", " + p.givenName() + " (born "
                        + p.dateOfBirth().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + "), " + dashed(p.aNumber());
                case 1 -> p.fullName() + " - DOB " + p.dateOfBirth().format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH))
                        + " - alien no. " + p.aNumber().substring(1);
                // A typo in the name: the birth date and the A-number still match.
                case 2 -> p.givenName() + " " + typo(p.familyName()) + " born " + p.dateOfBirth().format(DateTimeFormatter.ofPattern("yyyy.MM.dd"))
                        + " ref " + p.aNumber();
                // A typo in the A-number: the name and the birth date still match.
                default -> p.familyName() + " " + p.givenName() + " d.o.b. "
                        + p.dateOfBirth().format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)) + " id " + typo(p.aNumber());
            };
            paste.append(line).append("\n").append("-".repeat(40)).append("\n");
        }
        Path file = Files.writeString(dir.resolve("paste.txt"), paste, StandardCharsets.UTF_8);

        FileReport report = scan(file);

        assertThat(ids(report)).isEqualTo(expected);
        assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(report.persons()).isGreaterThanOrEqualTo(expected.size());
        assertThat(report.findings()).anySatisfy(f -> {
            assertThat(f.type()).isEqualTo(FindingType.FINGERPRINT_MATCH);
            assertThat(f.explanation()).contains("case-file", ProtectedDataset.caseId(subset().get(0)));
        });
        assertThat(people.stream().filter(p -> expected.contains(ProtectedDataset.caseId(people.indexOf(p)))).map(Person::script))
                .as("the subset covers native-script names").contains(NameScript.LATIN).containsAnyOf(NameScript.CYRILLIC,
                        NameScript.ARABIC, NameScript.HAN);
    }

    @Test
    void aTableRepostInAnotherLayoutFindsExactlyItsRecords() throws IOException {
        StringBuilder csv = new StringBuilder("Nationality;DOB;Name;Alien #\n");
        Set<String> expected = new HashSet<>();
        int n = 0;
        for (int i : subset()) {
            Person p = people.get(i);
            expected.add(ProtectedDataset.caseId(i));
            String id = n++ % 2 == 0 ? dashed(p.aNumber()) : p.aNumber().substring(1);
            csv.append(p.countryOfCitizenship().toLowerCase(Locale.ROOT)).append(';')
                    .append(p.dateOfBirth().format(DateTimeFormatter.ofPattern("MM/dd/yyyy"))).append(';')
                    .append(p.familyName()).append(", ").append(p.givenName()).append(';').append(id).append('\n');
        }
        Path file = Files.writeString(dir.resolve("repost.csv"), csv, StandardCharsets.UTF_8);

        FileReport report = scan(file);

        assertThat(ids(report)).isEqualTo(expected);
        assertThat(report.fingerprintMatches()).allSatisfy(m -> assertThat(m.fields()).hasSizeGreaterThanOrEqualTo(3));
    }

    @Test
    void lookalikesNotInTheRegistryAreNotFound() throws IOException {
        Set<String> known = people.stream().map(Person::aNumber).collect(Collectors.toSet());
        Set<String> knownNames = people.stream().map(p -> p.fullName() + p.dateOfBirth()).collect(Collectors.toSet());
        List<Person> strangers = new PeopleGenerator(Fixtures.SEED + 1).people(400).stream()
                .filter(p -> !known.contains(p.aNumber()) && !knownNames.contains(p.fullName() + p.dateOfBirth())).limit(60).toList();
        StringBuilder paste = new StringBuilder();
        for (Person p : strangers) {
            paste.append(p.familyName().toUpperCase(Locale.ROOT)).append(", ").append(p.givenName()).append(" born ")
                    .append(p.dateOfBirth()).append(", ").append(dashed(p.aNumber())).append(", ").append(p.countryOfCitizenship()).append('\n');
        }
        // Registry people's names with another birth date and A-number: one field is not a record.
        for (int i : subset()) {
            Person p = people.get(i);
            paste.append(p.fullName()).append(" born ").append(p.dateOfBirth().plusDays(3)).append(", A").append(249_999_999 - i)
                    .append('\n');
        }
        Path file = Files.writeString(dir.resolve("lookalikes.txt"), paste, StandardCharsets.UTF_8);

        FileReport report = scan(file);

        assertThat(report.fingerprintMatches()).isEmpty();
        assertThat(report.findings()).noneMatch(f -> f.type() == FindingType.FINGERPRINT_MATCH);
    }

    @Test
    void theRegistryHoldsNoInputValueRawOrNormalised() throws IOException {
        byte[] bytes = Files.readAllBytes(registry);
        ValueNormalizer normalizer = new ValueNormalizer();
        Set<String> values = new HashSet<>();
        for (Person p : people) {
            values.add(p.givenName());
            values.add(p.familyName());
            values.add(p.fullName());
            values.add(p.dateOfBirth().toString());
            values.add(p.aNumber());
            values.add(p.aNumber().substring(1));
            values.add(p.countryOfCitizenship());
            values.addAll(normalizer.words(p.fullName()));
            values.add(String.join(" ", normalizer.words(p.fullName())));
            values.add(p.countryOfCitizenship().toLowerCase(Locale.ROOT));
        }
        String haystack = new String(bytes, StandardCharsets.ISO_8859_1);
        List<String> leaked = new ArrayList<>();
        for (String value : values) {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            // Shorter byte strings occur by chance in 1.5 MB of random hash bytes.
            if (utf8.length >= 5 && haystack.contains(new String(utf8, StandardCharsets.ISO_8859_1))) {
                leaked.add(value);
            }
        }
        assertThat(values).hasSizeGreaterThan(50_000);
        assertThat(leaked).isEmpty();
    }

    @Test
    void aWrongKeyIsRefused() {
        FingerprintKey other = FingerprintKey.of("another-key-entirely-0123456789".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> FingerprintIndex.load(registry, other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("key");
    }

    @Test
    void recordsAreAddedAndRemovedByAppendingBlocks() throws IOException {
        Path copy = Files.copy(registry, dir.resolve("changing.afp"));
        List<Person> newcomers = new PeopleGenerator(Fixtures.SEED + 7).people(30);
        Path more = ProtectedDataset.write(dir.resolve("more.csv"), newcomers, PEOPLE);
        long before = Files.size(copy);
        RegistryBuilder builder = new RegistryBuilder(ProtectedDataset.key());
        builder.add(copy, more, "Case ID", "", false);
        builder.remove(copy, List.of(ProtectedDataset.caseId(5)));
        assertThat(Files.size(copy)).isGreaterThan(before);
        byte[] head = Files.readAllBytes(registry);
        byte[] changed = Files.readAllBytes(copy);
        assertThat(java.util.Arrays.copyOf(changed, head.length)).as("earlier bytes untouched").isEqualTo(head);

        FingerprintIndex index = FingerprintIndex.load(copy, ProtectedDataset.key());
        assertThat(index.records()).isEqualTo(PEOPLE + 30 - 1);
        Person newcomer = newcomers.get(3);
        Person removed = people.get(5);
        String paste = newcomer.fullName() + ", born " + newcomer.dateOfBirth() + ", " + newcomer.aNumber() + "\n\n"
                + removed.fullName() + ", born " + removed.dateOfBirth() + ", " + removed.aNumber() + "\n";
        Path file = Files.writeString(dir.resolve("changed.txt"), paste);
        FileReport report = new Inspector(Policy.defaults(), Fixtures.TODAY, new FingerprintMatcher(index, MatchSettings.DEFAULTS))
                .inspect(file, "changed.txt");
        assertThat(ids(report)).containsExactly(ProtectedDataset.caseId(PEOPLE + 3));
    }

    @Test
    void anIdentifierAloneMatchesOnlyWhenTheSettingsSaySo() throws IOException {
        Person p = people.get(1234);
        Path file = Files.writeString(dir.resolve("one-id.txt"), "Reference " + dashed(p.aNumber()) + " only.\n");
        assertThat(scan(file).fingerprintMatches()).isEmpty();
        FingerprintMatcher alone = new FingerprintMatcher(matcher.index(), new MatchSettings(2, 200, true));
        FileReport report = new Inspector(Policy.defaults(), Fixtures.TODAY, alone).inspect(file, "one-id.txt");
        assertThat(ids(report)).containsExactly(ProtectedDataset.caseId(1234));
        assertThat(report.fingerprintMatches().get(0).fields()).containsExactly("A-Number");
    }
}
