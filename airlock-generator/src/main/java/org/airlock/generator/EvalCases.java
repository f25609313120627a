package org.airlock.generator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a labelled evaluation set for {@code airlock eval}: short texts in English, Spanish,
 * French, German, Italian, Russian, Persian, Hindi and Chinese with fictional identifiers planted
 * in them (spans labelled with the detector id, in Unicode code points, end exclusive), plus
 * realistic negatives: near-misses of every identifier in the same sentences (a wrong check digit,
 * a reserved range), budget lines, order and invoice numbers, ISBNs, versions, times and amounts,
 * which nothing should be found in. Some positives are written to evade: full-width digits,
 * zero-width spaces inside the value, a Cyrillic А in an A-number.
 */
public final class EvalCases {

    /** Sentences per type and language; {v} is where the value goes. */
    private static final Map<String, String[]> TEMPLATES = Map.ofEntries(
            Map.entry("payment-card", new String[] {"en|Card number {v} was charged twice.", "es|Pagó con la tarjeta de crédito {v} el lunes.",
                "fr|Carte bancaire n° {v} refusée.", "de|Die Kreditkarte {v} wurde gesperrt.", "ru|Номер карты {v} заблокирован.", "zh|信用卡 {v} 已冻结。"}),
            Map.entry("iban", new String[] {"en|Refund to {v} please.", "de|Bitte überweisen Sie auf {v} bis Freitag.", "fr|Virement sur le compte {v} effectué.",
                "es|Cuenta {v} a nombre del solicitante.", "it|Bonifico su {v} eseguito.", "en|{v}"}),
            Map.entry("passport-mrz", new String[] {"en|Scanned page:\n{v}", "fr|Zone de lecture :\n{v}", "es|{v}"}),
            Map.entry("us-ssn", new String[] {"en|Applicant SSN {v} on file.", "en|Social security number: {v}.", "es|Número de seguro social {v}.", "en|{v}"}),
            Map.entry("us-a-number", new String[] {"en|Alien number {v} was released.", "es|Número A {v} en custodia.", "en|Respondent {v}, hearing set.", "fr|{v}"}),
            Map.entry("us-itin", new String[] {"en|ITIN {v} was issued.", "es|Su ITIN es {v}.", "en|Taxpayer id {v}"}),
            Map.entry("us-uscis-receipt", new String[] {"en|Receipt number {v} is pending.", "es|Número de recibo {v} en trámite.", "en|Case {v} transferred."}),
            Map.entry("us-i94", new String[] {"en|I-94 admission number {v} recorded.", "es|Formulario I-94 número {v}", "en|Admission record {v}"}),
            Map.entry("us-drivers-license", new String[] {"en|Driver's license {v} (Texas).", "es|Licencia de conducir {v}", "en|DL# {v}"}),
            Map.entry("uk-nino", new String[] {"en|National Insurance number {v}.", "en|NINO: {v}", "en|Employee {v} started in May."}),
            Map.entry("uk-nhs-number", new String[] {"en|NHS number {v} registered at the practice.", "en|Patient NHS no. {v}"}),
            Map.entry("ca-sin", new String[] {"en|Social insurance number {v}.", "fr|Numéro d'assurance sociale : {v}", "en|SIN {v} on the form."}),
            Map.entry("mx-curp", new String[] {"es|CURP {v} del solicitante.", "es|Clave única {v}", "en|{v} was entered."}),
            Map.entry("es-dni", new String[] {"es|DNI {v} del interesado.", "es|Con documento nacional de identidad {v}.", "es|{v}"}),
            Map.entry("es-nie", new String[] {"es|NIE {v} concedido.", "es|Extranjero con número {v}.", "en|{v}"}),
            Map.entry("it-fiscal-code", new String[] {"it|Codice fiscale {v} del richiedente.", "it|C.F. {v}", "it|{v}"}),
            Map.entry("fr-nir", new String[] {"fr|Numéro de sécurité sociale {v}.", "fr|NIR : {v}", "fr|Assuré {v} affilié."}),
            Map.entry("de-tax-id", new String[] {"de|Steuer-ID {v} liegt vor.", "de|Steueridentifikationsnummer: {v}", "de|Die IdNr {v} wurde geprüft."}),
            Map.entry("in-aadhaar", new String[] {"en|Aadhaar {v} linked.", "hi|आधार संख्या {v} सत्यापित।", "en|{v}"}),
            Map.entry("in-pan", new String[] {"en|PAN {v} verified.", "hi|पैन {v}", "en|{v} filed the return."}),
            Map.entry("cn-resident-id", new String[] {"zh|身份证号 {v}，已登记。", "zh|公民身份号码：{v}", "en|{v}"}),
            Map.entry("ru-inn", new String[] {"ru|ИНН {v} физического лица.", "ru|Налогоплательщик ИНН: {v}", "en|Taxpayer INN {v}."}),
            Map.entry("ru-snils", new String[] {"ru|СНИЛС {v} подтверждён.", "ru|Страховой номер {v}", "ru|{v}"}),
            Map.entry("ir-national-id", new String[] {"fa|کد ملی {v} ثبت شد.", "en|National ID {v} (Iran).", "fa|شماره ملی: {v}"}),
            Map.entry("email-address", new String[] {"en|Write to {v} for details.", "fr|Contact : {v}", "ru|Почта {v}", "de|E-Mail {v}"}),
            Map.entry("phone-number", new String[] {"en|Call {v} after 5pm.", "es|Teléfono {v}", "fr|Tél. {v}", "de|Telefon: {v}",
                "ru|Телефон {v}", "en|Reach the family at {v}."}),
            Map.entry("ip-address", new String[] {"en|Logged in from {v} at night.", "de|IP-Adresse {v}", "en|Client {v} blocked."}),
            Map.entry("gps-coordinates", new String[] {"en|Last seen at {v}.", "es|Coordenadas {v}", "fr|Position GPS : {v}"}),
            Map.entry("swift-bic", new String[] {"en|SWIFT code {v} for the transfer.", "fr|Code BIC : {v}", "de|BIC {v}"}));

    /** Sentences that hold numbers but no personal data. */
    private static final String[] NEGATIVES = {
        "Budget line 4410-220-118 was approved for 2024.", "Order no. 100234567 shipped on 12/03/2024.",
        "Invoice 2024-000173 is due in 30 days.", "Call extension 4471 for the front desk.",
        "ISBN 978-3-16-148410-0 is out of print.", "Release v2.4.1 fixed the import.", "The meeting starts at 12:30:45.",
        "Total: EUR 1.234.567,89 for 14 regions.", "Population 1,204,553 in 2021.", "Reference 123456789012 closed.",
        "Tracking 1Z999AA10123456784 delivered.", "Room 12B, floor 3, building 204.", "Partida presupuestaria 12.04.231B.",
        "Commande n° 2023-118-4471 livrée.", "Rechnung Nr. 40021933 bezahlt.", "Заказ № 1204553 выполнен.",
        "Account code 410-5520-00 (travel).", "Case stage 3 of 5; 27 cases open.", "Grant 2021/1187/EU extended to 2026.",
        "Serial 884-2231-9921 replaced.", "预算编号 20240312001 已批准。", "Cost centre 31000122 (operations).",
        "Page 1 of 12, printed 2024-03-12 09:14.", "Score 98.6500, 12.2500 in the second round."};

    /** {@code value} in the first sentence of {@code type}'s templates (with its cue word where the type needs one). */
    public static String sentence(String type, String value) {
        String template = TEMPLATES.get(type)[0].split("\\|", 2)[1];
        return template.replace("{v}", value);
    }

    private final Random random;
    private final SyntheticIdentifiers ids;
    private final ObjectMapper json = new ObjectMapper();

    public EvalCases(long seed) {
        this.random = new Random(seed);
        this.ids = new SyntheticIdentifiers(random);
    }

    /** Writes {@code positives} planted values and {@code nearMisses} near-misses per type, and the negatives, to {@code file}. */
    public Path write(Path file, int positives, int nearMisses) throws IOException {
        List<ObjectNode> cases = cases(positives, nearMisses);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (ObjectNode c : cases) {
                w.write(json.writeValueAsString(c));
                w.write('\n');
            }
        }
        return file;
    }

    /** The cases, one JSON object each. */
    public List<ObjectNode> cases(int positives, int nearMisses) {
        List<ObjectNode> out = new ArrayList<>();
        for (String type : SyntheticIdentifiers.TYPES) {
            String[] templates = TEMPLATES.get(type);
            for (int i = 0; i < positives; i++) {
                String[] t = templates[i % templates.length].split("\\|", 2);
                String value = ids.valid(type);
                String variant = "";
                if (i % 10 == 9) {
                    String evaded = evade(type, value);
                    if (!evaded.equals(value)) {
                        value = evaded;
                        variant = "-evasion";
                    }
                }
                out.add(planted(type + "-" + i + variant, t[0], t[1], value, type));
            }
            for (int i = 0; i < nearMisses; i++) {
                String[] t = templates[i % templates.length].split("\\|", 2);
                out.add(planted(type + "-near-miss-" + i, t[0], t[1], ids.nearMiss(type), null));
            }
        }
        for (int i = 0; i < 10 * positives; i++) {
            ObjectNode c = json.createObjectNode();
            c.put("id", "random-number-" + i);
            c.put("text", randomNumberLine());
            c.putArray("spans");
            out.add(c);
        }
        for (int i = 0; i < NEGATIVES.length; i++) {
            ObjectNode c = json.createObjectNode();
            c.put("id", "negative-" + i);
            c.put("text", NEGATIVES[i]);
            c.putArray("spans");
            out.add(c);
        }
        return out;
    }

    private static final String[] NUMBER_LINES = {
        "Budget line {n}: 12,400 EUR.", "Order {n} shipped.", "Invoice no. {n} paid.", "Cost centre {n}", "Ref. {n}",
        "Línea presupuestaria {n}", "Commande {n} livrée.", "Auftragsnummer {n}", "Номер заказа {n}", "{n}", "Row {n} | 14 | 3.5%"};

    /**
     * A business number of identifier-like length and shape, random digits, in a business line:
     * some pass a check digit by chance, as real budget and order numbers do.
     */
    private String randomNumberLine() {
        int length = 8 + random.nextInt(12);
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < length; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        String n = digits.toString();
        switch (random.nextInt(3)) {
            case 0 -> {
                StringBuilder grouped = new StringBuilder();
                for (int i = 0; i < n.length(); i += 4) {
                    grouped.append(i == 0 ? "" : random.nextBoolean() ? " " : " ").append(n, i, Math.min(n.length(), i + 4));
                }
                n = grouped.toString();
            }
            case 1 -> n = n.substring(0, 3) + "-" + n.substring(3);
            default -> {
            }
        }
        String line = NUMBER_LINES[random.nextInt(NUMBER_LINES.length)];
        return line.replace("{n}", n);
    }

    private ObjectNode planted(String id, String lang, String template, String value, String type) {
        int at = template.indexOf("{v}");
        String text = template.substring(0, at) + value + template.substring(at + 3);
        ObjectNode c = json.createObjectNode();
        c.put("id", id);
        c.put("lang", lang);
        c.put("text", text);
        ArrayNode spans = c.putArray("spans");
        if (type != null) {
            int start = text.codePointCount(0, at);
            ObjectNode s = spans.addObject();
            s.put("type", type);
            s.put("start", start);
            s.put("end", start + value.codePointCount(0, value.length()));
        }
        return c;
    }

    /** The value written to slip past a naive scanner: full-width digits, a zero-width space, a Cyrillic А. */
    private String evade(String type, String value) {
        if (type.equals("us-a-number")) {
            return "\u0410" + value.substring(1);
        }
        if (type.equals("email-address") || type.equals("passport-mrz") || type.equals("gps-coordinates") || type.equals("ip-address")) {
            return value;
        }
        StringBuilder b = new StringBuilder();
        boolean fullWidth = random.nextBoolean();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (fullWidth && c >= '0' && c <= '9') {
                b.append((char) (c - '0' + 0xFF10));
            } else {
                b.append(c);
                if (!fullWidth && i == 2) {
                    b.append('\u200B');
                }
            }
        }
        return b.toString();
    }
}
