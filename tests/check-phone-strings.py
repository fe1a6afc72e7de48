#!/usr/bin/env python3
"""Every text of the phone page in every language: each i18n/<lang>.json has exactly the keys
of en.json (nested), and no value is empty. A plural text (an object with "other") has exactly
the plural categories the page will ask for in that language: those that JavaScript's
Intl.PluralRules lists for it (Node.js tells), e.g. "one"/"other" in German, six in Arabic.
The {placeholders} of each text are those of the English.
Usage: check-phone-strings.py I18N_FOLDER"""
import json
import pathlib
import re
import subprocess
import sys

CATEGORIES = {"zero", "one", "two", "few", "many", "other"}
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def plural_categories(lang):
    out = subprocess.run(
        ["node", "-e", "console.log(JSON.stringify(new Intl.PluralRules(process.argv[1])"
                       ".resolvedOptions().pluralCategories))", lang],
        check=True, capture_output=True, text=True).stdout
    return set(json.loads(out))


def is_plural(value):
    return isinstance(value, dict) and "other" in value and set(value) <= CATEGORIES


def keys(tree, prefix=""):
    for key, value in tree.items():
        path = prefix + key
        if isinstance(value, dict) and not is_plural(value):
            yield from keys(value, path + ".")
        else:
            yield path, value


def forms(value):
    return value.values() if isinstance(value, dict) else [value]


folder = pathlib.Path(sys.argv[1])
english = dict(keys(json.loads((folder / "en.json").read_text(encoding="utf-8"))))
failed = False


def problem(text):
    global failed
    print(text)
    failed = True


for other in sorted(folder.glob("*.json")):
    lang = other.stem
    texts = dict(keys(json.loads(other.read_text(encoding="utf-8"))))
    categories = plural_categories(lang)
    for missing in sorted(set(english) - set(texts)):
        problem(f"{other.name}: missing {missing}")
    for extra in sorted(set(texts) - set(english)):
        problem(f"{other.name}: {extra} is not in en.json")
    for key, value in texts.items():
        source = english.get(key)
        if source is None:
            continue
        if is_plural(source):
            if not is_plural(value):
                problem(f"{other.name}: {key} needs plural forms {sorted(categories)}")
                continue
            if set(value) != categories:
                problem(f"{other.name}: {key} has forms {sorted(value)}, {lang} needs "
                        f"{sorted(categories)}")
        elif not isinstance(value, str):
            problem(f"{other.name}: {key} should be a text")
            continue
        wanted = set(PLACEHOLDER.findall(" ".join(forms(source))))
        for form in forms(value):
            if not isinstance(form, str) or not form.strip():
                problem(f"{other.name}: {key} is empty")
            elif set(PLACEHOLDER.findall(form)) - wanted:
                problem(f"{other.name}: {key} has a placeholder English does not: {form!r}")
print("phone page texts: " + ("INCOMPLETE" if failed else f"{len(english)} keys in every language"))
sys.exit(1 if failed else 0)
