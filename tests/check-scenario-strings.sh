#!/usr/bin/env bash
# Every built-in scenario has its texts in every language, and no translation is stale: merging
# each translations/scenarios_<lang>.ts with the scenarios as they are now (what
# `upstander scenario-strings` does) must change nothing and leave nothing unfinished. A text
# reworded in English after it was translated shows up here as unfinished.
# Run by ctest with: UPSTANDER SCENARIO_FOLDER TS_FILE...
set -euo pipefail
upstander="$1"; scenarios="$2"; shift 2
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
failed=0
for ts in "$@"; do
    name="$(basename "$ts")"
    cp "$ts" "$tmp/$name"
    "$upstander" scenario-strings --ts "$tmp/$name" "$scenarios"/*.yaml 2>"$tmp/log" \
        || { cat "$tmp/log"; exit 1; }
    if ! grep -q ', 0 unfinished' "$tmp/log"; then
        echo "$ts: $(cat "$tmp/log")"
        grep -B1 -A3 'type="unfinished"' "$tmp/$name" | grep -o 'id="[^"]*"' | head -20
        failed=1
    elif ! cmp -s "$ts" "$tmp/$name"; then
        echo "$ts differs from a fresh merge (texts added or removed); run scenario-strings:"
        diff "$ts" "$tmp/$name" | head -20
        failed=1
    else
        echo "$ts: $(cat "$tmp/log")"
    fi
done
exit "$failed"
