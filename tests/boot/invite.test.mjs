// The first screen's invite reader (boot/invite.js, plain JS run before the wasm) reads
// every invite as the core does: each case of boot/invite-decodings.json (every golden
// invite of tests/fixtures/links/, and broken and edge-case ones, made by
// crates/core/tests/invite_reader.rs) gives the same fields, or is refused. Run by
// scripts/test.sh with node --test.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import vm from 'node:vm';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

// The file as the page runs it: a classic script in a global scope with the browser's atob
// and TextDecoder, nothing else.
const page = vm.createContext({ atob, TextDecoder, Uint8Array });
vm.runInContext(read('boot/invite.js'), page, { filename: 'boot/invite.js' });
const readInvite = (hash) => {
  // Out of the page's realm, so deepEqual compares plain values.
  const invite = page.teambalansInvite.read(hash);
  return invite === null ? null : JSON.parse(JSON.stringify(invite));
};

const { cases } = JSON.parse(read('boot/invite-decodings.json'));

test('boot/invite-decodings.json holds every golden invite of every released link format', () => {
  const golden = [];
  for (const version of [1, 2, 3, 4, 5, 6]) {
    for (const line of read(`tests/fixtures/links/v${version}.txt`).split('\n')) {
      const at = line.indexOf('#/i/');
      if (!line.startsWith('#') && at >= 0) golden.push(line.slice(at));
    }
  }
  assert.ok(golden.length >= 9);
  const held = new Set(cases.map((c) => c.fragment));
  for (const fragment of golden) assert.ok(held.has(fragment), `not in boot/invite-decodings.json: ${fragment}`);
});

for (const { name, fragment, invite } of cases) {
  test(`${name}: ${invite.refused ? `refused (${invite.refused})` : 'read as the core reads it'}`, () => {
    assert.deepEqual(readInvite(fragment), invite.refused ? null : invite);
  });
}

test('anything but an invite address is no invite', () => {
  const golden = cases.find((c) => !c.invite.refused).fragment;
  for (const hash of ['', '#', '#/', '#/scan', golden.replace('#/i/', '#/r/'), golden.replace('#/i/', '#/I/'), ` ${golden}`, `${golden}.`, null, undefined, 42]) {
    assert.equal(readInvite(hash), null, String(hash));
  }
});
