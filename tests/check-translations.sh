#!/usr/bin/env bash
# The German catalogue is complete: lupdate over the current sources finds nothing new, and no
# entry is unfinished. Run by ctest with: LUPDATE PROJECT_JSON TS_FILE.
set -euo pipefail
lupdate="$1"; project="$2"; ts="$3"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
cp "$ts" "$tmp/check.ts"
"$lupdate" -project "$project" -no-obsolete -locations none -ts "$tmp/check.ts" >"$tmp/log" 2>&1 \
    || { cat "$tmp/log"; exit 1; }
if grep -q 'new and' "$tmp/log" && ! grep -q '(0 new and' "$tmp/log"; then
    echo "$ts is out of date; run: cmake --build build --target update_translations"
    grep 'Found' "$tmp/log"
    exit 1
fi
unfinished=$(grep -c 'type="unfinished"' "$tmp/check.ts" || true)
if [ "$unfinished" -ne 0 ]; then
    echo "$ts has $unfinished unfinished entries:"
    grep -B3 'type="unfinished"' "$tmp/check.ts" | grep '<source>' | head -50
    exit 1
fi
total=$(grep -c '<message' "$tmp/check.ts")
echo "$ts: $total messages, all finished"
