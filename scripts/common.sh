# Shared by scripts/run-app and scripts/run-tests: install what is missing, then build.
# Safe to run again and again: packages already present are not installed twice, and the
# build is incremental.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${UPSTANDER_BUILD_DIR:-$ROOT/build}"

# Everything comes from Debian 12's packages.
PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
    libboost1.81-dev qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite
    # qt6-httpserver-dev needs its WebSockets CMake package but does not depend on it
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libyaml-cpp-dev libqrencode-dev libgl-dev libasound2-dev
    qt6-qpa-plugins fonts-dejavu-core fonts-symbola
    librsvg2-bin # rsvg-convert renders the icon's PNG sizes
)
# lintian, desktop-file-utils, appstream and man-db check the Debian package, the desktop files
# and the manual page.
TEST_PACKAGES=(clang libclang-rt-14-dev xvfb xauth python3 poppler-utils zbar-tools chromium
    lintian desktop-file-utils appstream man-db)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_packages() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        echo "==> Installing missing packages: ${missing[*]}"
        as_root apt-get update -q
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
}

install_node() {
    # Node.js and npm are on the development machines already; install them when they are not.
    if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
        install_packages nodejs npm
    fi
}

build() {
    echo "==> Building in $BUILD"
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build "$BUILD" -j2
}
