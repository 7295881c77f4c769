// The loader's first part, put first in <head> by scripts/post_build.mjs (which fills in
// `build` below with this build's file names): it picks the front-end by the address (a
// member's, boot/member-addresses.json, loads the lean one). Its downloads start in
// boot/loader-body.js, once the first screen is painted.
var teambalansLoad = (function (build) {
  var hash = location.hash;
  var member = build.member.some(function (prefix) { return hash.indexOf(prefix) === 0; });
  var load = member ? build.lean : build.whole;
  return { js: load.js, wasm: load.wasm, rest: build.rest };
})(/* build */ null);
