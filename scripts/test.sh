#!/usr/bin/env bash
# README command 2: installs what the tests need, then runs every check and test layer,
# stopping at the first problem, and ends with one line "N passed, N failed".
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
cd "$root"

passed=0
failed=0
logs="$root/target/test-logs"
mkdir -p "$logs"

finish() {
  echo
  echo "$passed passed, $failed failed"
  exit "$1"
}

fail_step() {
  echo "FAILED: $1" >&2
  [ "$failed" -eq 0 ] && failed=1
  finish 1
}

# Adds up the "test result: ok. N passed; M failed" lines of cargo and wasm-bindgen-test.
count_cargo() {
  local p f
  p=$(grep -Eo 'test result: [a-zA-Z]+\. [0-9]+ passed' "$1" | awk '{s+=$4} END {print s+0}')
  f=$(grep -Eo '; [0-9]+ failed' "$1" | awk '{s+=$2} END {print s+0}')
  passed=$((passed + p))
  failed=$((failed + f))
}

say "installing what the build and the tests need"
ensure_build_tools || fail_step "installing the build tools"
ensure_chromium || fail_step "installing chromium and chromium-driver"

say "cargo fmt --check"
cargo fmt --all -- --check || fail_step "cargo fmt (run 'cargo fmt --all')"

say "cargo clippy (native and wasm32)"
cargo clippy --all-targets -- -D warnings || fail_step "clippy, native"
cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings || fail_step "clippy, wasm32"

say "layer 1: native cargo test (the pure core, with property tests)"
cargo test 2>&1 | tee "$logs/native.log"
native_status=${PIPESTATUS[0]}
count_cargo "$logs/native.log"
[ "$native_status" -eq 0 ] || fail_step "native cargo test"

say "layer 2: wasm-bindgen-test in headless Chromium"
CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --target wasm32-unknown-unknown --test web --test web_panic --test web_crypto 2>&1 | tee "$logs/wasm.log"
wasm_status=${PIPESTATUS[0]}
count_cargo "$logs/wasm.log"
[ "$wasm_status" -eq 0 ] || fail_step "wasm-bindgen-test"

say "layer 3: Playwright end-to-end against the release build"
bash scripts/build.sh || fail_step "trunk build --release"
rm -f "$logs/e2e.json"
PLAYWRIGHT_JSON_OUTPUT_NAME="$logs/e2e.json" \
  npx --no-install playwright test --config tests/e2e/playwright.config.ts
e2e_status=$?
if [ -f "$logs/e2e.json" ]; then
  read -r p f < <(node -e '
    const r = require(process.argv[1]);
    console.log((r.stats.expected || 0) + " " + ((r.stats.unexpected || 0) + (r.stats.flaky || 0)));
  ' "$logs/e2e.json")
  passed=$((passed + p))
  failed=$((failed + f))
fi
[ "$e2e_status" -eq 0 ] || fail_step "Playwright e2e"

finish 0
