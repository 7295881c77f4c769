#!/usr/bin/env bash
# Serves a built dist/ with the real nginx and deploy/nginx.conf, as the Docker image does,
# on 127.0.0.1 only, at / and under /teambalans/. The host test in scripts/test.sh runs it;
# by hand it shows the production headers locally. Ctrl-C stops it.
# Usage: bash scripts/host.sh [port] [dist]        (8081 and ./dist by default)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"

port="${1:-8081}"
dist="$(cd "${2:-$root/dist}" && pwd)"
[ -f "$dist/_headers.nginx" ] || { echo "no $dist/_headers.nginx: build first (bash scripts/build.sh)" >&2; exit 1; }
ensure_nginx

# nginx's prefix, laid out like /srv/teambalans/ in the image: the config, dist/, tmp/.
# Its pid and temp files stay here, so nothing outside target/ is touched.
prefix="$root/target/host"
rm -rf "$prefix"
mkdir -p "$prefix/tmp"
ln -s "$dist" "$prefix/dist"

# The config as it ships, but for its one listen line: loopback and the given port.
sed -E "s/^([[:space:]]*)listen 80;$/\1listen 127.0.0.1:$port;/" "$root/deploy/nginx.conf" >"$prefix/nginx.conf"
changed=$(diff "$root/deploy/nginx.conf" "$prefix/nginx.conf" | grep -c '^>' || true)
if [ "$changed" -ne 1 ]; then
  echo "deploy/nginx.conf must have exactly one 'listen 80;' line (changed $changed)" >&2
  exit 1
fi

# As root the workers would run as nobody, who may not enter a checkout under /root;
# here, on loopback only, they may run as the user who runs the test.
globals="daemon off;"
[ "$(id -u)" -eq 0 ] && globals="$globals user root;"
/usr/sbin/nginx -p "$prefix/" -c nginx.conf -g "$globals" -t -q
exec /usr/sbin/nginx -p "$prefix/" -c nginx.conf -g "$globals"
