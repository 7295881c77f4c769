#!/usr/bin/env bash
# README command 2: installs what the tests need, then runs every check and test layer,
# stopping at the first problem, and ends with one line "N passed, N failed".
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
# tools.sh turns on -e for the scripts that only install and build; here each step's status
# is checked by hand, so that a failing layer is counted and the summary line still printed.
set +e
cd "$root"

passed=0
failed=0
logs="$root/target/test-logs"
mkdir -p "$logs"

# Each layer's wall time, printed at the end beside the counts, so a slow layer says so.
started=$SECONDS
layer_name=""
layer_started=0
layer_times=()
minutes() { printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); }
layer() {
  end_layer
  layer_name="$1"
  layer_started=$SECONDS
  say "$1"
}
end_layer() {
  [ -n "$layer_name" ] && layer_times+=("$(printf '%-64s %s' "$layer_name" "$(minutes $((SECONDS - layer_started)))")")
  layer_name=""
}

finish() {
  end_layer
  echo
  echo "Wall time per layer:"
  printf '  %s\n' "${layer_times[@]}"
  printf '  %-64s %s\n' "total" "$(minutes $((SECONDS - started)))"
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

# Adds up a Playwright JSON report: expected passes; unexpected and flaky ones fail.
count_playwright() {
  [ -f "$1" ] || return 0
  local p f
  read -r p f < <(node -e '
    const r = require(process.argv[1]);
    console.log((r.stats.expected || 0) + " " + ((r.stats.unexpected || 0) + (r.stats.flaky || 0)));
  ' "$1")
  passed=$((passed + p))
  failed=$((failed + f))
}

# Adds up the "# pass N" and "# fail N" (and cancelled) lines of node --test's TAP report.
count_tap() {
  [ -f "$1" ] || return 0
  local p f
  p=$(awk '$1 == "#" && $2 == "pass" {s += $3} END {print s + 0}' "$1")
  f=$(awk '$1 == "#" && ($2 == "fail" || $2 == "cancelled") {s += $3} END {print s + 0}' "$1")
  passed=$((passed + p))
  failed=$((failed + f))
}

nginx_pid=""
stop_nginx() {
  if [ -n "$nginx_pid" ]; then
    kill "$nginx_pid" 2>/dev/null
    wait "$nginx_pid" 2>/dev/null
    nginx_pid=""
  fi
}
# nginx is stopped however the run ends.
trap stop_nginx EXIT

layer "installing what the build and the tests need"
ensure_build_tools || fail_step "installing the build tools"
ensure_chromium || fail_step "installing chromium and chromium-driver"
ensure_nginx || fail_step "installing nginx"

layer "cargo fmt --check and clippy (native and wasm32)"
cargo fmt --all -- --check || fail_step "cargo fmt (run 'cargo fmt --all')"

cargo clippy --workspace --all-targets -- -D warnings || fail_step "clippy, native"
cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings || fail_step "clippy, wasm32"

layer "layer 1: native cargo test (the pure core, with property tests), the first screen's JS"
cargo test --workspace 2>&1 | tee "$logs/native.log"
native_status=${PIPESTATUS[0]}
count_cargo "$logs/native.log"
[ "$native_status" -eq 0 ] || fail_step "native cargo test"
# The first screen's JS that runs before the wasm (boot/), against what the core reads.
rm -f "$logs/boot.tap"
node --test --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$logs/boot.tap" tests/boot/
boot_status=$?
count_tap "$logs/boot.tap"
[ "$boot_status" -eq 0 ] || fail_step "the first screen's JS (tests/boot/)"

layer "layer 2: wasm-bindgen-test in headless Chromium"
CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --target wasm32-unknown-unknown --test web --test web_panic --test web_crypto 2>&1 | tee "$logs/wasm.log"
wasm_status=${PIPESTATUS[0]}
count_cargo "$logs/wasm.log"
[ "$wasm_status" -eq 0 ] || fail_step "wasm-bindgen-test"

layer "release build (both front-ends)"
bash scripts/build.sh || fail_step "trunk build --release"
layer "layer 3: Playwright end-to-end against the release build"
rm -f "$logs/e2e.json"
PLAYWRIGHT_JSON_OUTPUT_NAME="$logs/e2e.json" \
  npx --no-install playwright test --config tests/e2e/playwright.config.ts
e2e_status=$?
count_playwright "$logs/e2e.json"
[ "$e2e_status" -eq 0 ] || fail_step "Playwright e2e"

layer "layer 4: the real host: nginx with deploy/nginx.conf"
port=$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')
bash scripts/host.sh "$port" "$root/dist" >"$logs/nginx.log" 2>&1 &
nginx_pid=$!
for _ in $(seq 100); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
  kill -0 "$nginx_pid" 2>/dev/null || break
  sleep 0.1
done
(exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { cat "$logs/nginx.log" >&2; fail_step "starting nginx (log: $logs/nginx.log)"; }
rm -f "$logs/host.tap"
HOST_URL="http://127.0.0.1:$port" HOST_DIST="$root/dist" node --test \
  --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$logs/host.tap" tests/host/
host_status=$?
count_tap "$logs/host.tap"
[ "$host_status" -eq 0 ] || fail_step "headers from nginx (tests/host/)"
# The security and offline checks once more, through nginx's headers and under a sub-path.
rm -f "$logs/host-e2e.json"
E2E_BASE_URL="http://127.0.0.1:$port/teambalans/" PLAYWRIGHT_JSON_OUTPUT_NAME="$logs/host-e2e.json" \
  npx --no-install playwright test --config tests/e2e/playwright.config.ts security.spec.ts \
  --grep "breaks no CSP rule|works offline"
host_e2e_status=$?
count_playwright "$logs/host-e2e.json"
[ "$host_e2e_status" -eq 0 ] || fail_step "Playwright security and offline checks against nginx"
stop_nginx

finish 0
