#!/usr/bin/env python3
"""Every text of the phone page in every language: each i18n/<lang>.json has exactly the keys
of en.json (nested), and no value is empty. Usage: check-phone-strings.py I18N_FOLDER"""
import json
import pathlib
import sys


def keys(tree, prefix=""):
    for key, value in tree.items():
        path = prefix + key
        if isinstance(value, dict):
            yield from keys(value, path + ".")
        else:
            yield path, value


folder = pathlib.Path(sys.argv[1])
english = dict(keys(json.loads((folder / "en.json").read_text(encoding="utf-8"))))
failed = False
for other in sorted(folder.glob("*.json")):
    texts = dict(keys(json.loads(other.read_text(encoding="utf-8"))))
    for missing in sorted(set(english) - set(texts)):
        print(f"{other.name}: missing {missing}")
        failed = True
    for extra in sorted(set(texts) - set(english)):
        print(f"{other.name}: {extra} is not in en.json")
        failed = True
    for key, value in texts.items():
        if isinstance(value, str) and not value.strip():
            print(f"{other.name}: {key} is empty")
            failed = True
print("phone page texts: " + ("INCOMPLETE" if failed else f"{len(english)} keys in every language"))
sys.exit(1 if failed else 0)
