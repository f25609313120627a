package org.airlock.detect;

/**
 * What a detector found. Each type has a stable kebab-case id (used in reports, policies and
 * SARIF rule ids), a category, and whether it identifies a person on its own.
 */
public enum FindingType {
    PERSON_NAME("person-name", Category.NAME, true),
    DATE_OF_BIRTH("date-of-birth", Category.DATE_OF_BIRTH, false),
    NATIONALITY("nationality", Category.NATIONALITY, false),
    US_A_NUMBER("us-a-number", Category.NATIONAL_ID, true),
    US_SSN("us-ssn", Category.NATIONAL_ID, true),
    PASSPORT_NUMBER("passport-number", Category.PASSPORT, true),
    EMAIL_ADDRESS("email-address", Category.CONTACT, true),
    PHONE_NUMBER("phone-number", Category.CONTACT, false),
    IMMIGRATION_STATUS("immigration-status", Category.IMMIGRATION_STATUS, false),
    DETENTION_FACILITY("detention-facility", Category.LOCATION, false),
    POSTAL_ADDRESS("postal-address", Category.LOCATION, false),
    HEALTH_INFORMATION("health-information", Category.HEALTH, false),
    CRIMINAL_RECORD("criminal-record", Category.CRIMINAL_RECORD, false),
    RELIGION("religion", Category.RELIGION, false),
    ETHNICITY("ethnicity", Category.ETHNICITY, false),
    SEXUAL_ORIENTATION("sexual-orientation", Category.SEXUAL_ORIENTATION, false),
    BIOMETRIC_DATA("biometric-data", Category.BIOMETRIC, false),
    FINANCIAL_ACCOUNT("financial-account", Category.FINANCIAL, false),
    PAYMENT_CARD("payment-card", Category.FINANCIAL, false),
    IBAN("iban", Category.FINANCIAL, false),
    SWIFT_BIC("swift-bic", Category.FINANCIAL, false),
    IP_ADDRESS("ip-address", Category.CONTACT, false),
    GPS_COORDINATES("gps-coordinates", Category.LOCATION, false),
    PASSPORT_MRZ("passport-mrz", Category.PASSPORT, true),
    US_ITIN("us-itin", Category.NATIONAL_ID, true),
    US_DRIVERS_LICENSE("us-drivers-license", Category.NATIONAL_ID, true),
    US_USCIS_RECEIPT("us-uscis-receipt", Category.NATIONAL_ID, true),
    US_I94("us-i94", Category.NATIONAL_ID, true),
    UK_NINO("uk-nino", Category.NATIONAL_ID, true),
    UK_NHS_NUMBER("uk-nhs-number", Category.NATIONAL_ID, true),
    CA_SIN("ca-sin", Category.NATIONAL_ID, true),
    MX_CURP("mx-curp", Category.NATIONAL_ID, true),
    ES_DNI("es-dni", Category.NATIONAL_ID, true),
    ES_NIE("es-nie", Category.NATIONAL_ID, true),
    IT_FISCAL_CODE("it-fiscal-code", Category.NATIONAL_ID, true),
    FR_NIR("fr-nir", Category.NATIONAL_ID, true),
    DE_TAX_ID("de-tax-id", Category.NATIONAL_ID, true),
    IN_AADHAAR("in-aadhaar", Category.NATIONAL_ID, true),
    IN_PAN("in-pan", Category.NATIONAL_ID, true),
    CN_RESIDENT_ID("cn-resident-id", Category.NATIONAL_ID, true),
    RU_INN("ru-inn", Category.NATIONAL_ID, true),
    RU_SNILS("ru-snils", Category.NATIONAL_ID, true),
    IR_NATIONAL_ID("ir-national-id", Category.NATIONAL_ID, true),
    /** What a custom detector from a policy reports when it names no other type. */
    CUSTOM_IDENTIFIER("custom-identifier", Category.NATIONAL_ID, true),
    /** Records of a fingerprint registry found by exact data match; see docs/fingerprints.md. */
    FINGERPRINT_MATCH("fingerprint-match", Category.PROTECTED_RECORD, true);

    private final String id;
    private final Category category;
    private final boolean directIdentifier;

    FindingType(String id, Category category, boolean directIdentifier) {
        this.id = id;
        this.category = category;
        this.directIdentifier = directIdentifier;
    }

    /** Stable kebab-case id, e.g. {@code us-a-number}. */
    public String id() {
        return id;
    }

    public Category category() {
        return category;
    }

    /**
     * True when a value of this type points at one person by itself (a name, an A-number, an
     * e-mail address); such a value plus any other attribute makes a person record.
     */
    public boolean directIdentifier() {
        return directIdentifier;
    }

    /** Whether this type is an identifier that matters even outside a person record. */
    public boolean standaloneIdentifier() {
        return category == Category.NATIONAL_ID || category == Category.PASSPORT;
    }

    /** The type with this id, or null. */
    public static FindingType byId(String id) {
        for (FindingType t : values()) {
            if (t.id.equals(id)) {
                return t;
            }
        }
        return null;
    }
}
