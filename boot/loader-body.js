// The loader's second part, inlined after the first screen (index.html): the glue and the
// rest of the styles are small and arrive well before the wasm, so they need not hold back
// the first screen's paint. Then it starts the front-end boot/loader-head.js chose.
(function () {
  var js = teambalansLoad.js;
  var wasm = teambalansLoad.wasm;
  var rest = teambalansLoad.rest;
  var head = document.head;
  var glue = document.createElement('link');
  glue.rel = 'modulepreload';
  glue.href = js;
  head.appendChild(glue);
  var early = document.createElement('link');
  early.rel = 'preload';
  early.as = 'style';
  early.href = rest;
  head.appendChild(early);
  function start() {
    var sheet = document.createElement('link');
    sheet.rel = 'stylesheet';
    sheet.href = rest;
    sheet.onload = sheet.onerror = run;
    // At the end of the body, after the questionnaire's styles: the cascade keeps style/'s order.
    document.body.appendChild(sheet);
  }
  function run() {
    import(js).then(function (bindings) {
      return bindings.default({ module_or_path: wasm }).then(function (instance) {
        window.wasmBindings = bindings;
        dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: instance } }));
      });
    }).catch(function (error) {
      // A download that failed (a TypeError, not a wasm error): the first screen says so
      // and tries again in place when asked, so nothing typed on it is lost.
      if (error instanceof TypeError) dispatchEvent(new CustomEvent('teambalans-load-failed'));
      else throw error;
    });
  }
  addEventListener('teambalans-load-retry', run);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
