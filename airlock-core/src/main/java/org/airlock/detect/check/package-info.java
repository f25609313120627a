/**
 * Check-digit and structure validators for identifiers (Luhn, ISO 7064, Verhoeff, ICAO 9303 and
 * the national schemes), each written from the published algorithm: they are a few lines each and
 * no maintained Java library covers this set (commons-validator has Luhn, IBAN and ISBN only).
 */
package org.airlock.detect.check;
