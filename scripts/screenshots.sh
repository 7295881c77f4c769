#!/usr/bin/env bash
# Builds the app and captures every page (nl/en, 360 px and 1920 px, light and dark)
# into screenshots/, to look at before saying a change is done.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
cd "$root"
bash scripts/build.sh
ensure_chromium
node tests/e2e/screenshots.mjs dist "${1:-}"
