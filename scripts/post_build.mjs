// Trunk post_build hook: finishes the built app in Trunk's staging directory.
// 0. The member's front-end (target/member-dist, built first by scripts/build.sh) joins
//    this build, and Trunk's bootstrap is replaced by one that picks a front-end by the
//    address: an invite (#/i/…) or a member's questionnaire (#/answer/…) loads the
//    member's lean wasm, anything else the whole app's.
// 1. A strict Content-Security-Policy meta tag, with the hashes of the page's inline
//    scripts and styles, so no 'unsafe-inline' is needed.
// 2. sw.js: a service worker that caches exactly this build's files, named by a hash
//    of their contents, so the app opens offline and never mixes two releases.
// 3. The HTTP headers a real host sends (the same CSP, which as a header can also forbid
//    framing, and the other security and caching headers), written for the hosts in the
//    README's Deploy section: _headers (Netlify, Cloudflare Pages) and _headers.nginx
//    (included by deploy/nginx.conf). Both are per build because the CSP hash is.
// 4. .br and .gz next to every text file, at the highest levels, so a server sends them as
//    they are instead of compressing on each request (nginx: brotli_static, gzip_static).
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('post_build.mjs runs as a Trunk hook (TRUNK_STAGING_DIR unset)');
// member.html builds the member's lean front-end (scripts/build.sh, first): only its wasm
// and glue are used, taken into the whole app's build below.
if (/member\.html$/.test(process.env.TRUNK_HTML_FILE ?? '')) process.exit(0);

const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');

const memberDist = join(process.env.TRUNK_SOURCE_DIR ?? '.', 'target', 'member-dist');
// Trunk writes its content hash without leading zeros: 16 hex digits, sometimes fewer.
const glue = (d, prefix) => {
  const names = existsSync(d) ? readdirSync(d) : [];
  const js = names.find((n) => new RegExp(`^${prefix}-[0-9a-f]{1,16}\\.js$`).test(n));
  const wasm = names.find((n) => new RegExp(`^${prefix}-[0-9a-f]{1,16}_bg\\.wasm$`).test(n));
  if (!js || !wasm) throw new Error(`no ${prefix} JS glue and wasm in ${d}: run scripts/build.sh, which builds member.html first`);
  return { js, wasm };
};
const whole = glue(dir, 'teambalans');
const member = glue(memberDist, 'teambalans-member');
for (const f of [member.js, member.wasm]) copyFileSync(join(memberDist, f), join(dir, f));
// Trunk's preloads and module bootstrap name the whole app's files only: they go, and a
// loader in their place preloads the chosen front-end's wasm and glue (in parallel: one
// round trip, not two) and starts it when the page is parsed.
const trunkPreload = /<link[^>]*\brel=["']?(modulepreload|preload)["']?[^>]*>/g;
const trunkBoot = /<script type=["']?module["']?>[^<]*<\/script>/;
if ((html.match(trunkPreload) ?? []).length !== 2 || !trunkBoot.test(html)) {
  throw new Error("index.html has not Trunk's two preloads and module bootstrap: has Trunk's output changed?");
}
// The rest of the stylesheet (Trunk.toml): not render-blocking. The loader preloads it
// at once and applies it after the inlined part (the cascade order of style/), before the
// app starts; the first screen needs only the inlined part.
// Trunk writes its attributes in any order: the tag is the stylesheet link naming rest-<hash>.css.
const restMatch = (html.match(/<link\b[^>]*>/g) ?? [])
  .map((tag) => [tag, /\bhref=["']?([^"' >]*rest-[0-9a-f]{1,16}\.css)/.exec(tag)])
  .find(([tag, href]) => href && /\brel=["']?stylesheet\b/.test(tag));
if (!restMatch) throw new Error("index.html has no rest-<hash>.css stylesheet from Trunk: see Trunk.toml's pre_build hook");
const restCss = restMatch[1][1].split('/').pop();
html = html.replace(restMatch[0], '');
// A member's addresses, said once in src/routes.rs (MEMBER_ADDRESSES) and pinned to this
// file by its test.
const memberAddresses = JSON.parse(readFileSync(join(process.env.TRUNK_SOURCE_DIR ?? '.', 'boot', 'member-addresses.json'), 'utf8'));
const loaderHead = `var teambalansLoad = (function () {
  var hash = location.hash;
  var member = ${JSON.stringify(memberAddresses)}.some(function (p) { return hash.indexOf(p) === 0; });
  var load = {
    js: member ? './${member.js}' : './${whole.js}',
    wasm: member ? './${member.wasm}' : './${whole.wasm}',
  };
  var code = document.createElement('link');
  code.rel = 'preload';
  code.as = 'fetch';
  code.type = 'application/wasm';
  code.crossOrigin = 'anonymous';
  code.href = load.wasm;
  document.head.appendChild(code);
  return load;
})();`;
const loaderBody = `(function () {
  var js = teambalansLoad.js;
  var wasm = teambalansLoad.wasm;
  var head = document.head;
  var glue = document.createElement('link');
  glue.rel = 'modulepreload';
  glue.href = js;
  head.appendChild(glue);
  var rest = './${restCss}';
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
})();`;
// The loader is in two parts. The first goes first in <head>, before the inlined stylesheet
// is parsed: the wasm, the longest download, then starts as early as the page allows. The
// second takes the place of index.html's __LOADER__ script, after the first screen and the
// questionnaire's styles: the glue and the rest of the styles are small and arrive well
// before the wasm, and a phone that receives the page in pieces can paint the first
// screen's loading line from the first piece.
html = html.replace(trunkPreload, '').replace(trunkBoot, '');
const headStart = /<meta charset="?utf-8"?>/i;
if (!headStart.test(html)) throw new Error('index.html has no <meta charset=utf-8> to put the loader after');
html = html.replace(headStart, (m) => `${m}<script>${loaderHead}</script>`);
const loaderSlot = /<script>\s*__LOADER__;?\s*<\/script>/;
if (!loaderSlot.test(html)) throw new Error('index.html has no <script>__LOADER__</script> slot for the loader');
html = html.replace(loaderSlot, () => `<script>${loaderBody}</script>`);

// The invite's first screen (boot/first-screen.js) shows the app's own intro texts, taken here from
// the locale files so they are written once. `round_of` is `display_title`'s text for a
// round without a title (src/domain/round/rounds.rs).
// The questionnaire's first step on that screen (boot/first-screen.js's buildStep) uses the step's
// texts, and the instrument's first dimension from boot/first-step.json (made from the
// instrument by tests/first_step.rs), in each language.
const bootKeys = ['scan_intro_title', 'scan_intro_p1', 'scan_intro_p2', 'scan_intro_time_v2', 'scan_intro_privacy', 'scan_round_asks_desired', 'scan_begin',
  'scan_progress', 'scan_instructions_v2', 'scan_instructions_v2_desired', 'scan_now_label', 'scan_desired_label', 'trade_off_heading', 'trade_off_hint',
  'trade_off_value', 'trade_off_not_yet', 'trade_off_even', 'scan_saved_soon', 'scan_unanswered', 'scan_back', 'scan_next',
  'boot_failed', 'boot_retry'];
const source = process.env.TRUNK_SOURCE_DIR ?? '.';
const firstStep = JSON.parse(readFileSync(join(source, 'boot', 'first-step.json'), 'utf8'));
const bootTexts = {};
for (const [lang, roundOf] of [['nl', 'Ronde van {{ date }}'], ['en', 'Round of {{ date }}']]) {
  const all = JSON.parse(readFileSync(join(source, 'locales', `${lang}.json`), 'utf8'));
  bootTexts[lang] = { round_of: roundOf };
  for (const key of bootKeys) {
    if (typeof all[key] !== 'string') throw new Error(`locales/${lang}.json has no text ${key} for the first screen`);
    bootTexts[lang][key] = all[key];
  }
  const say = (text) => {
    if (typeof text?.[lang] !== 'string') throw new Error(`boot/first-step.json lacks a ${lang} text`);
    return text[lang];
  };
  bootTexts[lang].step = {
    instrument: firstStep.instrument,
    steps: firstStep.steps,
    total: firstStep.total,
    dimension: firstStep.dimension,
    points: firstStep.points,
    name: say(firstStep.name),
    anglo: say(firstStep.anglo),
    rhine: say(firstStep.rhine),
    statements: firstStep.statements.map((s) => ({ id: s.id, pole: s.pole, key: s.key, text: say(s.text) })),
    options: firstStep.options.map((o) => ({ id: o.id, skip: o.skip, label: say(o.label) })),
  };
}
const textsSlot = /(<script\b[^>]*\bid="?boot-texts"?[^>]*>)\s*__BOOT_TEXTS__\s*(<\/script>)/;
const slot = textsSlot.exec(html);
if (!slot || !/application\/json/.test(slot[1])) throw new Error(`index.html has no #boot-texts JSON block with a __BOOT_TEXTS__ slot: ${slot?.[1] ?? 'none'}`);
// JSON inside <script>: `<` escaped so no text can close the element.
html = html.replace(textsSlot, (_, open, close) => open + JSON.stringify(bootTexts).replace(/</g, '\\u003c') + close);
// The scripts that run (a data block is never run, so it needs no hash).
const inline = [...html.matchAll(/<script(?![^>]*\b(?:src|type)=)[^>]*>([\s\S]*?)<\/script>/g)];
const sha = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const hashes = inline.map((m) => sha(m[1]));
// The stylesheet is inlined (one round trip less before the first screen): its hash.
const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => sha(m[1]));
const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  `style-src 'self' ${styles.join(' ')}`.trim(),
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
const meta = `<meta http-equiv="Content-Security-Policy" content="${csp}">`;
const charset = /<meta charset="?utf-8"?>/i;
if (!charset.test(html)) throw new Error('index.html has no <meta charset=utf-8> to put the CSP after');
html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '').replace(charset, (m) => `${m}${meta}`);
writeFileSync(indexPath, html);

// Every file of this build, relative to the app's root ('./' serves index.html); not the
// host files and compressed copies made below, which are never fetched by that name.
const generated = (name) => name.startsWith('_headers') || /\.(br|gz)$/.test(name);
const files = [];
const walk = (d) => {
  for (const name of readdirSync(d)) {
    const path = join(d, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name !== 'sw.js' && !generated(name)) files.push(relative(dir, path).split(sep).join('/'));
  }
};
walk(dir);
files.sort();
const version = createHash('sha256');
for (const f of files) version.update(f).update(readFileSync(join(dir, f)));
const cacheName = `teambalans-${version.digest('hex').slice(0, 16)}`;
const sw = readFileSync(new URL('./sw.template.js', import.meta.url), 'utf8')
  .replace('__CACHE__', cacheName)
  .replace('__FILES__', JSON.stringify(['./', ...files.map((f) => `./${f}`)]));
writeFileSync(join(dir, 'sw.js'), sw);

// Headers for every response. The Permissions-Policy turns off what the app never uses;
// it keeps clipboard-write and web-share, with which members send their links. Only
// features Chromium knows: an unknown one is a console warning on every page load.
const headers = {
  'Content-Security-Policy': `${csp}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': [
    'accelerometer', 'autoplay', 'browsing-topics', 'camera', 'display-capture',
    'encrypted-media', 'gamepad', 'geolocation', 'gyroscope', 'hid', 'idle-detection',
    'magnetometer', 'microphone', 'midi', 'payment', 'picture-in-picture',
    'publickey-credentials-get', 'screen-wake-lock', 'serial', 'usb', 'xr-spatial-tracking',
  ].map((feature) => `${feature}=()`).join(', '),
  'Cross-Origin-Opener-Policy': 'same-origin',
};
// Trunk puts a content hash in the names of the wasm, its JS glue and the CSS: those can
// be kept a year. Everything else (index.html, sw.js, the manifest, icons) is revalidated
// on every load, so a release is never served stale. deploy/nginx.conf uses the same rule.
const hashed = (file) => /-[0-9a-f]{1,16}(_bg)?\.(js|wasm|css)$/.test(file);
const IMMUTABLE = 'public, max-age=31536000, immutable';
const cacheControl = (file) => (hashed(file) ? IMMUTABLE : 'no-cache');
const all = [...files, 'sw.js'].sort();
if (!all.some(hashed)) throw new Error('no file with a content hash in its name: has Trunk changed its file names?');

// Netlify and Cloudflare Pages: the security headers on every path, Cache-Control per file
// (two matching rules would join their values, so no Cache-Control under /*).
const rules = [
  ['/*', Object.entries(headers)],
  ['/', [['Cache-Control', 'no-cache']]],
  ...all.map((f) => [`/${f}`, [['Cache-Control', cacheControl(f)]]]),
];
writeFileSync(join(dir, '_headers'), rules.map(([path, hs]) => [path, ...hs.map(([k, v]) => `  ${k}: ${v}`)].join('\n')).join('\n') + '\n');

// nginx: add_header lines for deploy/nginx.conf to include. 'always' puts them on errors
// and redirects too. A '"' or '\' would end or escape the string, a '$' be read as a variable.
for (const value of Object.values(headers)) {
  if (/["$\\]/.test(value)) throw new Error(`header value not safe in nginx config: ${value}`);
}
const nginx = Object.entries(headers).map(([k, v]) => `add_header ${k} "${v}" always;`);
writeFileSync(join(dir, '_headers.nginx'), `# Generated by scripts/post_build.mjs for this build; included by deploy/nginx.conf.\n${nginx.join('\n')}\n`);

// Compressed copies of the text files (PNGs are compressed already): brotli at quality 11
// with the largest window, gzip at level 9, for servers that send precompressed files.
const text = /\.(html|js|css|wasm|svg|json|webmanifest)$/;
let raw = 0;
let brotli = 0;
for (const f of all.filter((f) => text.test(f))) {
  const body = readFileSync(join(dir, f));
  const br = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
      [constants.BROTLI_PARAM_MODE]: f.endsWith('.wasm') ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  writeFileSync(join(dir, `${f}.br`), br);
  writeFileSync(join(dir, `${f}.gz`), gzipSync(body, { level: 9 }));
  raw += body.length;
  brotli += br.length;
}

console.log(`post_build: CSP with ${hashes.length} script hash(es); sw.js caches ${files.length + 1} files as ${cacheName}; ` +
  `_headers and _headers.nginx; .br and .gz of the text files (${raw} bytes, ${brotli} as brotli)`);
