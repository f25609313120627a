package org.airlock.detect;

/**
 * The kinds of personal data a report names. A finding belongs to exactly one category; the
 * policy and the reasons speak in categories, not in detector ids.
 */
public enum Category {
    NAME("names"),
    DATE_OF_BIRTH("dates of birth"),
    NATIONALITY("nationality or citizenship"),
    NATIONAL_ID("national or immigration identifiers"),
    PASSPORT("passport numbers"),
    IMMIGRATION_STATUS("immigration or asylum status"),
    LOCATION("addresses or detention locations"),
    CONTACT("contact details"),
    FINANCIAL("financial account details"),
    HEALTH("health information"),
    CRIMINAL_RECORD("criminal records or offences"),
    RELIGION("religious or philosophical beliefs"),
    ETHNICITY("racial or ethnic origin"),
    SEXUAL_ORIENTATION("sex life or sexual orientation"),
    BIOMETRIC("biometric data"),
    /** Records of a registered protected dataset, found by exact data match (docs/fingerprints.md). */
    PROTECTED_RECORD("records of a registered protected dataset");

    private final String plainName;

    Category(String plainName) {
        this.plainName = plainName;
    }

    /** The category as a reader would say it, for reasons ("dates of birth"). */
    public String plainName() {
        return plainName;
    }
}
