// A tiny static server for a built front-end, on loopback only. It serves <dir> at "/" and
// again under "/sub/dir/", to prove the app works from a sub-path of a static host. With
// --brotli it compresses every text file with brotli (quality 11, made once per file and
// kept) when the browser accepts it, as a static host would: the benchmark serves
// Teambalans and a peer this same way, so neither gets an edge from the host.
// Usage: node serve.mjs <dir> <port> [--brotli]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { brotliCompressSync, constants } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 4173);
const brotli = process.argv.includes('--brotli');
const SUB = '/sub/dir/';
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.mp3': 'audio/mpeg',
};
const compressible = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.svg', '.json', '.webmanifest']);
const compressed = new Map();

createServer(async (req, res) => {
  let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (path.startsWith(SUB)) path = '/' + path.slice(SUB.length);
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(root, path));
  if (!file.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  try {
    const ext = extname(file);
    const headers = { 'content-type': types[ext] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    let body;
    if (brotli && compressible.has(ext) && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
      if (!compressed.has(file)) {
        compressed.set(file, brotliCompressSync(await readFile(file), {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
        }));
      }
      body = compressed.get(file);
      headers['content-encoding'] = 'br';
      headers.vary = 'accept-encoding';
    } else {
      body = await readFile(file);
    }
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}).listen(port, '127.0.0.1', () => {
  console.log(`serving ${root}${brotli ? ' with brotli' : ''} on http://127.0.0.1:${port}/ and ${SUB}`);
});
