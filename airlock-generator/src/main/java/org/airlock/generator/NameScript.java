package org.airlock.generator;

/**
 * The writing system a generated name is spelled in. Most generated names are Latin-script
 * transliterations, as immigration records usually hold; a minority keep their native script so
 * that detectors are exercised on non-Latin text too.
 */
public enum NameScript {
    LATIN,
    CYRILLIC,
    ARABIC,
    HAN
}
