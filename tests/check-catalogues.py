#!/usr/bin/env python3
"""Every translation in every catalogue is finished and keeps what the program fills in.

For each translations/*.ts (the program's own catalogues and the scenario texts):
- no entry unfinished, obsolete or vanished, none empty;
- the same %1…%99, %L1… and %n/%Ln arguments as the English source, in every plural form;
- as many plural forms as the language has (lconvert tells: nplurals of its PO header);
- the same number of & accelerators as the source (a menu item keeps its mnemonic).
Usage: check-catalogues.py LCONVERT FILE.ts..."""
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ARGUMENT = re.compile(r"%L?(?:\d{1,2}|n)")
ACCELERATOR = re.compile(r"&(?!&)(?=[^\s;&])")  # "&Open", not "&&" nor "&amp;"-like entities


def arguments(text):
    return sorted(set(ARGUMENT.findall(text or "")))


def accelerators(text):
    # "&&" is a literal ampersand; entity-like "&nbsp;" in rich text is not a mnemonic.
    stripped = re.sub(r"&&|&[a-zA-Z]+;|&#\d+;", "", text or "")
    return len(ACCELERATOR.findall(stripped))


def plural_count(lconvert, path):
    with tempfile.NamedTemporaryFile(suffix=".po") as po:
        subprocess.run([lconvert, "-i", path, "-o", po.name], check=True, capture_output=True)
        header = open(po.name, encoding="utf-8").read(4000)
    m = re.search(r"nplurals=(\d+)", header)
    return int(m.group(1)) if m else 1


def check(lconvert, path):
    problems = []
    root = ET.parse(path).getroot()
    english = root.get("language", "").startswith("en")
    plurals = plural_count(lconvert, path)
    total = 0
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            total += 1
            source = message.findtext("source") or ""
            where = f"{path}: [{name}] {message.get('id') or source[:60]!r}"
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("unfinished", "obsolete", "vanished", "missing"):
                problems.append(f"{where}: {kind}")
                continue
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.iter("numerusform")]
                if len(forms) != plurals:
                    problems.append(f"{where}: {len(forms)} plural forms, the language has {plurals}")
            else:
                forms = [translation.text or ""]
            for form in forms:
                if not form.strip():
                    problems.append(f"{where}: empty translation")
                    continue
                if english:
                    continue
                if arguments(form) != arguments(source):
                    problems.append(f"{where}: arguments {arguments(form)} but the source has "
                                    f"{arguments(source)}: {form[:80]!r}")
                if accelerators(form) != accelerators(source):
                    problems.append(f"{where}: {accelerators(form)} accelerator(s) (&), the "
                                    f"source has {accelerators(source)}: {form[:80]!r}")
    return total, problems


def main():
    lconvert, files = sys.argv[1], sys.argv[2:]
    failed = False
    for path in files:
        total, problems = check(lconvert, path)
        for p in problems[:40]:
            print(p)
        if len(problems) > 40:
            print(f"… and {len(problems) - 40} more in {path}")
        print(f"{path}: {total} messages, " + ("all finished and consistent" if not problems
                                              else f"{len(problems)} problem(s)"))
        failed = failed or bool(problems)
    sys.exit(1 if failed else 0)


main()
