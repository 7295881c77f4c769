// The loader's first part, put first in <head> by scripts/post_build.mjs (which fills in
// `build` below with this build's file names): it picks the front-end by the address (a
// member's, boot/member-addresses.json, loads the lean one) and starts the wasm, the
// longest download, as early as the page allows.
var teambalansLoad = (function (build) {
  var hash = location.hash;
  var member = build.member.some(function (prefix) { return hash.indexOf(prefix) === 0; });
  var load = member ? build.lean : build.whole;
  var code = document.createElement('link');
  code.rel = 'preload';
  code.as = 'fetch';
  code.type = 'application/wasm';
  code.crossOrigin = 'anonymous';
  code.href = load.wasm;
  document.head.appendChild(code);
  return { js: load.js, wasm: load.wasm, rest: build.rest };
})(/* build */ null);
