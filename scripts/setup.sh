# Shared by scripts/run and scripts/test: install what is missing, configure, build.
# Sourced, not run. Quiet when there is nothing to do.

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${CONLAB_BUILD_DIR:-$root/build}"

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qcoro-qt6-dev libmicrohttpd-dev libsimdjson-dev libgl-dev
    fonts-noto-cjk fonts-dejavu-core
)

conlab_install_missing() {
    local missing=() p
    for p in "${packages[@]}"; do
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

conlab_build() {
    local dir="${1:-$build_dir}" type="${2:-Release}" log
    shift 2 2>/dev/null || true
    log="$(mktemp)"
    if [ ! -f "$dir/build.ninja" ]; then
        if ! cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@" > "$log" 2>&1; then
            cat "$log"; rm -f "$log"; return 1
        fi
    fi
    if ! cmake --build "$dir" -- --quiet > "$log" 2>&1; then
        cat "$log"; rm -f "$log"; return 1
    fi
    rm -f "$log"
}
