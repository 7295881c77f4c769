#!/usr/bin/env bash
# Installs what building the app needs, only where it is missing, so a second run is quick.
# Sourced by serve.sh, test.sh and bench.sh; puts the repo's node_modules/.bin on PATH.
set -euo pipefail

TRUNK_VERSION="0.22.1"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$root/node_modules/.bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# wasm-bindgen-cli must match the wasm-bindgen crate exactly; read it from the lock file.
lock_version() {
  awk -v name="$1" '$0 == "name = \"" name "\"" { getline; gsub(/version = |"/, ""); print; exit }' "$root/Cargo.lock"
}

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
    say "installing Trunk $TRUNK_VERSION (about 11 minutes on 2 cores, once)"
    # Trunk 0.22 declares rust 1.96; it builds and runs fine on this 1.95 toolchain.
    cargo install trunk --version "$TRUNK_VERSION" --locked --ignore-rust-version
  fi
}

ensure_wasm_bindgen() {
  local want
  want="$(lock_version wasm-bindgen)"
  if ! wasm-bindgen --version 2>/dev/null | grep -q " $want"; then
    say "installing wasm-bindgen-cli $want (matches Cargo.lock)"
    # Not --locked: one of its locked dependencies is no longer in the registry.
    cargo install wasm-bindgen-cli --version "$want"
  fi
}

ensure_node_modules() {
  # binaryen (wasm-opt) and the e2e packages come from the committed package-lock.json.
  if [ ! -x "$root/node_modules/.bin/wasm-opt" ] || [ ! -d "$root/node_modules/@playwright/test" ] \
     || [ "$root/package-lock.json" -nt "$root/node_modules/.package-lock.json" ]; then
    say "installing npm packages from package-lock.json"
    (cd "$root" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

ensure_build_tools() {
  ensure_wasm_target
  ensure_node_modules
  ensure_trunk
  ensure_wasm_bindgen
}

ensure_chromium() {
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    say "installing Debian's chromium and chromium-driver"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
  export CHROMEDRIVER=/usr/bin/chromedriver
}

# The host test runs the real nginx from Debian's packages with deploy/nginx.conf, the
# same server and module the Dockerfile installs. brotli_static is a separate module.
NGINX_BROTLI_MODULE=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
ensure_nginx() {
  if [ ! -x /usr/sbin/nginx ] || [ ! -f "$NGINX_BROTLI_MODULE" ]; then
    say "installing Debian's nginx and its brotli_static module"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq nginx libnginx-mod-http-brotli-static >/dev/null
  fi
}
