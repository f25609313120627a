#!/usr/bin/env python3
"""Builds the name dictionaries shipped in airlock-core (org/airlock/detect/names/).

Sources (see the NOTICE next to the lists): the locale YAML files inside the datafaker jar
(Apache-2.0) and the transliterated name lists of the project's own generator
(airlock-generator TransliteratedNames.java, written for this project).

One name in five is held out on purpose (CRC-32 of the folded name, modulo 5, equals 0): those
names are NOT written to the lists, so the evaluation set, whose generator draws from the same
sources, can report recall on names the dictionaries have never seen. The generator applies the
same rule (org.airlock.generator.HeldOutNames) to label its cases.

Usage: scripts/names/build-name-lists.py [path/to/datafaker-2.7.0.jar]   (needs PyYAML)
"""
import os
import re
import sys
import unicodedata
import zipfile
import zlib

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "airlock-core/src/main/resources/org/airlock/detect/names")
JAR = sys.argv[1] if len(sys.argv) > 1 else os.path.expanduser(
    "~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar")

# datafaker locale file -> origin label. Locales with thousands of rare given names that are also
# common words (nl, hu) are left out: they cost false positives in English prose for little gain.
LOCALES = {
    "en/name.yml": "English", "en-GB.yml": "English", "en-US.yml": "English", "en-AU.yml": "English",
    "en-IN.yml": "South Asian", "en-PAK.yml": "South Asian", "en-NEP.yml": "South Asian",
    "en-NG.yml": "West African", "en-UG.yml": "East African", "en-ZA.yml": "Southern African",
    "es.yml": "Spanish", "es-AR.yml": "Spanish", "es-PY.yml": "Spanish", "es-MX.yml": "Mexican and Central American",
    "pt-BR.yml": "Portuguese", "pt.yml": "Portuguese", "fr.yml": "French", "fr-CA.yml": "French",
    "de.yml": "German", "it.yml": "Italian", "pl.yml": "Polish", "tr.yml": "Turkish", "ro-MD.yml": "Romanian",
    "ru.yml": "Russian", "uk.yml": "Ukrainian", "be.yml": "Belarusian", "bg.yml": "Bulgarian", "uz.yml": "Uzbek",
    "fa.yml": "Persian", "ar.yml": "Arabic", "he.yml": "Hebrew", "hy.yml": "Armenian", "el-GR.yml": "Greek",
    "zh-CN.yml": "Chinese", "zh-TW.yml": "Chinese", "ja.yml": "Japanese", "ko.yml": "Korean",
    "vi.yml": "Vietnamese", "id.yml": "Indonesian",
}
GIVEN_KEYS = ("first_name", "male_first_name", "female_first_name", "man_first_name", "woman_first_name",
              "malay_male_first_name", "malay_female_first_name", "chinese_male_first_name", "chinese_female_first_name")
FAMILY_KEYS = ("last_name", "male_last_name", "female_last_name", "man_last_name", "woman_last_name",
               "chinese_male_last_name")
# Lists of the generator's TransliteratedNames: constant name -> origin label.
TRANSLITERATED = {"IRANIAN": "Persian", "AFGHAN": "Afghan", "CHINESE": "Chinese", "ROMANIAN": "Romanian"}
PARTICLES = {"de", "del", "la", "las", "los", "da", "das", "do", "dos", "di", "du", "van", "von", "der", "den",
             "le", "y", "e", "bin", "ibn", "bint", "al", "el", "ben", "ter", "zu"}


def fold(name):
    """Lower case, accents and other combining marks removed, joiners dropped (as HeldOutNames folds)."""
    decomposed = unicodedata.normalize("NFKD", name)
    kept = "".join(c for c in decomposed if unicodedata.category(c) not in ("Mn", "Me", "Mc", "Cf"))
    return " ".join(kept.lower().split())


def held_out(name):
    return zlib.crc32(fold(name).encode("utf-8")) % 5 == 0


def find_name_section(node):
    if isinstance(node, dict):
        if "name" in node and isinstance(node["name"], dict):
            return node["name"]
        for value in node.values():
            found = find_name_section(value)
            if found is not None:
                return found
    return None


def clean(value):
    value = value.replace("\u200c", " ").strip()
    if not value or "#{" in value or any(ch.isdigit() for ch in value):
        return None
    return value


def is_wide(ch):
    """Han, kana and Hangul: one character can be a whole family name."""
    return "\u1100" <= ch <= "\u11ff" or "\u2e80" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af"


def add(table, name, origin):
    for token in name.split():
        token = token.strip("()[]،,.")
        if token.lower() in PARTICLES or not token:
            continue
        if not all(ch.isalpha() or ch in "-'\u2019" or unicodedata.category(ch).startswith("M") for ch in token):
            continue
        if len(token) < 2 and not is_wide(token[0]):
            continue
        table.setdefault(token, set()).add(origin)


def main():
    given, family = {}, {}
    with zipfile.ZipFile(JAR) as jar:
        for path, origin in LOCALES.items():
            section = find_name_section(yaml.safe_load(jar.read(path)))
            if section is None:
                continue
            given_keys, family_keys = GIVEN_KEYS, FAMILY_KEYS
            if path == "vi.yml":  # datafaker's Vietnamese lists family names under first_name
                given_keys, family_keys = FAMILY_KEYS, GIVEN_KEYS
            for keys, table in ((given_keys, given), (family_keys, family)):
                for key in keys:
                    for value in section.get(key) or []:
                        if isinstance(value, str) and clean(value):
                            add(table, clean(value), origin)
    source = open(os.path.join(ROOT, "airlock-generator/src/main/java/org/airlock/generator/TransliteratedNames.java"),
                  encoding="utf-8").read()
    for constant, origin in TRANSLITERATED.items():
        block = re.search(r"static final TransliteratedNames " + constant + r" = new TransliteratedNames\((.*?)\);",
                          source, re.S).group(1)
        lists = re.findall(r"List\.of\((.*?)\)", block, re.S)
        for index, text in enumerate(lists):
            for value in re.findall(r'"([^"]+)"', text):
                add(given if index < 2 else family, value, origin + " (Latin)")
    os.makedirs(OUT, exist_ok=True)
    for file_name, table in (("given-names.tsv", given), ("family-names.tsv", family)):
        kept = {name: origins for name, origins in table.items() if not held_out(name)}
        with open(os.path.join(OUT, file_name), "w", encoding="utf-8", newline="\n") as out:
            out.write("# name<TAB>origins; generated by scripts/names/build-name-lists.py, see NOTICE.md\n")
            for name in sorted(kept):
                out.write(name + "\t" + ",".join(sorted(kept[name])) + "\n")
        print(f"{file_name}: {len(kept)} names kept, {len(table) - len(kept)} held out")


if __name__ == "__main__":
    main()
