package org.airlock.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.airlock.detect.Category;
import org.airlock.generator.NameScript;
import org.airlock.generator.PeopleGenerator;
import org.airlock.generator.Person;
import org.airlock.scan.FileReport;
import org.airlock.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5's must-show, end to end: a published text naming people in Persian, Cyrillic and
 * Chinese script with their birth dates is blocked, with each person counted once.
 */
class NativeScriptNamesVerdictTest {

    @TempDir
    Path dir;

    private static List<Person> people(NameScript script, int count) {
        List<Person> out = new ArrayList<>();
        for (Person p : new PeopleGenerator(31).people(count * 300)) {
            if (p.script() == script && out.size() < count) {
                out.add(p);
            }
        }
        return out;
    }

    @Test
    void namesInTheirOwnScriptsWithBirthDatesBlockWithEachPersonCountedOnce() throws IOException {
        DateTimeFormatter dots = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        DateTimeFormatter han = DateTimeFormatter.ofPattern("yyyy年M月d日");
        StringBuilder text = new StringBuilder("Case notes, intake of 14 March\n\n");
        int written = 0;
        for (Person p : people(NameScript.ARABIC, 4)) {
            text.append(p.givenName()).append(' ').append(p.familyName()).append("، تاریخ تولد ").append(p.dateOfBirth())
                    .append("، ملیت: ایران.\n");
            written++;
        }
        for (Person p : people(NameScript.CYRILLIC, 4)) {
            text.append(p.familyName()).append(' ').append(p.givenName()).append(", дата рождения ")
                    .append(dots.format(p.dateOfBirth())).append(", гражданство: Россия.\n");
            written++;
        }
        for (Person p : people(NameScript.HAN, 4)) {
            text.append(p.fullName()).append("，出生日期").append(han.format(p.dateOfBirth())).append("，国籍：中国。\n");
            written++;
        }
        // The first person again, later in the notes: still one person.
        Person first = people(NameScript.ARABIC, 1).get(0);
        text.append("\nFollow-up: ").append(first.givenName()).append(' ').append(first.familyName())
                .append("، تاریخ تولد ").append(first.dateOfBirth()).append(".\n");
        Path file = Files.writeString(dir.resolve("case-notes.txt"), text, StandardCharsets.UTF_8);

        FileReport report = Fixtures.inspector().inspect(file, "case-notes.txt");

        assertThat(written).isEqualTo(12);
        assertThat(report.verdict()).as(report.reasons().toString()).isEqualTo(Verdict.BLOCK);
        assertThat(report.persons()).as(text.toString()).isEqualTo(12);
        assertThat(report.categories()).contains(Category.NAME, Category.DATE_OF_BIRTH, Category.NATIONALITY);
        assertThat(report.reasons()).anyMatch(r -> r.startsWith("How persons were counted: 13 person records"));
    }
}
