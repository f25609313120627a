package org.airlock.generator;

/** A generated given name and family name, and the script both are written in. */
record PersonName(String given, String family, NameScript script) {
}
