#!/usr/bin/env bash
# README command 3 (not part of the tests): builds the release app and prints its size
# and start-up figures, one "figure: name = value unit (budget ...: ok|over)" per line.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
cd "$root"

bash scripts/build.sh
ensure_chromium
say "the framework's floor: the smallest app on the same stack and release profile"
floor="$root/target/floor-dist"
cargo build --release --locked --target wasm32-unknown-unknown --quiet \
  --manifest-path tests/bench/floor/Cargo.toml --target-dir "$root/target"
rm -rf "$floor" && mkdir -p "$floor"
wasm-bindgen --target web --no-typescript --out-dir "$floor" \
  "$root/target/wasm32-unknown-unknown/release/floor.wasm"
wasm-opt -Oz "$floor/floor_bg.wasm" -o "$floor/floor_bg.wasm"
say "measuring (sizes, then 10 fresh loads with and without 4x CPU throttling)"
node tests/bench/bench.mjs dist "$floor"
say "Lighthouse (mobile: simulated slow 4G, 4x CPU): the start page, an invite and the peer, 5 runs each"
# Its own packages, for the benchmark only (the tests need none of them).
lh=tests/bench/lighthouse
if [ ! -d "$lh/node_modules/lighthouse" ] || [ "$lh/package-lock.json" -nt "$lh/node_modules/.package-lock.json" ]; then
  (cd "$lh" && npm ci --no-audit --no-fund --loglevel=error)
fi
CHROME_PATH=/usr/bin/chromium node "$lh/lighthouse.mjs" dist
say "which crate costs what (a release build that keeps function names)"
cargo build --profile bench-names --target wasm32-unknown-unknown --bin teambalans --quiet
names="$root/target/bench-names"
rm -rf "$names" && mkdir -p "$names"
wasm-bindgen --target web --no-typescript --out-dir "$names" \
  "$root/target/wasm32-unknown-unknown/bench-names/teambalans.wasm"
wasm-opt -Oz -g "$names/teambalans_bg.wasm" -o "$names/named.wasm"
node tests/bench/wasm-shares.mjs "$names/named.wasm"
say "native figures (link format)"
cargo run --release --quiet -p teambalans-core --example figures
