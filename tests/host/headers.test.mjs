// The host test: what the real nginx with deploy/nginx.conf sends for the release build,
// at / and under /teambalans/. scripts/test.sh starts nginx (scripts/host.sh) and runs
//   HOST_URL=http://127.0.0.1:<port> HOST_DIST=<dist> node --test tests/host/
// Every kind of file is asked for three times (brotli accepted, only gzip, no encoding);
// each answer must carry every header, and the body must be the build's own bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

const base = process.env.HOST_URL;
const dist = process.env.HOST_DIST;
if (!base || !dist) throw new Error('HOST_URL and HOST_DIST must be set (see scripts/test.sh)');

const IMMUTABLE = 'public, max-age=31536000, immutable';
// What the app uses must stay allowed: members send links by clipboard and share sheet.
const MUST_BE_OFF = ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'serial', 'hid', 'midi'];
const MUST_STAY_ON = ['clipboard-write', 'web-share'];

/** One plain HTTP request, the body left as the server sent it (no decoding). */
function get(path, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, base), { headers, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

// The policy a real host must send: the build's meta-tag policy, plus frame-ancestors,
// which only a header can carry.
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/);
assert.ok(meta, 'dist/index.html has the CSP meta tag');
const CSP = `${meta[1]}; frame-ancestors 'none'`;

function assertSecurityHeaders(res, what) {
  const h = res.headers;
  assert.equal(h['server'], 'nginx', `${what}: served by nginx, without its version`);
  assert.equal(h['content-security-policy'], CSP, `${what}: Content-Security-Policy`);
  assert.match(h['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]+=*'/);
  assert.doesNotMatch(h['content-security-policy'], /'unsafe-inline'|'unsafe-eval'/);
  assert.equal(h['x-content-type-options'], 'nosniff', `${what}: X-Content-Type-Options`);
  assert.equal(h['referrer-policy'], 'no-referrer', `${what}: Referrer-Policy`);
  assert.equal(h['cross-origin-opener-policy'], 'same-origin', `${what}: Cross-Origin-Opener-Policy`);
  const features = (h['permissions-policy'] ?? '').split(/,\s*/);
  for (const f of features) assert.match(f, /^[a-z-]+=\(\)$/, `${what}: Permissions-Policy only turns features off`);
  for (const f of MUST_BE_OFF) assert.ok(features.includes(`${f}=()`), `${what}: Permissions-Policy turns off ${f}`);
  for (const f of MUST_STAY_ON) assert.ok(!features.some((x) => x.startsWith(`${f}=`)), `${what}: ${f} stays allowed`);
}

// The files of this build, one of each kind, found by name as Trunk writes them.
const top = readdirSync(dist);
const one = (re, kind) => {
  const name = top.find((f) => re.test(f));
  assert.ok(name, `dist/ has a ${kind}`);
  return name;
};
const TEXT = { html: 'text/html; charset=utf-8', js: 'application/javascript; charset=utf-8', css: 'text/css; charset=utf-8' };
const files = [
  { kind: 'the app (directory index)', path: '', file: 'index.html', type: TEXT.html, cache: 'no-cache' },
  { kind: 'index.html', path: 'index.html', type: TEXT.html, cache: 'no-cache' },
  { kind: 'JS glue (hashed)', path: one(/^teambalans-[0-9a-f]{1,16}\.js$/, 'JS glue'), type: TEXT.js, cache: IMMUTABLE },
  { kind: 'wasm (hashed)', path: one(/^teambalans-[0-9a-f]{1,16}_bg\.wasm$/, 'wasm'), type: 'application/wasm', cache: IMMUTABLE },
  { kind: "member's JS glue (hashed)", path: one(/^teambalans-member-[0-9a-f]{1,16}\.js$/, "member's JS glue"), type: TEXT.js, cache: IMMUTABLE },
  { kind: "member's wasm (hashed)", path: one(/^teambalans-member-[0-9a-f]{1,16}_bg\.wasm$/, "member's wasm"), type: 'application/wasm', cache: IMMUTABLE },
  { kind: 'service worker', path: 'sw.js', type: TEXT.js, cache: 'no-cache' },
  { kind: 'service worker registration', path: 'public/sw-register.js', type: TEXT.js, cache: 'no-cache' },
  { kind: 'manifest', path: 'public/manifest.webmanifest', type: 'application/manifest+json; charset=utf-8', cache: 'no-cache' },
  { kind: 'SVG icon', path: 'public/icon.svg', type: 'image/svg+xml; charset=utf-8', cache: 'no-cache' },
  { kind: 'PNG icon', path: 'public/icon-192.png', type: 'image/png', cache: 'no-cache', binary: true },
];

for (const prefix of ['/', '/teambalans/']) {
  for (const f of files) {
    test(`${prefix}${f.path} (${f.kind}): headers, type, cache and encodings`, async () => {
      const file = join(dist, f.file ?? f.path);
      const plain = readFileSync(file);
      const asks = [
        { accept: 'br, gzip, deflate', encoding: f.binary ? undefined : 'br' },
        { accept: 'gzip', encoding: f.binary ? undefined : 'gzip' },
        { accept: undefined, encoding: undefined },
      ];
      for (const { accept, encoding } of asks) {
        const what = `${prefix}${f.path} with Accept-Encoding: ${accept ?? '(none)'}`;
        const res = await get(prefix + f.path, accept ? { 'accept-encoding': accept } : {});
        assert.equal(res.status, 200, what);
        assertSecurityHeaders(res, what);
        assert.equal(res.headers['content-type'], f.type, `${what}: Content-Type`);
        assert.equal(res.headers['cache-control'], f.cache, `${what}: Cache-Control`);
        assert.equal(res.headers['content-encoding'], encoding, `${what}: Content-Encoding`);
        if (f.binary) {
          assert.equal(res.headers['vary'], undefined, `${what}: nothing varies for a file sent one way only`);
        } else {
          assert.equal(res.headers['vary'], 'Accept-Encoding', `${what}: Vary`);
        }
        // The build's precompressed file byte for byte, so nothing compresses per request.
        if (encoding) {
          assert.ok(res.body.equals(readFileSync(`${file}.${encoding === 'br' ? 'br' : 'gz'}`)), `${what}: the .${encoding} file as built`);
        }
        const decoded = encoding === 'br' ? brotliDecompressSync(res.body) : encoding === 'gzip' ? gunzipSync(res.body) : res.body;
        assert.ok(decoded.equals(plain), `${what}: the body decodes to the built file`);
        if (encoding === 'br') assert.ok(res.body.length < plain.length, `${what}: brotli is smaller`);
      }
    });
  }
}

test('index.html is revalidated, not refetched: a 304 with every header', async () => {
  const first = await get('/teambalans/', { 'accept-encoding': 'br' });
  assert.ok(first.headers['etag'], 'an ETag to revalidate with');
  const again = await get('/teambalans/', { 'accept-encoding': 'br', 'if-none-match': first.headers['etag'] });
  assert.equal(again.status, 304);
  assert.equal(again.headers['cache-control'], 'no-cache');
  assertSecurityHeaders(again, 'the 304');
});

test('/teambalans without a slash is sent, relatively, to /teambalans/', async () => {
  const res = await get('/teambalans');
  assert.equal(res.status, 301);
  assert.equal(res.headers['location'], '/teambalans/');
  assertSecurityHeaders(res, 'the redirect');
});

test('a missing file is a 404 with every header', async () => {
  for (const path of ['/no-such-file.js', '/teambalans/no-such-file.js']) {
    const res = await get(path);
    assert.equal(res.status, 404, path);
    assertSecurityHeaders(res, path);
    assert.equal(res.headers['cache-control'], 'no-cache', path);
  }
});

test('the header files for the hosts and hidden files are not served', async () => {
  assert.ok(existsSync(join(dist, '_headers')) && existsSync(join(dist, '_headers.nginx')));
  const hidden = existsSync(join(dist, '.trunk-lock')) ? ['/.trunk-lock', '/teambalans/.trunk-lock'] : [];
  for (const path of ['/_headers', '/_headers.nginx', '/teambalans/_headers', '/teambalans/_headers.nginx', ...hidden]) {
    const res = await get(path);
    assert.equal(res.status, 404, path);
    assertSecurityHeaders(res, path);
  }
});

test('_headers (Netlify, Cloudflare Pages) says what nginx sends, for every file', async () => {
  // Blocks of "path" then indented "Name: value" lines.
  const rules = new Map();
  let current;
  for (const line of readFileSync(join(dist, '_headers'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) rules.set((current = line.trim()), {});
    else {
      const [, name, value] = line.match(/^\s+([^:]+):\s*(.*)$/);
      rules.get(current)[name.toLowerCase()] = value;
    }
  }
  const all = rules.get('/*');
  assert.ok(all, '_headers has a /* block');
  assert.equal(all['cache-control'], undefined, 'no Cache-Control on /*: hosts would join it with the per-file one');
  const sent = await get('/');
  for (const name of ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'cross-origin-opener-policy']) {
    assert.equal(all[name], sent.headers[name], `_headers /*: ${name}`);
  }
  let checked = 0;
  for (const [path, headers] of rules) {
    if (path === '/*') continue;
    const res = await get(path);
    assert.equal(res.status, 200, path);
    assert.equal(headers['cache-control'], res.headers['cache-control'], `${path}: Cache-Control`);
    checked += 1;
  }
  // Every file of the build has its rule (not the compressed copies or these files).
  const walk = (d, rel = '') =>
    readdirSync(join(d, rel), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(d, `${rel}${e.name}/`) : [`${rel}${e.name}`]);
  const built = walk(dist).filter((f) => !/\.(br|gz)$/.test(f) && !f.startsWith('_headers') && !f.startsWith('.'));
  for (const f of built) assert.ok(rules.has(`/${f}`), `_headers has a rule for /${f}`);
  assert.equal(checked, built.length + 1);
});
