#!/usr/bin/env python3
"""Writes the Welsh and Arabic strings from strings.py into chorus_cy.ts and chorus_ar.ts.

Run after `ninja update_translations` (lupdate) has added new source strings. Strings with no
entry stay unfinished, so lrelease leaves them in English and `--check` lists them.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from strings import T  # noqa: E402

NUMERUS = {"cy": 6, "ar": 6}


def fill(lang, column, check):
    path = Path(__file__).parent / f"chorus_{lang}.ts"
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if source not in T:
            missing.append(source)
            translation.set("type", "unfinished")
            continue
        text = T[source][column]
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(NUMERUS[lang]):
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = text
    if not check:
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    check = "--check" in sys.argv
    missing = fill("cy", 0, check) + fill("ar", 1, check)
    for source in sorted(set(missing)):
        print(f"untranslated: {source}")
    sys.exit(1 if check and missing else 0)
