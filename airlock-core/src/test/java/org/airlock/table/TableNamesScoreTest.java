package org.airlock.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.airlock.detect.FindingType;
import org.airlock.detect.TextDetectors;
import org.airlock.extract.CellKind;
import org.airlock.extract.Location;
import org.airlock.extract.TableCell;
import org.airlock.extract.TableSource;
import org.airlock.extract.Visibility;
import org.airlock.generator.NameScript;
import org.airlock.generator.PeopleGenerator;
import org.airlock.generator.Person;
import org.airlock.records.Finding;
import org.airlock.records.FindingCollector;
import org.airlock.records.PersonIndex;
import org.airlock.records.RecordTally;
import org.junit.jupiter.api.Test;

/**
 * The table scorer of the people evaluation (docs/people.md): generated tables of people with
 * headers in English, French, Spanish, Russian, Persian and Chinese, and harmless tables
 * (statistics by country and facility with reporting periods, press-office contacts), run through
 * {@link TableAnalyzer} as a workbook's rows are. Every cell of a name column is a labelled name,
 * every cell of a birth-date column a labelled date of birth; a finding's count is the number of
 * cells recognised, so true positives are the counts in labelled columns, false negatives the rest
 * of those columns, false positives any count elsewhere. Prints the figures; fails below the
 * issue's targets (names F1 >= 0.97, no date of birth in a reporting-period column).
 */
class TableNamesScoreTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final int ROWS = 60;

    /** A table: header, rows, and which columns are labelled names and birth dates. */
    private record Table(String id, List<String> header, List<List<String>> rows, List<Integer> nameColumns, List<Integer> birthColumns) {
    }

    private static List<Person> people(NameScript script, int count) {
        List<Person> out = new ArrayList<>();
        for (Person p : new PeopleGenerator(2022).people(count * 40)) {
            if (p.script() == script && out.size() < count) {
                out.add(p);
            }
        }
        return out;
    }

    private static Table peopleTable(String id, NameScript script, List<String> header, Function<Person, List<String>> row,
                                     List<Integer> names, List<Integer> births) {
        List<List<String>> rows = new ArrayList<>();
        for (Person p : people(script, ROWS)) {
            rows.add(row.apply(p));
        }
        return new Table(id, header, rows, names, births);
    }

    private static List<Table> tables() {
        List<Table> t = new ArrayList<>();
        t.add(peopleTable("en", NameScript.LATIN, List.of("Name", "Date of birth", "Country of citizenship", "A-Number"),
                p -> List.of(p.givenName() + " " + p.familyName(), p.dateOfBirth().toString(), p.countryOfCitizenship(), p.aNumber()),
                List.of(0), List.of(1)));
        t.add(peopleTable("en-family-first", NameScript.LATIN, List.of("Detainee", "DOB", "Nationality", "Book-in date"),
                p -> List.of(p.familyName().toUpperCase(Locale.ROOT) + ", " + p.givenName(), p.dateOfBirth().toString(),
                        p.countryOfCitizenship(), p.bookInDate().toString()), List.of(0), List.of(1)));
        t.add(peopleTable("fr", NameScript.LATIN, List.of("Nom", "Prénom", "Date de naissance", "Nationalité"),
                p -> List.of(p.familyName(), p.givenName(), p.dateOfBirth().toString(), p.countryOfCitizenship()),
                List.of(0, 1), List.of(2)));
        t.add(peopleTable("es", NameScript.LATIN, List.of("Apellidos", "Nombre", "Fecha de nacimiento", "Nacionalidad"),
                p -> List.of(p.familyName(), p.givenName(), p.dateOfBirth().toString(), p.countryOfCitizenship()),
                List.of(0, 1), List.of(2)));
        t.add(peopleTable("ru", NameScript.CYRILLIC, List.of("Фамилия", "Имя", "Дата рождения", "Гражданство"),
                p -> List.of(p.familyName(), p.givenName(), p.dateOfBirth().toString(), "Россия"), List.of(0, 1), List.of(2)));
        t.add(peopleTable("fa", NameScript.ARABIC, List.of("نام خانوادگی", "نام", "تاریخ تولد", "ملیت"),
                p -> List.of(p.familyName(), p.givenName(), p.dateOfBirth().toString(), "ایران"), List.of(0, 1), List.of(2)));
        t.add(peopleTable("zh", NameScript.HAN, List.of("姓名", "出生日期", "国籍"),
                p -> List.of(p.familyName() + p.givenName(), p.dateOfBirth().toString(), "中国"), List.of(0), List.of(1)));
        // Harmless: statistics with periods and publication dates, and a press office's contacts.
        List<List<String>> stats = new ArrayList<>();
        String[] countries = {"Mexico", "Guatemala", "Honduras", "Iran", "Russia", "China", "India", "Haiti"};
        String[] facilities = {"Otay Mesa Detention Center", "Port Isabel Service Processing Center", "Krome North Processing Center"};
        for (int i = 0; i < ROWS; i++) {
            LocalDate period = LocalDate.of(2023, 1 + i % 12, 1).plusMonths(1).minusDays(1);
            stats.add(List.of(countries[i % countries.length], facilities[i % facilities.length], period.toString(),
                    LocalDate.of(2024, 3, 15).toString(), Integer.toString(10 + i * 7 % 90)));
        }
        t.add(new Table("statistics", List.of("Country of citizenship", "Facility", "Reporting period ending", "Published", "Book-ins"),
                stats, List.of(), List.of()));
        List<List<String>> contacts = new ArrayList<>();
        String[] offices = {"Press Office", "Digital Communications", "Ministerial Correspondence", "Statistics Enquiries"};
        for (int i = 0; i < 12; i++) {
            contacts.add(List.of(offices[i % offices.length], "London", "Monday to Friday", "2024-0" + (1 + i % 9) + "-01"));
        }
        t.add(new Table("contacts", List.of("Team", "City", "Hours", "Last updated"), contacts, List.of(), List.of()));
        return t;
    }

    private record Score(int tp, int fp, int fn) {
        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Score plus(Score o) {
            return new Score(tp + o.tp, fp + o.fp, fn + o.fn);
        }
    }

    /** The score of one type in one table: counts in labelled columns are found, counts elsewhere false. */
    private static Score score(Table table, List<Finding> findings, FindingType type, List<Integer> labelled) {
        int found = 0;
        int wrong = 0;
        for (Finding f : findings) {
            if (f.type() != type) {
                continue;
            }
            int column = f.location().cells().isEmpty() ? -1 : f.location().cells().charAt(0) - 'A';
            if (labelled.contains(column)) {
                found += (int) f.count();
            } else {
                wrong += (int) f.count();
            }
        }
        int gold = labelled.size() * table.rows().size();
        return new Score(found, wrong, gold - found);
    }

    private static List<Finding> analyze(Table table) {
        FindingCollector findings = new FindingCollector();
        TableAnalyzer analyzer = new TableAnalyzer(new TableSource(Location.of(table.id()), Visibility.VISIBLE,
                TableSource.CellReferences.A1, true), TODAY, TextDetectors.defaults(TODAY), findings, new RecordTally(), new PersonIndex());
        analyzer.row(0, cells(table.header(), CellKind.TEXT));
        for (int r = 0; r < table.rows().size(); r++) {
            analyzer.row(r + 1, cells(table.rows().get(r), null));
        }
        analyzer.end();
        return findings.findings();
    }

    private static List<TableCell> cells(List<String> values, CellKind kind) {
        List<TableCell> cells = new ArrayList<>();
        for (int c = 0; c < values.size(); c++) {
            String v = values.get(c);
            CellKind k = kind != null ? kind : v.matches("\\d{4}-\\d{2}-\\d{2}") ? CellKind.DATE : CellKind.TEXT;
            cells.add(new TableCell(c, v, k, Visibility.VISIBLE));
        }
        return cells;
    }

    @Test
    void namesInTablesReachTheTargetAndReportingPeriodsAreNoBirthDates() {
        Score names = new Score(0, 0, 0);
        Score births = new Score(0, 0, 0);
        StringBuilder report = new StringBuilder(String.format("%-16s %5s %5s %5s %7s %7s %7s | %5s %5s %5s%n",
                "table", "TP", "FP", "FN", "P", "R", "F1", "dobTP", "dobFP", "dobFN"));
        for (Table table : tables()) {
            List<Finding> findings = analyze(table);
            Score n = score(table, findings, FindingType.PERSON_NAME, table.nameColumns());
            Score b = score(table, findings, FindingType.DATE_OF_BIRTH, table.birthColumns());
            names = names.plus(n);
            births = births.plus(b);
            report.append(String.format(Locale.ROOT, "%-16s %5d %5d %5d %7.4f %7.4f %7.4f | %5d %5d %5d%n", table.id(), n.tp(), n.fp(), n.fn(),
                    n.precision(), n.recall(), n.f1(), b.tp(), b.fp(), b.fn()));
        }
        report.append(String.format(Locale.ROOT, "%-16s %5d %5d %5d %7.4f %7.4f %7.4f | %5d %5d %5d%n", "total", names.tp(), names.fp(),
                names.fn(), names.precision(), names.recall(), names.f1(), births.tp(), births.fp(), births.fn()));
        System.out.print(report);

        assertThat(names.f1()).as(report.toString()).isGreaterThanOrEqualTo(0.97);
        assertThat(births.fp()).as(report.toString()).isZero();
        assertThat(births.recall()).as(report.toString()).isEqualTo(1.0);
    }

    @Test
    void aFrenchHeaderedListCountsEachPersonWithBirthDateAndNationality() {
        Table french = tables().stream().filter(t -> t.id().equals("fr")).findFirst().orElseThrow();
        FindingCollector findings = new FindingCollector();
        RecordTally tally = new RecordTally();
        PersonIndex persons = new PersonIndex();
        TableAnalyzer analyzer = new TableAnalyzer(new TableSource(Location.of("Feuil1"), Visibility.VISIBLE,
                TableSource.CellReferences.A1, true), TODAY, TextDetectors.defaults(TODAY), findings, tally, persons);
        analyzer.row(0, cells(french.header(), CellKind.TEXT));
        for (int r = 0; r < french.rows().size(); r++) {
            analyzer.row(r + 1, cells(french.rows().get(r), null));
        }
        analyzer.end();

        assertThat(persons.distinct()).isEqualTo(ROWS);
        assertThat(tally.records()).singleElement().satisfies(r -> assertThat(r.categories())
                .contains(org.airlock.detect.Category.NAME, org.airlock.detect.Category.DATE_OF_BIRTH,
                        org.airlock.detect.Category.NATIONALITY));
    }
}
