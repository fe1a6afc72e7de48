#!/bin/sh
# Installs the build into a temporary folder, as `cmake --install` and the Debian package do,
# and checks what a Linux desktop and Debian need from the installed tree: every file in its
# place, icons of the size their folder says, the desktop entry, the metainfo and the icon
# agreeing with each other (appstreamcli validate-tree), a manual page that man renders without
# a warning, and the metainfo's newest release and the Debian changelog's newest entry naming
# the project's version.
#
# Usage: check-install.sh BUILD_DIR APP_ID VERSION
set -eu
build=$1
id=$2
version=$3

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
cmake --install "$build" --prefix "$root/usr" >/dev/null
usr=$root/usr

for f in bin/upstander \
    share/applications/$id.desktop \
    share/metainfo/$id.metainfo.xml \
    share/icons/hicolor/scalable/apps/$id.svg \
    share/man/man1/upstander.1.gz \
    share/doc/upstander/copyright \
    share/doc/upstander/changelog.Debian.gz \
    share/doc/upstander/README.md \
    share/doc/upstander/scenario-format.md; do
    [ -f "$usr/$f" ] || fail "not installed: $f"
done
[ -x "$usr/bin/upstander" ] || fail "bin/upstander is not executable"

# A PNG's width and height are the big-endian words at bytes 16 and 20.
for size in 16 32 48 64 128 256; do
    png=$usr/share/icons/hicolor/${size}x${size}/apps/$id.png
    [ -f "$png" ] || fail "not installed: ${size}x${size} icon"
    set -- $(od -An -tu1 -j16 -N8 "$png")
    width=$((($1 << 24) + ($2 << 16) + ($3 << 8) + $4))
    height=$((($5 << 24) + ($6 << 16) + ($7 << 8) + $8))
    [ "$width" = "$size" ] && [ "$height" = "$size" ] ||
        fail "${size}x${size}/apps/$id.png is ${width}x${height}"
done

# desktop-file-validate exits 0 on hints; here a hint fails too.
out=$(desktop-file-validate "$usr/share/applications/$id.desktop" 2>&1) && [ -z "$out" ] ||
    fail "desktop-file-validate: $out"
appstreamcli validate --no-net --strict "$usr/share/metainfo/$id.metainfo.xml" ||
    fail "appstreamcli validate"
appstreamcli validate-tree --no-net --strict "$usr" || fail "appstreamcli validate-tree"

warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 \
    man --warnings -E UTF-8 -l -Tutf8 -Z "$usr/share/man/man1/upstander.1.gz" 2>&1 >/dev/null)
[ -z "$warnings" ] || fail "man reports: $warnings"

release=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$usr/share/metainfo/$id.metainfo.xml" |
    head -n 1)
[ "$release" = "$version" ] ||
    fail "the metainfo's newest release is \"$release\", the project's version $version"
entry=$(gzip -dc "$usr/share/doc/upstander/changelog.Debian.gz" | head -n 1)
case "$entry" in
"upstander ($version-"*) ;;
*) fail "the Debian changelog's newest entry is \"$entry\", the project's version $version" ;;
esac

echo "The installed tree is complete and valid."
