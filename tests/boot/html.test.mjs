// scripts/html.mjs, with which scripts/post_build.mjs reads Trunk's output: tags found by
// their attributes however they are written (minified, reordered, quoted or not), and the
// text of <script> and <style> taken whole, whatever it holds. Run by scripts/test.sh.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { all, elements, hasWord, insertAfterStartTag, jsonInScript, pick, replaceElements } from '../../scripts/html.mjs';

const page = `<!doctype html><html lang=nl><meta charset=utf-8><!-- <link rel=preload href=no.js> -->
<link href=./rest-0af.css rel="stylesheet" ><link rel='modulepreload' href="./a-1.js" crossorigin>
<link data-title="a > b" rel=preload as=fetch href=./a-1_bg.wasm>
<script type=module>import init from './a-1.js';if (1 < 2) init('</b>')</script>
<style>a>b{color:red}</style><script>var x = "<link rel=preload>";</script>
<script type="application/json" id=boot-texts>{"a":1}</script></html>`;

test('finds tags by attribute, quoted or not, in any order, and skips comments and script text', () => {
  const preloads = all(page, (e) => e.tag === 'link' && (hasWord(e, 'rel', 'preload') || hasWord(e, 'rel', 'modulepreload')));
  assert.deepEqual(preloads.map((e) => e.attrs.get('href')), ['./a-1.js', './a-1_bg.wasm']);
  assert.equal(preloads[1].attrs.get('data-title'), 'a > b');
  const [rest] = pick(page, 'stylesheets', (e) => e.tag === 'link' && hasWord(e, 'rel', 'stylesheet'));
  assert.equal(rest.attrs.get('href'), './rest-0af.css');
  assert.equal(pick(page, 'charset', (e) => e.attrs.has('charset'))[0].attrs.get('charset'), 'utf-8');
});

test("takes a script's and a style's text whole", () => {
  const scripts = elements(page).filter((e) => e.tag === 'script');
  assert.deepEqual(scripts.map((e) => e.text), ["import init from './a-1.js';if (1 < 2) init('</b>')", 'var x = "<link rel=preload>";', '{"a":1}']);
  assert.equal(elements(page).find((e) => e.tag === 'style').text, 'a>b{color:red}');
});

test('says so when the page has not what it expects', () => {
  assert.throws(() => pick(page, "Trunk's two preloads", (e) => e.tag === 'link', 2), /has 3 Trunk's two preloads, not 2/);
});

test('replaces and inserts by place, and keeps JSON from closing its script', () => {
  const [json] = pick(page, 'data', (e) => e.attrs.get('id') === 'boot-texts');
  const [charset] = pick(page, 'charset', (e) => e.attrs.has('charset'));
  let out = replaceElements(page, [[json, '<p>gone</p>']]);
  out = insertAfterStartTag(out, charset, '<meta name=x>');
  assert.match(out, /<meta charset=utf-8><meta name=x>/);
  assert.match(out, /<p>gone<\/p><\/html>$/);
  assert.equal(jsonInScript(JSON.stringify({ t: '</script><!--' })), '{"t":"\\u003c/script>\\u003c!--"}');
});
