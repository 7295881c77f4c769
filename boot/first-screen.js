// Before the wasm, for an invite link: the invite's intro and, behind "Begin", the
// questionnaire's first step, in the language boot/frame.js chose. Both are the app's own
// markup: <template>s in boot/intro-screens.html and boot/step-screens.html, rendered by
// the app and written by scripts/bless-first-screens.mjs, which the build puts into
// index.html. Here they are only filled in (the invite's team, round and date, read by
// boot/invite.js, as text only) and made to answer like the app's until it arrives and
// takes them in (src/platform/first_screen.rs). The few texts the screen says itself come
// from locales/*.json through #boot-texts (scripts/post_build.mjs), read after the first
// paint.
(function () {
  // The language and the stored document, as boot/frame.js read them (once).
  var lang = teambalansStart.lang, nl = lang === 'nl', saved = teambalansStart.stored, texts = null;
  function say(key) {
    if (!texts) {
      try { texts = JSON.parse(document.getElementById('boot-texts').textContent); } catch (e) { texts = {}; }
    }
    return (texts[lang] || {})[key] || '';
  }
  var line = document.getElementById('boot-line');
  // What an invite is for, and its intro, are drawn at once: the loader's downloads wait
  // for the first screen's paint (boot/loader-body.js), and the intro is the largest part.
  // The step's templates come last in the page (index.html): `then` once they are parsed.
  function parsed(then) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', then);
    else then();
  }
  function showInvite() {
    var invite = null;
    try { invite = teambalansInvite.read(location.hash); } catch (e) { invite = null; }
    var what = document.getElementById('boot-for');
    if (!invite || !what) return;
    what.textContent = teambalansStart.say(invite.round ? 'boot_invite_for' : 'boot_invite_from', { team: invite.team, round: invite.round });
    what.hidden = false;
    line.textContent = teambalansStart.say('boot_loading_scan');
    // An open round's intro asks for a name: the app draws that one.
    if (invite.open || known(invite.id)) return;
    showIntro(invite);
  }
  // The download failed (a dropped connection): say so, and try again in place when
  // asked, so what was filled in on this screen stays.
  addEventListener('teambalans-load-failed', function () {
    var box = document.getElementById('boot-failed');
    if (!box) return;
    box.querySelector('p').textContent = say('boot_failed');
    var retry = box.querySelector('button');
    retry.textContent = say('boot_retry');
    retry.onclick = function () {
      box.hidden = true;
      dispatchEvent(new CustomEvent('teambalans-load-retry'));
    };
    box.hidden = false;
    retry.focus({ preventScroll: true });
  });
  // An invite this browser already has may have answers: the app shows where the member
  // is, so the fresh intro is not shown for it.
  function known(id) {
    var list = (saved && saved.invitations) || [];
    for (var i = 0; i < list.length; i++) {
      if (list[i] && list[i].invite && list[i].invite.round === id) return true;
    }
    return false;
  }
  // The app's markup in a template (boot/frame.js), or null for an instrument no open
  // round uses.
  var copy = teambalansStart.copy;
  // The part with test id `id`; then every test id goes, so that nothing mistakes this
  // screen for the app.
  function part(section, id) {
    var found = section.querySelector('[data-testid="' + id + '"]');
    teambalansStart.quiet(section);
    return found;
  }
  function slot(section, name, text) {
    var found = section.querySelector('[data-slot="' + name + '"]');
    if (found) {
      found.textContent = text;
      found.removeAttribute('data-slot');
    }
  }
  function showIntro(invite) {
    var name = 'intro-' + invite.instrument + '-' + lang;
    var intro = copy(name);
    var main = document.querySelector('#boot main');
    if (!intro || !main) return;
    // The round's date as the app writes it (crates/core/src/dates.rs; first-screen.spec.ts
    // compares the two word for word), and a round without a title named by it.
    var date = new Intl.DateTimeFormat(nl ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
      .format(new Date(invite.days * 86400000));
    var untitled = document.getElementById('boot-' + name).getAttribute('data-untitled') || '';
    slot(intro, 'team', invite.team);
    slot(intro, 'round', invite.round || untitled.replace('{date}', date));
    slot(intro, 'date', date);
    var note = intro.querySelector('[data-if="desired"]');
    if (note && !invite.desired) note.remove();
    var begin = part(intro, 'scan-begin');
    intro.id = 'boot-intro';
    begin.id = 'boot-begin';
    begin.addEventListener('click', function () { showStep(invite, intro); });
    document.getElementById('boot-wait').hidden = true;
    main.appendChild(intro);
    restore(invite, intro);
  }
  // What was answered here before the wasm is kept in this tab (sessionStorage) until
  // the app has taken it in: a reload, or a phone that drops the tab, loses nothing.
  // Read back as untrusted: only an input this step has, with a value it offers.
  var KEEP = 'teambalans-first-step';
  function keep(invite, section) {
    var fields = [];
    section.querySelectorAll('input[type=radio]:checked').forEach(function (i) { fields.push([i.name, i.value]); });
    section.querySelectorAll('input[type=range][data-given]').forEach(function (i) { fields.push([i.id, i.value]); });
    try {
      sessionStorage.setItem(KEEP, JSON.stringify({ round: invite.id, on: !section.hidden, fields: fields }));
    } catch (e) { /* storage off or full: the page still holds them */ }
  }
  function restore(invite, intro) {
    parsed(function () { restoreKept(invite, intro); });
  }
  function restoreKept(invite, intro) {
    var kept = null;
    try { kept = JSON.parse(sessionStorage.getItem(KEEP) || 'null'); } catch (e) { kept = null; }
    if (!kept || kept.round !== invite.id || !Array.isArray(kept.fields) || !kept.fields.length) return;
    if (!step) step = makeStep(invite, intro);
    if (!step) return;
    var radios = step.querySelectorAll('input[type=radio]');
    kept.fields.forEach(function (f) {
      if (!Array.isArray(f) || typeof f[0] !== 'string' || typeof f[1] !== 'string') return;
      radios.forEach(function (i) {
        if (i.name === f[0] && i.value === f[1]) i.checked = true;
      });
      var range = document.getElementById(f[0]);
      if (range && range.type === 'range' && step.contains(range) && /^\d{1,2}$/.test(f[1]) && Number(f[1]) <= Number(range.max)) {
        range.value = f[1];
        range.dispatchEvent(new Event('input'));
      }
    });
    step.dispatchEvent(new Event('change'));
    if (kept.on) showStep(invite, intro);
  }
  addEventListener('TrunkApplicationStarted', function () {
    try { sessionStorage.removeItem(KEEP); } catch (e) { /* nothing kept */ }
  });
  // The questionnaire's first step, as the app draws it: the member answers it while the
  // wasm arrives, and the app takes the answers in (crates/core/src/scan/first_screen.rs).
  // Made at the press (or to bring back answers kept over a reload), not before.
  var step = null;
  function showStep(invite, intro) {
    if (!document.getElementById('boot')) return; // the app has already taken over
    if (!step && document.readyState === 'loading') {
      parsed(function () { showStep(invite, intro); });
      return;
    }
    if (!step) step = makeStep(invite, intro);
    if (!step) return;
    document.documentElement.setAttribute('data-boot-begin', '');
    intro.hidden = true;
    step.hidden = false;
    keep(invite, step);
    scrollTo(0, 0);
    step.querySelector('h1').focus();
  }
  function makeStep(invite, intro) {
    var section = copy('step-' + invite.instrument + '-' + lang + (invite.desired ? '-desired' : '-now'));
    if (!section) return null;
    var next = section.querySelector('[data-testid="scan-next"]');
    var back = part(section, 'scan-back');
    section.id = 'boot-step';
    // Not saved yet: the app saves these answers the moment it arrives.
    var note = section.querySelector('[data-slot="saved"]');
    if (note) {
      note.textContent = say('scan_saved_soon');
      note.classList.add('pending');
      note.removeAttribute('data-slot');
    }
    var unanswered = section.querySelector('.unanswered-note');
    var waiting = document.createElement('p');
    waiting.className = 'boot-line';
    waiting.setAttribute('role', 'status');
    section.appendChild(waiting);
    // A trade-off's slider, as the app's: its division said in words once it is given.
    section.querySelectorAll('.points').forEach(function (box) {
      var range = box.querySelector('input[type=range]');
      var value = box.querySelector('.points-value');
      var even = box.querySelector('button');
      if (!range || !value) return;
      function given() {
        var a = Number(range.value);
        var text = say('trade_off_value').replace('{{ a }}', a).replace('{{ b }}', Number(range.max) - a);
        range.setAttribute('data-given', '');
        range.setAttribute('aria-valuetext', text);
        value.textContent = text;
        box.classList.add('given');
        answered();
      }
      range.addEventListener('input', given);
      if (even) even.addEventListener('click', function () { range.value = String(Number(range.max) / 2); given(); });
    });
    // As the app marks them: a statement answered for today, and the note until all are.
    // Every answer passes here (a radio, the slider, "Equally well"): kept in the tab too.
    function answered() {
      var all = true;
      section.querySelectorAll('fieldset.statement').forEach(function (f) {
        var done = !!f.querySelector('input[name$="-now"]:checked');
        f.classList.toggle('answered', done);
        all = all && done;
      });
      var slider = section.querySelector('input[type=range][id$="-now"]');
      if (unanswered) unanswered.hidden = all && (!slider || slider.hasAttribute('data-given'));
      keep(invite, section);
    }
    section.addEventListener('change', answered);
    back.addEventListener('click', function () {
      document.documentElement.removeAttribute('data-boot-begin');
      section.hidden = true;
      keep(invite, section);
      intro.hidden = false;
      scrollTo(0, 0);
      intro.querySelector('h1').focus();
    });
    next.addEventListener('click', function () {
      document.documentElement.setAttribute('data-boot-next', '');
      next.setAttribute('aria-disabled', 'true');
      waiting.textContent = teambalansStart.say('boot_loading_scan');
    });
    section.hidden = true;
    intro.parentNode.appendChild(section);
    return section;
  }
  showInvite();
})();
