// Trunk post_build hook: finishes the built app in Trunk's staging directory, in named
// steps run in order by main() at the bottom:
// - joinMemberFrontEnd: the member's front-end (target/member-dist, built first by
//   scripts/build.sh) joins this build;
// - putLoader: Trunk's bootstrap goes, and boot/loader-head.js takes its place, which
//   picks a front-end by the address (a member's, boot/member-addresses.json, loads the
//   lean wasm) and starts its download; boot/loader-body.js (inlined by Trunk after the
//   first screen) starts it;
// - putBootTexts: the few texts the first screen says itself, from locales/;
// - minifyScripts: the inline scripts (boot/*.js) minified with terser, which Trunk's HTML
//   minifier leaves as they are (its own globals, teambalans*, keep their names);
// - putContentSecurityPolicy: a strict CSP meta tag with the hashes of the page's inline
//   scripts and styles, so no 'unsafe-inline' is needed;
// - writeServiceWorker: sw.js caches exactly this build's files, named by a hash of their
//   contents, so the app opens offline and never mixes two releases;
// - writeHostHeaders: the HTTP headers a real host sends (the same CSP, which as a header
//   can also forbid framing, and the other security and caching headers), for the hosts
//   in the README's Deploy section: _headers (Netlify, Cloudflare Pages) and
//   _headers.nginx (included by deploy/nginx.conf). Per build, because the CSP hash is;
// - compressTextFiles: .br and .gz next to every text file, at the highest levels, so a
//   server sends them as they are (nginx: brotli_static, gzip_static).
// Trunk's output is read by its elements and attributes (scripts/html.mjs).
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { minify } from 'terser';
import { all, hasWord, insertAfterStartTag, jsonInScript, pick, replaceElements } from './html.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR ?? '.';
const fromSource = (...path) => readFileSync(join(source, ...path), 'utf8');

// Trunk writes its content hash without leading zeros: 16 hex digits, sometimes fewer.
function frontEnd(dir, prefix) {
  const names = existsSync(dir) ? readdirSync(dir) : [];
  const js = names.find((n) => new RegExp(`^${prefix}-[0-9a-f]{1,16}\\.js$`).test(n));
  const wasm = names.find((n) => new RegExp(`^${prefix}-[0-9a-f]{1,16}_bg\\.wasm$`).test(n));
  if (!js || !wasm) throw new Error(`no ${prefix} JS glue and wasm in ${dir}: run scripts/build.sh, which builds member.html first`);
  return { js: `./${js}`, wasm: `./${wasm}` };
}

/** The member's wasm and glue, copied beside the whole app's. */
function joinMemberFrontEnd() {
  const memberDist = join(source, 'target', 'member-dist');
  const lean = frontEnd(memberDist, 'teambalans-member');
  for (const file of [lean.js, lean.wasm]) copyFileSync(join(memberDist, file), join(staging, file));
  return { whole: frontEnd(staging, 'teambalans'), lean };
}

/** The loader in place of Trunk's preloads, module bootstrap and render-blocking stylesheet. */
function putLoader(html, { whole, lean }) {
  // Trunk's preloads and module bootstrap name the whole app's files only.
  const preloads = pick(html, "Trunk's two preloads", (e) => e.tag === 'link' && (hasWord(e, 'rel', 'preload') || hasWord(e, 'rel', 'modulepreload')), 2);
  const [bootstrap] = pick(html, "Trunk's module bootstrap", (e) => e.tag === 'script' && e.attrs.get('type') === 'module' && !e.attrs.has('src'));
  // The rest of the stylesheet (Trunk.toml) is not render-blocking: the loader preloads
  // it at once and applies it after the inlined part (style/'s cascade order), before
  // the app starts; the first screen needs only the inlined part.
  const [rest] = pick(html, 'rest-<hash>.css stylesheets (see Trunk.toml)', (e) => e.tag === 'link' && hasWord(e, 'rel', 'stylesheet') && /(^|\/)rest-[0-9a-f]{1,16}\.css$/.test(e.attrs.get('href') ?? ''));
  const build = {
    member: JSON.parse(fromSource('boot', 'member-addresses.json')),
    whole,
    lean,
    rest: `./${rest.attrs.get('href').split('/').pop()}`,
  };
  const marker = '/* build */ null';
  const head = fromSource('boot', 'loader-head.js').trim();
  if (!head.includes(marker)) throw new Error(`boot/loader-head.js has no ${marker} for this build's files`);
  html = replaceElements(html, [...preloads, bootstrap, rest].map((e) => [e, '']));
  // First in <head>, before the inlined stylesheet is parsed: the wasm, the longest
  // download, then starts as early as the page allows.
  const [charset] = pick(html, '<meta charset>', (e) => e.tag === 'meta' && e.attrs.has('charset'));
  return insertAfterStartTag(html, charset, `<script>${head.replace(marker, () => jsonInScript(JSON.stringify(build)))}</script>`);
}

// The few texts the first screen says itself, from the locale files so they are written
// once, in two JSON data blocks (a data block is never run, so it needs no CSP hash):
// - #boot-early, read as the page is parsed: the loading lines and whose invite it is
//   (boot/frame.js, boot/first-screen.js);
// - #boot-texts, read only after the first paint: a step's note that its answers are about
//   to be saved, a trade-off's division, and a failed download (boot/first-screen.js).
// Its screens are the app's own markup (boot/*-screens.html).
const EARLY_KEYS = ['boot_loading', 'boot_loading_scan', 'boot_invite_from', 'boot_invite_for'];
const BOOT_KEYS = ['scan_saved_soon', 'trade_off_value', 'boot_failed', 'boot_retry'];

/** The first screen's texts in the data blocks #boot-early and #boot-texts. */
function putBootTexts(html) {
  const locales = Object.fromEntries(['nl', 'en'].map((lang) => [lang, JSON.parse(fromSource('locales', `${lang}.json`))]));
  const texts = (keys) => Object.fromEntries(Object.entries(locales).map(([lang, locale]) => [lang, Object.fromEntries(keys.map((key) => {
    if (typeof locale[key] !== 'string') throw new Error(`locales/${lang}.json has no text ${key} for the first screen`);
    return [key, locale[key]];
  }))]));
  const edits = [['boot-early', EARLY_KEYS], ['boot-texts', BOOT_KEYS]].map(([id, keys]) => {
    const [slot] = pick(html, `JSON blocks #${id}`, (e) => e.tag === 'script' && e.attrs.get('id') === id);
    if (slot.attrs.get('type') !== 'application/json') throw new Error(`#${id} is not an application/json block`);
    return [slot, `<script type="application/json" id="${id}">${jsonInScript(JSON.stringify(texts(keys)))}</script>`];
  });
  return replaceElements(html, edits);
}

/** The inline scripts that run, minified: the first screen's bytes are every visitor's. */
async function minifyScripts(html) {
  const scripts = all(html, (e) => e.tag === 'script' && !e.attrs.has('src') && !e.attrs.has('type'));
  const edits = [];
  for (const script of scripts) {
    // Top-level names stay (toplevel is off): the scripts share teambalansStart and the like.
    const { code } = await minify(script.text, { compress: true, mangle: true, format: { comments: false } });
    if (/<\/script/i.test(code)) throw new Error('a minified inline script holds "</script"');
    edits.push([script, `<script>${code}</script>`]);
  }
  return replaceElements(html, edits);
}

const sha = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The CSP meta tag, first after <meta charset>; returns the page and the policy. */
function putContentSecurityPolicy(html) {
  // The scripts that run: inline, and of no other type than JavaScript.
  const scripts = all(html, (e) => e.tag === 'script' && !e.attrs.has('src') && !e.attrs.has('type'));
  const styles = all(html, (e) => e.tag === 'style');
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${scripts.map((e) => sha(e.text)).join(' ')}`.trim(),
    `style-src 'self' ${styles.map((e) => sha(e.text)).join(' ')}`.trim(),
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const old = all(html, (e) => e.tag === 'meta' && (e.attrs.get('http-equiv') ?? '').toLowerCase() === 'content-security-policy');
  html = replaceElements(html, old.map((e) => [e, '']));
  const [charset] = pick(html, '<meta charset>', (e) => e.tag === 'meta' && e.attrs.has('charset'));
  html = insertAfterStartTag(html, charset, `<meta http-equiv="Content-Security-Policy" content="${csp}">`);
  return { html, csp, scripts: scripts.length };
}

// Not the host files and compressed copies this hook makes, which are never fetched by that name.
const generated = (name) => name.startsWith('_headers') || /\.(br|gz)$/.test(name);

/** Every file of this build, relative to the app's root, sorted; sw.js and generated files left out. */
function buildFiles() {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name !== 'sw.js' && !generated(name)) files.push(relative(staging, path).split(sep).join('/'));
    }
  };
  walk(staging);
  return files.sort();
}

/** sw.js with this build's files ('./' serves index.html) and a content-hash cache name. */
function writeServiceWorker(files) {
  const version = createHash('sha256');
  for (const f of files) version.update(f).update(readFileSync(join(staging, f)));
  const cacheName = `teambalans-${version.digest('hex').slice(0, 16)}`;
  const sw = readFileSync(new URL('./sw.template.js', import.meta.url), 'utf8')
    .replace('__CACHE__', cacheName)
    .replace('__FILES__', JSON.stringify(['./', ...files.map((f) => `./${f}`)]));
  writeFileSync(join(staging, 'sw.js'), sw);
  return cacheName;
}

// Trunk puts a content hash in the names of the wasm, its JS glue and the CSS: those can
// be kept a year. Everything else (index.html, sw.js, the manifest, icons) is revalidated
// on every load, so a release is never served stale. deploy/nginx.conf uses the same rule.
const hashed = (file) => /-[0-9a-f]{1,16}(_bg)?\.(js|wasm|css)$/.test(file);
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** _headers and _headers.nginx for this build. */
function writeHostHeaders(csp, files) {
  // The Permissions-Policy turns off what the app never uses; it keeps clipboard-write and
  // web-share, with which members send their links. Only features Chromium knows: an
  // unknown one is a console warning on every page load.
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
  if (!files.some(hashed)) throw new Error('no file with a content hash in its name: has Trunk changed its file names?');
  const cacheControl = (file) => (hashed(file) ? IMMUTABLE : 'no-cache');
  // Netlify and Cloudflare Pages: the security headers on every path, Cache-Control per
  // file (two matching rules would join their values, so no Cache-Control under /*).
  const rules = [
    ['/*', Object.entries(headers)],
    ['/', [['Cache-Control', 'no-cache']]],
    ...files.map((f) => [`/${f}`, [['Cache-Control', cacheControl(f)]]]),
  ];
  writeFileSync(join(staging, '_headers'), rules.map(([path, hs]) => [path, ...hs.map(([k, v]) => `  ${k}: ${v}`)].join('\n')).join('\n') + '\n');
  // nginx: add_header lines for deploy/nginx.conf to include. 'always' puts them on errors
  // and redirects too. A '"' or '\' would end or escape the string, a '$' be read as a variable.
  for (const value of Object.values(headers)) {
    if (/["$\\]/.test(value)) throw new Error(`header value not safe in nginx config: ${value}`);
  }
  const nginx = Object.entries(headers).map(([k, v]) => `add_header ${k} "${v}" always;`);
  writeFileSync(join(staging, '_headers.nginx'), `# Generated by scripts/post_build.mjs for this build; included by deploy/nginx.conf.\n${nginx.join('\n')}\n`);
}

/** Brotli (quality 11, largest window) and gzip (level 9) copies of the text files; PNGs are compressed already. */
function compressTextFiles(files) {
  const text = /\.(html|js|css|wasm|svg|json|webmanifest)$/;
  let raw = 0;
  let brotli = 0;
  for (const f of files.filter((f) => text.test(f))) {
    const body = readFileSync(join(staging, f));
    const br = brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
        [constants.BROTLI_PARAM_MODE]: f.endsWith('.wasm') ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    });
    writeFileSync(join(staging, `${f}.br`), br);
    writeFileSync(join(staging, `${f}.gz`), gzipSync(body, { level: 9 }));
    raw += body.length;
    brotli += br.length;
  }
  return { raw, brotli };
}

async function main() {
  if (!staging) throw new Error('post_build.mjs runs as a Trunk hook (TRUNK_STAGING_DIR unset)');
  // member.html builds the member's lean front-end (scripts/build.sh, first): only its
  // wasm and glue are used, taken into the whole app's build.
  if (/member\.html$/.test(process.env.TRUNK_HTML_FILE ?? '')) return;
  const indexPath = join(staging, 'index.html');
  let html = readFileSync(indexPath, 'utf8');
  html = putLoader(html, joinMemberFrontEnd());
  html = putBootTexts(html);
  html = await minifyScripts(html);
  const page = putContentSecurityPolicy(html);
  writeFileSync(indexPath, page.html);
  const files = buildFiles();
  const cacheName = writeServiceWorker(files);
  const served = [...files, 'sw.js'].sort();
  writeHostHeaders(page.csp, served);
  const { raw, brotli } = compressTextFiles(served);
  console.log(`post_build: CSP with ${page.scripts} script hash(es); sw.js caches ${files.length + 1} files as ${cacheName}; ` +
    `_headers and _headers.nginx; .br and .gz of the text files (${raw} bytes, ${brotli} as brotli)`);
}

await main();
