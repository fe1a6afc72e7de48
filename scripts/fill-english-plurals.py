#!/usr/bin/env python3
"""Fills the English plural forms in translations/upstander_en.ts from the source texts.

Sources are written with "(s)" where the plural differs ("%n file(s) checked"); this script
turns each into "1 file" / "2 files". Messages it cannot handle are left unfinished and listed,
so a person can write them by hand; forms already written are never replaced. Run after
`ninja update_plurals`.
"""
import re
import sys
import xml.etree.ElementTree as ET

SPECIAL = {  # words that change beyond "(s)"
    " have ": (" has ", " have "),
    " minutes": (" minute", " minutes"),
    " answers": (" answer", " answers"),
    " votes": (" vote", " votes"),
    " people": (" person", " people"),
    " choices": (" choice", " choices"),
    "%n passed": ("%n passed", "%n passed"),
}

# Words whose plural is not the singular with an "s" (applied before "(s)" is resolved).
IRREGULAR = {
    "person(s)": ("person", "people"),
}

def forms(source):
    singular, plural = source, source
    for word, (one, many) in IRREGULAR.items():
        singular = singular.replace(word, one)
        plural = plural.replace(word, many)
    singular, plural = singular.replace("(s)", ""), plural.replace("(s)", "s")
    for word, (one, many) in SPECIAL.items():
        singular = singular.replace(word, one)
        plural = plural.replace(word, many)
    return singular, plural

def main(path):
    tree = ET.parse(path)
    left = []
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.find("source").text
        translation = message.find("translation")
        # Forms already written (by this script or by hand, for sentences it cannot bend) stay.
        if translation.get("type") != "unfinished" and any(
                (form.text or "").strip() for form in translation.findall("numerusform")):
            continue
        if "(s)" not in source and not any(w in source for w in SPECIAL):
            left.append(source)
            continue
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        for text in forms(source):
            ET.SubElement(translation, "numerusform").text = text
    tree.write(path, encoding="utf-8", xml_declaration=True)
    for source in left:
        print("not filled (no '(s)'):", source.replace("\n", "\\n"))
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "translations/upstander_en.ts"))
