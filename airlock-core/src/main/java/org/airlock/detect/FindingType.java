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
    FINANCIAL_ACCOUNT("financial-account", Category.FINANCIAL, false),
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
}
