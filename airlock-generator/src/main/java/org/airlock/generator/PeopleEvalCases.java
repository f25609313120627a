package org.airlock.generator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

/**
 * A labelled evaluation set about people for {@code airlock eval}: names in Latin, Cyrillic,
 * Perso-Arabic and Han script with dates of birth and nationalities in case-note sentences (English,
 * French, Spanish, Russian, Persian, Chinese), officials named in press-release sentences (names,
 * nothing else), and harmless statistics prose full of other dates (reporting periods, publication
 * dates, fiscal years, book-in dates), place and organisation names, which nothing should be found
 * in. Labels are {@code person-name}, {@code date-of-birth} and {@code nationality} spans in code
 * points, end exclusive.
 *
 * <p>The names come from the same sources as the detector's dictionaries, so the cases are split by
 * whether every word of the name is in the shipped dictionary ({@code inDictionary}, given by the
 * caller, which can see the detector's lists): the dictionaries leave a fifth of the names out on
 * purpose, and names that only the generator spells (its own transliterations) are out too. Recall
 * on the out-of-dictionary file is the honest figure for unseen names.
 */
public final class PeopleEvalCases {

    /** ISO codes of the generator's origins, for country names in other languages. */
    private static final Map<Origin, String> ISO = Map.ofEntries(
            Map.entry(Origin.MEXICO, "MX"), Map.entry(Origin.GUATEMALA, "GT"), Map.entry(Origin.HONDURAS, "HN"),
            Map.entry(Origin.EL_SALVADOR, "SV"), Map.entry(Origin.CUBA, "CU"), Map.entry(Origin.VENEZUELA, "VE"),
            Map.entry(Origin.COLOMBIA, "CO"), Map.entry(Origin.NICARAGUA, "NI"), Map.entry(Origin.ECUADOR, "EC"),
            Map.entry(Origin.HAITI, "HT"), Map.entry(Origin.BRAZIL, "BR"), Map.entry(Origin.INDIA, "IN"),
            Map.entry(Origin.IRAN, "IR"), Map.entry(Origin.RUSSIA, "RU"), Map.entry(Origin.CHINA, "CN"),
            Map.entry(Origin.AFGHANISTAN, "AF"), Map.entry(Origin.UKRAINE, "UA"), Map.entry(Origin.ROMANIA, "RO"),
            Map.entry(Origin.NIGERIA, "NG"), Map.entry(Origin.VIETNAM, "VN"));

    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.ROOT);
    private static final DateTimeFormatter EU = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);
    private static final DateTimeFormatter DOTS = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT);
    private static final DateTimeFormatter LONG_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_FR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter LONG_ES = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", Locale.forLanguageTag("es"));
    private static final DateTimeFormatter CJK = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.ROOT);

    /** Officials' roles in press releases, before or after the name. */
    private static final String[][] PRESS = {
        {"en", "Minister for Home Affairs {name} said today that the new centre would open in the spring."},
        {"en", "Committee chair {name} welcomed the report published on {date}."},
        {"en", "\u201cThese figures show real progress,\u201d said {name}, spokesperson for the department."},
        {"en", "The Secretary of State, {name}, visited Manchester and Leeds on {date}."},
        {"en", "For media enquiries contact {name}, press officer, at the Home Office press desk."},
        {"en", "{name}, Director of Migration Statistics, presented the quarterly release."},
        {"en", "Senator {name} asked the Department of Justice to publish the figures by {date}."},
        {"en", "Speaking in Parliament, {name} thanked staff at Heathrow and Gatwick."},
        {"fr", "La ministre {name} a présenté le rapport annuel le {date}."},
        {"es", "El portavoz {name} declaró que las cifras se publicarán el {date}."},
    };

    /** Sentences with no personal data: dates of every other kind, places, organisations, headings. */
    private static final String[] HARMLESS = {
        "In the reporting period ending {date}, 1,204 applications were received.",
        "Figures published on {date} cover the financial year 2023 to 2024.",
        "As of {date}, 312 people were held at facilities in Texas and Arizona.",
        "Births registered in the period ending {date} rose by 4%.",
        "The Birth Statistics release, published {date}, shows a fall of 2.1%.",
        "Date of publication: {date}. Next update: {date2}.",
        "The quarter ended {date}; fiscal year 2024 closes on {date2}.",
        "Book-in date {date} and release date {date2} are recorded for each stay.",
        "Period covered: {date} to {date2}.",
        "The consultation closed on {date} and responses were published on {date2}.",
        "New York, Los Angeles and San Diego reported increases in {month}.",
        "The Red Cross and Mercy Corps delivered aid to Port-au-Prince and Cap-Haïtien.",
        "Passenger numbers at Victoria Station and Kings Cross rose in {month}.",
        "Grace Under Pressure: Annual Report on Migration Statistics 2024",
        "The Home Office and the Ministry of Justice published new guidance in {month}.",
        "Microsoft Excel and Google Sheets files are accepted by the Open Data Portal.",
        "Jordan, Lebanon and Turkey host most of the refugees from Syria.",
        "Table 3: Asylum Applications by Nationality and Quarter, Year Ending {date}",
        "Will the Prime Minister answer the question? May brought warm weather to Paris.",
        "The Santa Ana winds and the Rio Grande Valley flooding delayed transfers in {month}.",
        "Key Findings and Methodology Notes for Users of Immigration Statistics",
        "Au {date_fr}, 1 204 demandes avaient été enregistrées en Île-de-France.",
        "Période de référence : du {date} au {date2}. Publié le {date_fr}.",
        "Período de referencia: enero a marzo de 2024; publicado el {date_es}.",
        "По состоянию на {date_ru} рассмотрено 1204 заявления в Москве и Санкт-Петербурге.",
        "截至{date_cjk}，共收到1204份申请，北京和上海占一半。",
        "گزارش دوره منتهی به {date_iso} در تهران منتشر شد.",
        "The Lincoln Memorial and the Washington Monument reopened on {date}.",
        "Officers from Merseyside Police and Greater Manchester Police attended.",
        "Sales of Apple iPhone and Samsung Galaxy devices rose in {month}.",
    };

    private final long seed;
    private final Predicate<String> inDictionary;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param inDictionary whether one word of a name is in the detector's shipped dictionaries
     */
    public PeopleEvalCases(long seed, Predicate<String> inDictionary) {
        this.seed = seed;
        this.inDictionary = inDictionary;
    }

    /** The three files written by {@link #write}. */
    public record Files3(Path all, Path inDictionary, Path outOfDictionary) {
    }

    /**
     * Writes {@code people-cases.jsonl} (every case), {@code people-in-dictionary.jsonl} and
     * {@code people-out-of-dictionary.jsonl} (the cases with a name, split by the dictionary) to
     * {@code dir}; {@code perTemplate} cases per person template.
     */
    public Files3 write(Path dir, int perTemplate) throws IOException {
        List<ObjectNode> all = cases(perTemplate);
        List<ObjectNode> in = new ArrayList<>();
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode c : all) {
            if (c.has("names")) {
                (c.get("names").asText().equals("in-dictionary") ? in : out).add(c);
            }
        }
        Path allFile = dir.resolve("people-cases.jsonl");
        Path inFile = dir.resolve("people-in-dictionary.jsonl");
        Path outFile = dir.resolve("people-out-of-dictionary.jsonl");
        writeLines(allFile, all);
        writeLines(inFile, in);
        writeLines(outFile, out);
        return new Files3(allFile, inFile, outFile);
    }

    private void writeLines(Path file, List<ObjectNode> cases) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (ObjectNode c : cases) {
                w.write(json.writeValueAsString(c));
                w.write('\n');
            }
        }
    }

    /** The cases, one JSON object each; those with a name carry {@code "names": "in-dictionary" | "out-of-dictionary"}. */
    public List<ObjectNode> cases(int perTemplate) {
        Random random = new Random(seed);
        LocaleFakers fakers = new LocaleFakers(random);
        List<ObjectNode> out = new ArrayList<>();
        NameStyle[] latin = {NameStyle.SPANISH_MX, NameStyle.SPANISH, NameStyle.BRAZILIAN, NameStyle.FRENCH, NameStyle.INDIAN,
            NameStyle.NIGERIAN, NameStyle.VIETNAMESE, NameStyle.RUSSIAN_LATIN, NameStyle.UKRAINIAN_LATIN,
            NameStyle.IRANIAN_LATIN, NameStyle.AFGHAN_LATIN, NameStyle.CHINESE_LATIN, NameStyle.ROMANIAN_LATIN};
        Origin[] latinOrigins = {Origin.MEXICO, Origin.CUBA, Origin.BRAZIL, Origin.HAITI, Origin.INDIA, Origin.NIGERIA,
            Origin.VIETNAM, Origin.RUSSIA, Origin.UKRAINE, Origin.IRAN, Origin.AFGHANISTAN, Origin.CHINA, Origin.ROMANIA};
        for (int i = 0; i < perTemplate; i++) {
            int pick = random.nextInt(latin.length);
            caseNote(out, "en-cued-" + i, latin[pick], latinOrigins[pick], fakers, random, 0);
            pick = random.nextInt(latin.length);
            caseNote(out, "en-uncued-" + i, latin[pick], latinOrigins[pick], fakers, random, 1);
            pick = random.nextInt(latin.length);
            caseNote(out, "en-family-first-" + i, latin[pick], latinOrigins[pick], fakers, random, 2);
            pick = random.nextInt(latin.length);
            caseNote(out, "en-bracket-" + i, latin[pick], latinOrigins[pick], fakers, random, 3);
            caseNote(out, "fr-" + i, NameStyle.FRENCH, Origin.HAITI, fakers, random, 4);
            caseNote(out, "es-" + i, random.nextBoolean() ? NameStyle.SPANISH_MX : NameStyle.SPANISH,
                    random.nextBoolean() ? Origin.GUATEMALA : Origin.HONDURAS, fakers, random, 5);
            caseNote(out, "ru-" + i, random.nextBoolean() ? NameStyle.RUSSIAN_CYRILLIC : NameStyle.UKRAINIAN_CYRILLIC,
                    Origin.RUSSIA, fakers, random, 6);
            caseNote(out, "fa-" + i, NameStyle.PERSIAN_SCRIPT, random.nextBoolean() ? Origin.IRAN : Origin.AFGHANISTAN, fakers, random, 7);
            caseNote(out, "zh-" + i, NameStyle.CHINESE_HAN, Origin.CHINA, fakers, random, 8);
        }
        for (int i = 0; i < perTemplate * 2; i++) {
            String[] template = PRESS[i % PRESS.length];
            NameStyle style = template[0].equals("fr") ? NameStyle.FRENCH : template[0].equals("es") ? NameStyle.SPANISH
                    : i % 3 == 0 ? latin[random.nextInt(latin.length)] : NameStyle.OFFICIAL_EN;
            PersonName name = style.draw(fakers, random.nextBoolean());
            Builder b = new Builder();
            String text = template[1];
            int at = text.indexOf("{name}");
            b.text(fill(text.substring(0, at), random));
            String written = name.given() + " " + name.family();
            b.span("person-name", written);
            b.text(fill(text.substring(at + "{name}".length()), random));
            out.add(b.build("press-" + template[0] + "-" + i, template[0], names(name)));
        }
        for (int i = 0; i < perTemplate * 3; i++) {
            String template = HARMLESS[i % HARMLESS.length];
            Builder b = new Builder();
            b.text(fill(template, random));
            out.add(b.build("harmless-" + i, "mixed", null));
        }
        return out;
    }

    /**
     * One case-note sentence about a person: the name, a date of birth and a nationality, plus
     * another date (book-in) that is not a birth date.
     */
    private void caseNote(List<ObjectNode> out, String id, NameStyle style, Origin origin, LocaleFakers fakers, Random random, int form) {
        boolean male = random.nextBoolean();
        PersonName name = style.draw(fakers, male);
        LocalDate dob = PeopleGenerator.dateBetween(random, LocalDate.of(1950, 1, 1), LocalDate.of(2006, 12, 31));
        LocalDate bookIn = PeopleGenerator.dateBetween(random, LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31));
        String iso = ISO.get(origin);
        Builder b = new Builder();
        switch (form) {
            case 0 -> {
                b.text("Detainee ").span("person-name", name.given() + " " + name.family().toUpperCase(Locale.ROOT))
                        .text(", DOB ").span("date-of-birth", US.format(dob)).text(", nationality ")
                        .span("nationality", origin.country).text(", was transferred on " + US.format(bookIn) + ".");
            }
            case 1 -> {
                b.span("person-name", name.given() + " " + name.family()).text(", born ").span("date-of-birth", LONG_EN.format(dob))
                        .text(", a national of ").span("nationality", origin.titleCase()).text(", arrived on " + LONG_EN.format(bookIn) + ".");
            }
            case 2 -> {
                b.text("Case list: ").span("person-name", name.family().toUpperCase(Locale.ROOT) + ", " + name.given())
                        .text(" - date of birth ").span("date-of-birth", EU.format(dob)).text("; book-in " + EU.format(bookIn) + ".");
            }
            case 3 -> {
                b.text("The file of ").span("person-name", name.given() + " " + name.family()).text(" (date of birth ")
                        .span("date-of-birth", dob.toString()).text(") was reviewed on " + bookIn + ".");
            }
            case 4 -> {
                boolean female = !male;
                b.span("person-name", name.given() + " " + name.family()).text(female ? ", née le " : ", né le ")
                        .span("date-of-birth", LONG_FR.format(dob)).text(", nationalité ")
                        .span("nationality", country(iso, "fr")).text(", placé" + (female ? "e" : "") + " en rétention le "
                                + LONG_FR.format(bookIn) + ".");
            }
            case 5 -> {
                b.span("person-name", name.given() + " " + name.family()).text(male ? ", nacido el " : ", nacida el ")
                        .span("date-of-birth", LONG_ES.format(dob)).text(", nacionalidad ")
                        .span("nationality", country(iso, "es")).text(", ingresó el " + EU.format(bookIn) + ".");
            }
            case 6 -> {
                String written = random.nextBoolean() ? name.family() + " " + name.given() : name.given() + " " + name.family();
                b.span("person-name", written).text(", дата рождения ").span("date-of-birth", DOTS.format(dob))
                        .text(", гражданство: ").span("nationality", country(iso, "ru")).text(", прибыл " + DOTS.format(bookIn) + ".");
            }
            case 7 -> {
                b.span("person-name", name.given() + " " + name.family()).text("، تاریخ تولد ").span("date-of-birth", dob.toString())
                        .text("، ملیت: ").span("nationality", country(iso, "fa")).text("، تاریخ ورود " + bookIn);
            }
            default -> {
                b.span("person-name", name.family() + name.given()).text("，出生日期").span("date-of-birth", CJK.format(dob))
                        .text("，国籍：").span("nationality", country(iso, "zh")).text("，入境日期" + CJK.format(bookIn) + "。");
            }
        }
        out.add(b.build(id, id.substring(0, 2), names(name)));
    }

    private static String country(String iso, String language) {
        return Locale.of("", iso).getDisplayCountry(Locale.forLanguageTag(language));
    }

    /** Whether every word of the name is in the detector's dictionaries. */
    private String names(PersonName name) {
        String all = name.script() == NameScript.HAN ? name.family() + " " + name.given() : name.given() + " " + name.family();
        for (String word : all.split("[ ]+")) {
            if (!word.isEmpty() && !PARTICLE_WORDS.contains(word.toLowerCase(Locale.ROOT)) && !inDictionary.test(word)) {
                return "out-of-dictionary";
            }
        }
        return "in-dictionary";
    }

    private static final java.util.Set<String> PARTICLE_WORDS = java.util.Set.of("de", "del", "la", "las", "los", "da",
            "das", "do", "dos", "di", "du", "van", "von", "der", "den", "le", "y", "e", "bin", "ibn", "al", "el");

    private static String fill(String template, Random random) {
        LocalDate date = PeopleGenerator.dateBetween(random, LocalDate.of(2019, 1, 1), LocalDate.of(2025, 12, 31));
        LocalDate date2 = date.plusDays(30 + random.nextInt(200));
        DateTimeFormatter f = random.nextBoolean() ? EU : LONG_EN;
        return template.replace("{date2}", f.format(date2)).replace("{date}", f.format(date))
                .replace("{date_fr}", LONG_FR.format(date)).replace("{date_es}", LONG_ES.format(date))
                .replace("{date_ru}", DOTS.format(date)).replace("{date_cjk}", CJK.format(date))
                .replace("{date_iso}", date.toString())
                .replace("{month}", date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH));
    }

    /** Appends text and labelled spans, counting code points. */
    private final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final ArrayNode spans = json.createArrayNode();

        Builder text(String s) {
            text.append(s);
            return this;
        }

        Builder span(String type, String value) {
            int start = text.codePointCount(0, text.length());
            text.append(value);
            ObjectNode s = spans.addObject();
            s.put("type", type);
            s.put("start", start);
            s.put("end", start + value.codePointCount(0, value.length()));
            return this;
        }

        ObjectNode build(String id, String lang, String names) {
            ObjectNode c = json.createObjectNode();
            c.put("id", id);
            c.put("lang", lang);
            if (names != null) {
                c.put("names", names);
            }
            c.put("text", text.toString());
            c.set("spans", spans);
            return c;
        }
    }
}
