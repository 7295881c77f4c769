#!/usr/bin/env bash
# README command 1: install what is missing, build the release app, serve it on
# http://127.0.0.1:8080 (Ctrl-C stops it).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
cd "$root"

ensure_build_tools
say "building the release app and serving it"
# The member's front-end first: the whole app's build takes it in (scripts/post_build.mjs).
trunk build member.html --release true --dist target/member-dist
echo "Teambalans: http://127.0.0.1:8080/"
exec trunk serve --release --no-autoreload --address 127.0.0.1 --port 8080
