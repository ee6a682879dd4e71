# Shared by scripts/run and scripts/test: install what is missing, configure, build.
# Sourced, not run. Quiet when there is nothing to do.

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="$root/build"

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qcoro-qt6-dev libmicrohttpd-dev libsimdjson-dev libgl-dev
    fonts-noto-cjk fonts-dejavu-core
)

# conlab_install_missing [EXTRA PACKAGE ...]
conlab_install_missing() {
    local missing=() p
    for p in "${packages[@]}" "$@"; do
        dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    echo "Installing Debian packages: ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
        > /tmp/conlab-apt.log 2>&1 || { cat /tmp/conlab-apt.log; return 1; }
}

# conlab_configure PRESET: configure once (CMakePresets.json: release, asan, tsan).
conlab_configure() {
    local preset="$1" dir log
    dir="$(conlab_dir "$preset")"
    [ -f "$dir/build.ninja" ] && return 0
    log="$(mktemp)"
    if ! (cd "$root" && cmake --preset "$preset") > "$log" 2>&1; then
        cat "$log"; rm -f "$log"; return 1
    fi
    rm -f "$log"
}

conlab_dir() {
    case "$1" in
        release) echo "$root/build" ;;
        *) echo "$root/build-$1" ;;
    esac
}

# conlab_build [PRESET [TARGET ...]]: configure once, then build (everything, or the targets).
conlab_build() {
    local preset="${1:-release}" dir log
    shift || true
    conlab_configure "$preset" || return 1
    dir="$(conlab_dir "$preset")"
    log="$(mktemp)"
    local targets=()
    [ $# -gt 0 ] && targets=(--target "$@")
    if ! cmake --build "$dir" "${targets[@]}" -- --quiet > "$log" 2>&1; then
        cat "$log"; rm -f "$log"; return 1
    fi
    rm -f "$log"
}
