// Registers the service worker (offline use) and, when a new release has installed,
// shows a quiet notice to reload. Plain script, so it works before the app starts.
(function () {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  var texts = {
    nl: ['Er is een nieuwe versie van Teambalans.', 'Herladen'],
    en: ['A new version of Teambalans is available.', 'Reload'],
  };
  function notice(worker) {
    if (document.getElementById('update-notice')) return;
    var lang = (document.documentElement.lang || 'en').slice(0, 2) === 'nl' ? 'nl' : 'en';
    var box = document.createElement('div');
    box.id = 'update-notice';
    box.className = 'update-notice';
    box.setAttribute('role', 'status');
    var text = document.createElement('span');
    text.textContent = texts[lang][0];
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'button small';
    button.textContent = texts[lang][1];
    button.addEventListener('click', function () {
      worker.postMessage('take-over');
    });
    box.appendChild(text);
    box.appendChild(button);
    document.body.appendChild(box);
  }
  var reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', function () {
    if (reloading) return;
    reloading = true;
    location.reload();
  });
  // Only once the app has started: the worker's first install fetches every file of the
  // release, and on a slow phone network that must not compete with the app's own wasm.
  addEventListener('TrunkApplicationStarted', register, { once: true });
  function register() {
  navigator.serviceWorker.register('./sw.js').then(function (registration) {
    function watch(worker) {
      worker.addEventListener('statechange', function () {
        if (worker.state === 'installed' && navigator.serviceWorker.controller) notice(worker);
      });
    }
    if (registration.waiting && navigator.serviceWorker.controller) notice(registration.waiting);
    if (registration.installing) watch(registration.installing);
    registration.addEventListener('updatefound', function () {
      if (registration.installing) watch(registration.installing);
    });
  }).catch(function () { /* No offline use; the app itself works the same. */ });
  }
})();
