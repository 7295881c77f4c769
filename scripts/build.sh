#!/usr/bin/env bash
# Builds the release app into dist/ (used by the tests and the benchmark).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
cd "$root"
ensure_build_tools
say "trunk build --release"
trunk build --release 2>&1 | grep -vE '^\s*$' | tail -n 5
