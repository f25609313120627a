package org.airlock.detect.check;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The validators by name, as custom detectors in a policy name them ({@code validator: luhn}).
 * Values reach a validator stripped of spaces, hyphens and dots and upper-cased.
 */
public final class Validators {

    private static final Map<String, Validator> BY_NAME = new LinkedHashMap<>();

    static {
        BY_NAME.put("luhn", Luhn::valid);
        BY_NAME.put("iban", Iban::valid);
        BY_NAME.put("verhoeff", Verhoeff::valid);
        BY_NAME.put("iso7064-mod11-2", Iso7064::mod11_2);
        BY_NAME.put("iso7064-mod11-10", Iso7064::mod11_10);
        BY_NAME.put("nhs-mod11", WeightedSums::nhs);
        BY_NAME.put("ir-national-id", WeightedSums::iranNationalId);
        BY_NAME.put("ru-inn", WeightedSums::russianInn);
        BY_NAME.put("ru-snils", WeightedSums::snils);
        BY_NAME.put("es-dni", v -> CheckCharacters.spanishDni(v) || CheckCharacters.spanishNie(v));
        BY_NAME.put("it-fiscal-code", CheckCharacters::italianFiscalCode);
        BY_NAME.put("mx-curp", CheckCharacters::mexicanCurp);
        BY_NAME.put("fr-nir", CheckCharacters::frenchNir);
        BY_NAME.put("de-tax-id", CheckCharacters::germanTaxId);
        BY_NAME.put("cn-resident-id", CheckCharacters::chineseResidentId);
        BY_NAME.put("ca-sin", CheckCharacters::canadianSin);
        BY_NAME.put("icao9303-td3", Icao9303::validTd3Line2);
    }

    private Validators() {
    }

    /** The validator called {@code name}, or null. */
    public static Validator byName(String name) {
        return BY_NAME.get(name);
    }

    public static Set<String> names() {
        return BY_NAME.keySet();
    }
}
