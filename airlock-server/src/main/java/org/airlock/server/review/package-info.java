/** Review: comparison with the published release, sign-off and rejection under the four-eyes rule, unmasked evidence for privacy officers. */
package org.airlock.server.review;
