#!/usr/bin/env bash
# Builds the release app into dist/ (used by the tests and the benchmark).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
cd "$root"
ensure_build_tools

log="$root/target/build.log"
mkdir -p "$root/target"

# The whole log stays in target/build.log; on failure its cargo and trunk messages are
# printed in full, so a CI log says why, not only that cargo failed.
# The member's lean front-end first (member.html, into target/member-dist): the whole
# app's build then takes its wasm and glue in (scripts/post_build.mjs).
build() {
  { trunk build member.html --release true --dist target/member-dist && trunk build --release; } >"$log" 2>&1 \
    && { grep -vE '^\s*$' "$log" | tail -n 5; return 0; }
  echo "trunk build failed; its messages (without the 'Compiling' lines, full log: $log):" >&2
  grep -vE '^\s*(Compiling|Downloaded|Downloading)|^\s*$|^\s+[0-9]+: |^\s+at ' "$log" | tail -n 120 >&2
  df -h "$root" >&2 || true
  free -m >&2 || true
  return 1
}

say "trunk build --release (the member's front-end, then the whole app)"
if ! build; then
  # A shared machine can kill the one-codegen-unit LTO link for memory; try once more with
  # one job before giving up.
  say "trunk build --release, second try with one cargo job"
  CARGO_BUILD_JOBS=1 build
fi
