package org.airlock.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A multilingual prose corpus for the text-throughput benchmark: paragraphs of report-like
 * sentences in English, Spanish, French, German, Russian, Persian and Chinese, with numbers,
 * dates and amounts everywhere and a planted identifier (with its cue) in about one paragraph in
 * twenty, as a published report would have. Deterministic from the seed.
 */
public final class TextCorpus {

    private static final String[] SENTENCES = {
        "The committee reviewed the quarterly figures for the northern region and approved the budget.",
        "In 2023 the field office processed 1,204 applications, 14% more than in the previous year.",
        "La oficina regional recibió 356 solicitudes durante el segundo trimestre de 2024.",
        "Le rapport annuel présente les résultats de l'enquête menée auprès de 2 400 ménages.",
        "Der Ausschuss hat den Haushaltsplan für das Jahr 2025 mit 12 Stimmen angenommen.",
        "В отчёте за 2023 год приведены данные по 48 регионам и 1 250 учреждениям.",
        "گزارش سالانه شامل آمار ۱۴۰۲ و مقایسه با سال‌های گذشته است.",
        "本报告汇总了2023年各地区的统计数据，共涉及1250个机构。",
        "Meeting held on 12/03/2024 at 10:30; next review scheduled for Q3.",
        "Total expenditure reached EUR 4.5 million against a ceiling of 5.2 million.",
        "Se publicarán los resultados definitivos en el boletín oficial del 15 de mayo.",
        "Les données sont disponibles sur le portail ouvert sous licence ouverte."};

    private static final String[] PLANTED = {
        "Contact: j.doe{n}@example.org.", "Applicant SSN 524-83-{n4}.", "Alien number A2{n8}.",
        "Tel. +44 20 7946 0{n3}.", "DNI 4{n7}Z del interesado.", "IP 81.2.{n2}.17 logged."};

    private final Random random;

    public TextCorpus(long seed) {
        this.random = new Random(seed);
    }

    /** Paragraphs totalling at least {@code chars} characters, each of 2 to 8 sentences. */
    public List<String> paragraphs(long chars) {
        List<String> out = new ArrayList<>();
        long total = 0;
        while (total < chars) {
            StringBuilder p = new StringBuilder();
            int sentences = 2 + random.nextInt(7);
            for (int i = 0; i < sentences; i++) {
                p.append(i == 0 ? "" : " ").append(SENTENCES[random.nextInt(SENTENCES.length)]);
            }
            if (random.nextInt(20) == 0) {
                p.append(' ').append(PLANTED[random.nextInt(PLANTED.length)]
                        .replace("{n}", Integer.toString(random.nextInt(1000)))
                        .replace("{n2}", Integer.toString(random.nextInt(256)))
                        .replace("{n3}", String.format("%03d", random.nextInt(1000)))
                        .replace("{n4}", String.format("%04d", 1 + random.nextInt(9999)))
                        .replace("{n7}", String.format("%07d", random.nextInt(10_000_000)))
                        .replace("{n8}", String.format("%08d", random.nextInt(50_000_000))));
            }
            out.add(p.toString());
            total += p.length();
        }
        return out;
    }
}
