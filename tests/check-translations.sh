#!/usr/bin/env bash
# The program's catalogues are up to date: lupdate over the current sources finds nothing new
# for any of them. Whether each is finished and consistent is check-catalogues.py's part.
# Run by ctest with: LUPDATE PROJECT_JSON TS_FILE...
set -euo pipefail
lupdate="$1"; project="$2"; shift 2
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
failed=0
for ts in "$@"; do
    cp "$ts" "$tmp/check.ts"
    "$lupdate" -project "$project" -no-obsolete -locations none -tr-function-alias tr+=roomTr \
        -ts "$tmp/check.ts" >"$tmp/log" 2>&1 || { cat "$tmp/log"; exit 1; }
    if grep -q 'new and' "$tmp/log" && ! grep -q '(0 new and' "$tmp/log"; then
        echo "$ts is out of date; run: cmake --build build --target update_translations"
        grep 'Found' "$tmp/log"
        failed=1
    elif ! cmp -s "$ts" "$tmp/check.ts"; then
        echo "$ts is out of date (entries gone or moved); run: cmake --build build --target update_translations"
        diff "$ts" "$tmp/check.ts" | head -20
        failed=1
    else
        echo "$ts: up to date"
    fi
done
exit "$failed"
