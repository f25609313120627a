package org.airlock.fingerprint;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.airlock.generator.Person;

/** Writes generated people as a protected dataset export (CSV), the way an agency would export a case file. */
final class ProtectedDataset {

    static final String HEADER = "Case ID,Family Name,Given Name,Date of Birth,A-Number,Country of Citizenship";
    static final List<RegistryField> FIELDS = List.of(
            RegistryField.parse("Given Name+Family Name"),
            RegistryField.parse("Date of Birth"),
            RegistryField.parse("A-Number"),
            RegistryField.parse("Country of Citizenship"));

    private ProtectedDataset() {
    }

    static String caseId(int index) {
        return String.format("CASE-%06d", index + 1);
    }

    static Path write(Path file, List<Person> people, int firstIndex) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER + "\n");
            for (int i = 0; i < people.size(); i++) {
                Person p = people.get(i);
                out.write(String.join(",", caseId(firstIndex + i), quote(p.familyName()), quote(p.givenName()),
                        p.dateOfBirth().toString(), p.aNumber(), quote(p.countryOfCitizenship())) + "\n");
            }
        }
        return file;
    }

    static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    static FingerprintKey key() {
        return FingerprintKey.of("test-key-not-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8));
    }
}
