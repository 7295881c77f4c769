# Teambalans as a container: dist/ built with the README's own scripts, then served by
# Debian's nginx with deploy/nginx.conf, the config that scripts/test.sh tests for real.
#   docker build -t teambalans .
#   docker run --rm -p 8080:80 teambalans     # http://localhost:8080/ (and /teambalans/)

# Node for the build hooks and wasm-opt: the major version the tests run with.
FROM node:20.20.2-bookworm-slim AS node

FROM rust:1.95.0-bookworm AS build
COPY --from=node /usr/local/bin/node /usr/local/bin/node
COPY --from=node /usr/local/lib/node_modules/npm /usr/local/lib/node_modules/npm
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
 && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx
WORKDIR /src
# The tools first (wasm32 target, npm packages, Trunk, wasm-bindgen-cli; about 15 minutes),
# in a layer of their own that a change to the app's code does not rebuild.
COPY scripts/tools.sh scripts/
COPY Cargo.lock package.json package-lock.json ./
RUN bash -c 'source scripts/tools.sh && ensure_build_tools'
COPY . .
RUN bash scripts/build.sh

FROM debian:12.11-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends nginx libnginx-mod-http-brotli-static \
 && rm -rf /var/lib/apt/lists/*
# nginx's prefix (-p): the config, the app as dist/ and an empty tmp/, as the config expects.
COPY deploy/nginx.conf /srv/teambalans/nginx.conf
COPY --from=build /src/dist /srv/teambalans/dist
RUN mkdir /srv/teambalans/tmp && nginx -p /srv/teambalans/ -c nginx.conf -t
EXPOSE 80
# QUIT lets nginx finish the requests it is serving before it stops.
STOPSIGNAL SIGQUIT
CMD ["nginx", "-p", "/srv/teambalans/", "-c", "nginx.conf", "-g", "daemon off;"]
