// The start page (`#/`) before the wasm: the app's own (boot/start-screens.html, rendered by
// the app and written by scripts/bless-first-screens.mjs), put into the frame boot/frame.js
// drew, with the footer that closes it. A returning coach's teams (and own scan) take a
// place kept for them, as tall as their cards will be, so nothing moves when the app draws
// them: the stored document is the one boot/frame.js read.
(function () {
  var start = teambalansStart;
  var boot = document.getElementById('boot');
  var wait = document.getElementById('boot-wait');
  if (!start.home || !boot || !wait) return;
  var page = start.copy('home-' + start.lang);
  if (!page) {
    wait.hidden = false;
    return;
  }
  start.quiet(page);
  var mine = page.querySelector('.home-mine');
  // Their places only: the app draws the cards themselves.
  function keep(name) {
    var card = mine && start.copy(name + '-' + start.lang);
    if (!card) return null;
    start.quiet(card);
    card.style.visibility = 'hidden';
    card.setAttribute('aria-hidden', 'true');
    mine.appendChild(card);
    return card;
  }
  var stored = start.stored;
  var teams = (stored && stored.teams && Array.isArray(stored.teams.teams) && stored.teams.teams.length) || 0;
  var card = teams && keep('my-teams');
  var list = card && card.querySelector('ul');
  var row = list && list.firstElementChild;
  for (var i = 1; row && i < teams; i++) list.appendChild(row.cloneNode(true));
  // The own scan's card, once anything in it is filled in.
  var scan = stored && stored.scan;
  if (scan && (Object.keys(scan.answers || {}).length || Object.keys(scan.trade_offs || {}).length)) keep('own-scan');
  wait.remove();
  var main = boot.querySelector('main');
  main.appendChild(page);
  if (start.footer) boot.appendChild(start.footer);
})();
