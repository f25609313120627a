/**
 * Exact data match: fingerprints of protected datasets. A registry file holds, for each record of
 * a dataset, its id and one keyed hash (HMAC-SHA256, 64 bits) per normalised field value, never
 * the values; scans look the values of each table row and text window up in it and report the
 * records found by id. See docs/fingerprints.md.
 */
package org.airlock.fingerprint;
