/** Synthetic test data: fictional people across many origins and scripts, and the leak-shaped and harmless files they appear in. */
package org.airlock.generator;
