#!/usr/bin/env bash
# README command 3 (not part of the tests): builds the release app and prints its size
# and start-up figures, one "figure: name = value unit (budget ...: ok|over)" per line.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
cd "$root"

bash scripts/build.sh
ensure_chromium
say "measuring (sizes, then 10 fresh loads with and without 4x CPU throttling)"
node tests/bench/bench.mjs dist
say "native figures (link format)"
cargo run --release --quiet --example figures
