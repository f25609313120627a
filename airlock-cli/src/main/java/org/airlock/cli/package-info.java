/** The airlock command line (picocli): scan, generate, bench, demo. */
package org.airlock.cli;
