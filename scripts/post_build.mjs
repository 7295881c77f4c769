// Trunk post_build hook: finishes the built app in Trunk's staging directory.
// 1. A strict Content-Security-Policy meta tag, with the hash of Trunk's inline
//    bootstrap script (the only inline script), so no 'unsafe-inline' is needed.
// 2. sw.js: a service worker that caches exactly this build's files, named by a hash
//    of their contents, so the app opens offline and never mixes two releases.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('post_build.mjs runs as a Trunk hook (TRUNK_STAGING_DIR unset)');

const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
const hashes = inline.map((m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
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

// Every file of this build, relative to the app's root ('./' serves index.html).
const files = [];
const walk = (d) => {
  for (const name of readdirSync(d)) {
    const path = join(d, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name !== 'sw.js') files.push(relative(dir, path).split(sep).join('/'));
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
console.log(`post_build: CSP with ${hashes.length} script hash(es); sw.js caches ${files.length + 1} files as ${cacheName}`);
