// The loader's second part, inlined after every script that draws a first screen
// (index.html). The downloads begin once the first screen is painted, so that its largest
// paint never waits on them, even as a lab's network model counts it (Lighthouse counts
// every download that ends before it). Then it starts the front-end boot/loader-head.js
// chose.
(function () {
  var js = teambalansLoad.js;
  var wasm = teambalansLoad.wasm;
  var rest = teambalansLoad.rest;
  var head = document.head;
  var begun = false;
  function preload(rel, as, href) {
    var link = document.createElement('link');
    link.rel = rel;
    if (as) link.as = as;
    link.href = href;
    if (as === 'fetch') {
      link.type = 'application/wasm';
      link.crossOrigin = 'anonymous';
    }
    head.appendChild(link);
  }
  function begin() {
    if (begun) return;
    begun = true;
    preload('preload', 'fetch', wasm);
    preload('modulepreload', '', js);
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
  // The frame after this point of the page paints the whole first screen (every script
  // that draws one comes before this one, index.html); a hidden tab paints no frames until
  // it is shown, so there they begin at once.
  function unseen() {
    if (document.hidden) begin();
  }
  document.addEventListener('visibilitychange', unseen);
  unseen();
  // The second frame's callback: the first has been painted (a task after it would wait
  // for the rest of the page to be parsed).
  requestAnimationFrame(function () { requestAnimationFrame(begin); });
  addEventListener('teambalans-load-retry', run);
})();
