package org.airlock.detect.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Published worked examples of each scheme (specimens and examples from the issuers' own
 * documentation: nobody's identifiers), and the same with one character changed.
 */
class ValidatorsTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "luhn, 4111111111111111, true", "luhn, 4111111111111112, false", "luhn, 79927398713, true", "luhn, 79927398710, false",
        "iban, GB82WEST12345698765432, true", "iban, GB82WEST12345698765433, false", "iban, DE89370400440532013000, true",
        "iban, DE89370400440532013001, false", "iban, GB82WEST1234569876543, false", "iban, XX82WEST12345698765432, false",
        "verhoeff, 2363, true", "verhoeff, 2364, false", "verhoeff, 234123412346, true", "verhoeff, 234123412347, false",
        "iso7064-mod11-2, 11010519491231002X, true", "iso7064-mod11-2, 110105194912310021, false",
        "cn-resident-id, 11010519491231002X, true", "cn-resident-id, 11010519491331002X, false",
        "nhs-mod11, 9434765919, true", "nhs-mod11, 9434765918, false", "nhs-mod11, 4010232137, true", "nhs-mod11, 4010232138, false",
        "es-dni, 12345678Z, true", "es-dni, 12345678A, false", "es-dni, X1234567L, true", "es-dni, X1234567M, false",
        "it-fiscal-code, RSSMRA85T10A562S, true", "it-fiscal-code, RSSMRA85T10A562T, false",
        "mx-curp, BOXW310820HNERXN09, true", "mx-curp, BOXW310820HNERXN08, false",
        "fr-nir, 255081416802538, true", "fr-nir, 255081416802539, false", "fr-nir, 269054958815780, true",
        "de-tax-id, 86095742719, true", "de-tax-id, 86095742718, false", "de-tax-id, 11111111111, false", "de-tax-id, 01234567890, false",
        "ru-inn, 500100732259, true", "ru-inn, 500100732258, false", "ru-inn, 7707083893, true", "ru-inn, 7707083894, false",
        "ru-snils, 11223344595, true", "ru-snils, 11223344596, false",
        "ir-national-id, 0499370899, true", "ir-national-id, 0499370898, false", "ir-national-id, 1111111111, false",
        "ca-sin, 046454286, false", "ca-sin, 130692544, true", "ca-sin, 130692545, false", "ca-sin, 830692542, false",
        "icao9303-td3, L898902C36UTO7408122F1204159ZE184226B<<<<<10, true",
        "icao9303-td3, L898902C36UTO7408122F1204159ZE184226B<<<<<11, false",
        "icao9303-td3, L898902C37UTO7408122F1204159ZE184226B<<<<<10, false",
    })
    void checksPublishedExamples(String validator, String value, boolean valid) {
        assertThat(Validators.byName(validator)).as(validator).isNotNull();
        assertThat(Validators.byName(validator).valid(value)).isEqualTo(valid);
    }
}
