// The frame of every first screen, drawn while the page is parsed, before anything is
// painted: the app's own header (boot/frame-screens.html, rendered by the app and written
// by scripts/bless-first-screens.mjs) around a line saying what is loading, in the
// language the app will choose (its stored choice, else the browser's first language).
// The stored document is read here once for every script before the wasm
// (boot/start.js, boot/first-screen.js). The app replaces #boot in one step (src/lib.rs).
// The few texts said before the first paint come from locales/*.json, through the data
// block #boot-early just before this script (scripts/post_build.mjs).
var teambalansStart = (function () {
  var stored = null, nl = false, early = {};
  try { early = JSON.parse(document.getElementById('boot-early').textContent); } catch (e) { early = {}; }
  try {
    stored = JSON.parse(localStorage.getItem('teambalans') || 'null');
    var chosen = stored && stored.settings && stored.settings.locale;
    var first = (navigator.languages && navigator.languages[0]) || navigator.language || '';
    nl = chosen ? chosen === 'nl' : /^nl([-_]|$)/i.test(first);
  } catch (e) { nl = false; }
  var lang = nl ? 'nl' : 'en';
  document.documentElement.lang = lang;
  // Text `key` in this language, its {{ name }}s filled in from `values` (as text only).
  function say(key, values) {
    var text = (early[lang] || {})[key] || '';
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, function (_, name) { return (values && values[name]) || ''; });
  }

  // A copy of the app's markup in template `name` (a <template>, or a text/html data block
  // for the largest, parsed only when asked for), or null. `style` attributes are refused
  // in markup by the CSP: the app's are kept as data-style and set through the CSSOM.
  function copy(name) {
    var template = document.getElementById('boot-' + name);
    if (template && template.type === 'text/html') {
      var made = document.createElement('template');
      made.innerHTML = template.textContent; // the build's own markup, never a user's text
      template = made;
    }
    var element = template && template.content && template.content.firstElementChild;
    if (!element) return null;
    element = element.cloneNode(true);
    element.querySelectorAll('[data-style]').forEach(function (e) {
      e.style.cssText = e.getAttribute('data-style');
      e.removeAttribute('data-style');
    });
    return element;
  }
  // Not the app yet: nothing may mistake this screen for it (its test ids go).
  function quiet(element) {
    element.querySelectorAll('[data-testid]').forEach(function (e) { e.removeAttribute('data-testid'); });
    return element;
  }

  var home = /^(#\/?)?$/.test(location.hash);
  var boot = copy('frame-' + lang);
  var parts = document.getElementById('boot-parts');
  var main = boot && boot.querySelector('main');
  if (!main || !parts) return { lang: lang, stored: stored, home: false, copy: copy, quiet: quiet, say: say };
  quiet(boot);
  boot.id = 'boot';
  main.appendChild(parts.content.cloneNode(true));
  // The footer comes with the page it closes (the start page's, in boot/start.js, or the
  // app's): below a short loading line it would only move down when the page arrives.
  var footer = boot.querySelector('footer');
  if (footer) footer.remove();
  var line = main.querySelector('#boot-line');
  line.textContent = say('boot_loading');
  // The start page follows at once (boot/start.js): its loading line is never painted.
  if (home) main.querySelector('#boot-wait').hidden = true;
  // The skip link's "#main" would be read as a page by the app once it arrives.
  var skip = boot.querySelector('.skip-link');
  if (skip) {
    skip.addEventListener('click', function (event) {
      event.preventDefault();
      main.focus();
    });
  }
  var here = document.currentScript;
  here.parentNode.insertBefore(boot, here);
  return { lang: lang, stored: stored, home: home, footer: footer, copy: copy, quiet: quiet, say: say };
})();
