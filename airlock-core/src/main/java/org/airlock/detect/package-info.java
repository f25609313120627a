/** Detectors: small, independent recognisers of one kind of personal data each, and their vocabulary. */
package org.airlock.detect;
