// Before the wasm: the language the app will choose, and for an invite link the
// invite's intro with its team and round (read by boot/invite.js, inlined before this
// file; shown as text only). The intro's texts are the app's own, put in #boot-texts by
// scripts/post_build.mjs from locales/*.json: as data, not code, and read only after
// the first paint, so a slow phone does not compile them before it shows anything.
(function () {
  var nl = false, saved = null, texts = null;
  function textsOf(lang) {
    if (!texts) {
      try { texts = JSON.parse(document.getElementById('boot-texts').textContent); } catch (e) { texts = {}; }
    }
    return texts[lang] || null;
  }
  try {
    saved = JSON.parse(localStorage.getItem('teambalans') || 'null');
    var chosen = saved && saved.settings && saved.settings.locale;
    var first = (navigator.languages && navigator.languages[0]) || navigator.language || '';
    nl = chosen ? chosen === 'nl' : /^nl([-_]|$)/i.test(first);
  } catch (e) { nl = false; }
  var lang = nl ? 'nl' : 'en';
  document.documentElement.lang = lang;
  var pressed = document.querySelector('#boot .lang-option[lang=' + lang + ']');
  if (pressed) pressed.setAttribute('aria-pressed', 'true');
  var line = document.getElementById('boot-line');
  line.textContent = nl ? 'Teambalans wordt geladen…' : 'Loading Teambalans…';
  var loadingScan = nl ? 'De vragenlijst wordt geladen…' : 'Loading the questionnaire…';
  // What an invite is for, and its intro, are laid out after this line is painted: on a
  // slow phone reading the link (and the date's formatting, and the intro's long text)
  // would otherwise hold back the first paint.
  requestAnimationFrame(function () { setTimeout(showInvite, 0); });
  function showInvite() {
    var invite = null;
    try { invite = teambalansInvite.read(location.hash); } catch (e) { invite = null; }
    if (!invite || !document.getElementById('boot')) return;
    var what = document.getElementById('boot-for');
    what.textContent = (nl ? 'Uitnodiging van ' : 'Invitation from ') + invite.team +
      (invite.round ? (nl ? ' voor ‘' : ' for ‘') + invite.round + '’' : '');
    what.hidden = false;
    line.textContent = loadingScan;
    // An open round's intro asks for a name: the app draws that one.
    if (invite.open || known(invite.id)) return;
    var t = textsOf(lang);
    if (t && t.step && invite.instrument === t.step.instrument) showIntro(invite, t);
  }
  // The download failed (a dropped connection): say so, and try again in place when
  // asked, so what was filled in on this screen stays.
  addEventListener('teambalans-load-failed', function () {
    var box = document.getElementById('boot-failed');
    var t = textsOf(lang);
    if (!box || !t) return;
    box.querySelector('p').textContent = t.boot_failed;
    var retry = box.querySelector('button');
    retry.textContent = t.boot_retry;
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
  function showIntro(invite, t) {
    var intro = document.getElementById('boot-intro');
    if (!intro) return; // the app has already taken over
    var parts = intro.querySelectorAll('.round-banner span');
    var date = new Intl.DateTimeFormat(nl ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
      .format(new Date(invite.days * 86400000));
    parts[0].textContent = invite.team;
    parts[1].textContent = invite.round || t.round_of.replace('{{ date }}', date);
    parts[2].textContent = date;
    intro.querySelector('h1').textContent = t.scan_intro_title;
    var ps = intro.querySelectorAll(':scope > p:not([class]), :scope > p.lead');
    ps[0].textContent = t.scan_intro_p1;
    ps[1].textContent = t.scan_intro_p2;
    var facts = intro.querySelectorAll('.facts li');
    // The instrument's counts as ScanIntro fills them in: every statement, and a
    // trade-off per step (first-screen.spec.ts compares the two word for word).
    facts[0].textContent = t.scan_intro_time_v2.replace('{{ statements }}', t.step.total)
      .replace('{{ items }}', t.step.steps).replace('{{ steps }}', t.step.steps);
    facts[1].textContent = t.scan_intro_privacy;
    var note = intro.querySelector('.note');
    note.textContent = t.scan_round_asks_desired;
    note.hidden = !invite.desired;
    var begin = document.getElementById('boot-begin');
    begin.textContent = t.scan_begin;
    begin.addEventListener('click', function () { showStep(invite, t, intro); });
    document.getElementById('boot-wait').hidden = true;
    intro.hidden = false;
    restore(invite, t, intro);
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
  function restore(invite, t, intro) {
    var kept = null;
    try { kept = JSON.parse(sessionStorage.getItem(KEEP) || 'null'); } catch (e) { kept = null; }
    if (!kept || kept.round !== invite.id || !Array.isArray(kept.fields) || !kept.fields.length) return;
    if (!step) step = buildStep(invite, t, intro);
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
    if (kept.on) showStep(invite, t, intro);
  }
  addEventListener('TrunkApplicationStarted', function () {
    try { sessionStorage.removeItem(KEEP); } catch (e) { /* nothing kept */ }
  });
  // The questionnaire's first step, as ScanDimension draws it (its statements from
  // boot/first-step.json): the member answers it while the wasm arrives, and the app
  // takes the answers in (src/domain/scan/first_screen.rs). Built at the press (or to bring back
  // answers kept over a reload), not before.
  var step = null;
  function showStep(invite, t, intro) {
    var root = document.documentElement;
    if (!document.getElementById('boot')) return; // the app has already taken over
    if (!step) step = buildStep(invite, t, intro);
    root.setAttribute('data-boot-begin', '');
    intro.hidden = true;
    step.hidden = false;
    keep(invite, step);
    scrollTo(0, 0);
    step.querySelector('h1').focus();
  }
  function el(tag, attrs, kids) {
    var e = document.createElement(tag);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    for (var i = 0; kids && i < kids.length; i++) {
      var kid = kids[i];
      if (kid != null) e.appendChild(typeof kid === 'string' ? document.createTextNode(kid) : kid);
    }
    return e;
  }
  function buildStep(invite, t, intro) {
    var s = t.step;
    var fill = el('span', { class: 'progress-fill' });
    fill.style.width = Math.floor(100 / s.steps) + '%';
    var nowOnly = !invite.desired;
    var statements = s.statements.map(function (st) {
      function scale(horizon) {
        var name = 's' + st.id + '-' + horizon;
        var option = function (o) {
          return el('label', { class: o.skip ? 'option skip' : 'option' }, [
            el('input', { type: 'radio', name: name, value: String(o.id), 'data-answer': String(o.id) }),
            el('span', { class: 'option-label' }, [o.label]),
          ]);
        };
        var parts = [
          el('div', { class: 'levels' }, s.options.filter(function (o) { return !o.skip; }).map(option)),
          el('div', { class: 'non-answers' }, s.options.filter(function (o) { return o.skip; }).map(option)),
        ];
        if (nowOnly) return el('div', { class: 'options scale', 'data-horizon': horizon }, parts);
        return el('fieldset', { class: 'scale', 'data-horizon': horizon }, [
          el('legend', { class: 'scale-caption' }, [horizon === 'now' ? t.scan_now_label : t.scan_desired_label]),
          el('div', { class: 'options' }, parts),
        ]);
      }
      return el('fieldset', { class: 'statement', id: 'statement-' + st.id, 'data-statement': String(st.id), 'data-pole': st.pole, 'data-key': st.key }, [
        el('legend', { class: 'statement-text' }, [st.text]),
        nowOnly ? scale('now') : el('div', { class: 'scales two' }, [scale('now'), scale('desired')]),
      ]);
    });
    var tid = 'trade-off-' + s.dimension;
    function points(horizon) {
      var id = 't' + s.dimension + '-' + horizon;
      var notYet = t.trade_off_not_yet;
      var range = el('input', { type: 'range', id: id, min: '0', max: String(s.points), step: '1', 'aria-valuetext': notYet });
      range.value = String(s.points / 2);
      var value = el('p', { class: 'points-value', 'aria-hidden': 'true' }, [notYet]);
      var box = el('div', { class: 'points', 'data-horizon': horizon }, [
        el('label', { class: 'points-caption', for: id }, [horizon === 'now' ? t.scan_now_label : t.scan_desired_label]),
        el('div', { class: 'points-row' }, [el('span', { class: 'points-end', 'aria-hidden': 'true' }, ['A']), range, el('span', { class: 'points-end', 'aria-hidden': 'true' }, ['B'])]),
        value,
        el('button', { type: 'button', class: 'button small' }, [t.trade_off_even]),
      ]);
      function given() {
        var a = Number(range.value);
        var text = t.trade_off_value.replace('{{ a }}', a).replace('{{ b }}', s.points - a);
        range.setAttribute('data-given', '');
        range.setAttribute('aria-valuetext', text);
        value.textContent = text;
        box.classList.add('given');
        answered();
      }
      range.addEventListener('input', given);
      box.querySelector('button').addEventListener('click', function () { range.value = String(s.points / 2); given(); });
      return box;
    }
    var unanswered = el('p', { class: 'unanswered-note', role: 'status' }, [t.scan_unanswered]);
    var back = el('button', { type: 'button', class: 'button' }, [t.scan_back]);
    var next = el('button', { type: 'button', class: 'button primary' }, [t.scan_next]);
    var waiting = el('p', { class: 'boot-line', role: 'status' });
    var section = el('section', { class: 'scan-step narrow', id: 'boot-step', 'data-dimension': String(s.dimension), 'data-instrument': String(s.instrument) }, [
      el('div', { class: 'progress' }, [
        el('span', { class: 'progress-text' }, [t.scan_progress.replace('{{ current }}', '1').replace('{{ total }}', s.steps)]),
        el('span', { class: 'progress-track', 'aria-hidden': 'true' }, [fill]),
      ]),
      el('h1', { tabindex: '-1' }, [s.name]),
      el('p', { class: 'instructions' }, [nowOnly ? t.scan_instructions_v2 : t.scan_instructions_v2_desired]),
      el('div', { class: 'statements' }, statements),
      el('fieldset', { class: 'trade-off', 'data-dimension': String(s.dimension), 'aria-describedby': tid + '-hint' }, [
        el('legend', { class: 'statement-text', id: tid }, [t.trade_off_heading]),
        el('p', { class: 'hint', id: tid + '-hint' }, [t.trade_off_hint]),
        el('div', { class: 'trade-off-sides' }, [
          el('p', { class: 'side anglo' }, [el('span', { class: 'side-tag', 'aria-hidden': 'true' }, ['A']), el('span', {}, [s.anglo])]),
          el('p', { class: 'side rhine' }, [el('span', { class: 'side-tag', 'aria-hidden': 'true' }, ['B']), el('span', {}, [s.rhine])]),
        ]),
        points('now'),
        nowOnly ? null : points('desired'),
      ]),
      // Not saved yet: the app saves these answers the moment it arrives.
      el('p', { class: 'saved-note pending', 'aria-hidden': 'true' }, [t.scan_saved_soon]),
      unanswered,
      el('nav', { class: 'step-nav' }, [back, next]),
      waiting,
    ]);
    // As the app marks them: a statement answered for today, and the note until all are.
    // Every answer passes here (a radio, the slider, "Equally well"): kept in the tab too.
    function answered() {
      var all = true;
      section.querySelectorAll('fieldset.statement').forEach(function (f) {
        var done = !!f.querySelector('input[name$="-now"]:checked');
        f.classList.toggle('answered', done);
        all = all && done;
      });
      unanswered.hidden = all && !!section.querySelector('input[type=range][id$="-now"][data-given]');
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
      waiting.textContent = loadingScan;
    });
    section.hidden = true;
    intro.parentNode.appendChild(section);
    return section;
  }
})();
