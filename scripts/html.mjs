// Reading Trunk's output (scripts/post_build.mjs) by its elements and attributes, not by
// regular expressions over the text: Trunk and its minifier write attributes in any
// order, quoted or not, and a tag's text may hold anything. Enough HTML for that output:
// start tags with their attributes, comments skipped, and the raw text of <script>,
// <style> and <template> up to their end tag.

const RAW_TEXT = new Set(['script', 'style', 'template']);

/** Every element's start tag in `html`, in order: its name, attributes, and where it is. */
export function elements(html) {
  const found = [];
  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      at = end < 0 ? html.length : end + 3;
      continue;
    }
    const name = /^<([A-Za-z][A-Za-z0-9-]*)/.exec(html.slice(lt, lt + 40));
    if (!name) {
      at = lt + 1;
      continue;
    }
    const tag = name[1].toLowerCase();
    const { attrs, end: openEnd } = attributes(html, lt + name[0].length);
    let end = openEnd;
    let text = null;
    if (RAW_TEXT.has(tag)) {
      const close = html.toLowerCase().indexOf(`</${tag}`, openEnd);
      if (close < 0) throw new Error(`<${tag}> at ${lt} is never closed`);
      text = html.slice(openEnd, close);
      end = html.indexOf('>', close) + 1;
    }
    found.push({ tag, attrs, start: lt, openEnd, end, text });
    at = end;
  }
  return found;
}

/** The attributes of a start tag from `at` (just after its name) to its `>`. */
function attributes(html, at) {
  const attrs = new Map();
  let i = at;
  const space = /[\s/]/;
  while (i < html.length) {
    while (i < html.length && space.test(html[i])) i++;
    if (html[i] === '>') return { attrs, end: i + 1 };
    let name = '';
    while (i < html.length && !/[\s/>=]/.test(html[i])) name += html[i++];
    while (i < html.length && /\s/.test(html[i])) i++;
    let value = '';
    if (html[i] === '=') {
      i++;
      while (i < html.length && /\s/.test(html[i])) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        if (close < 0) throw new Error(`an attribute's quote at ${i} is never closed`);
        value = html.slice(i + 1, close);
        i = close + 1;
      } else {
        while (i < html.length && !/[\s>]/.test(html[i])) value += html[i++];
      }
    }
    if (name) attrs.set(name.toLowerCase(), decodeEntities(value));
  }
  throw new Error(`a tag from ${at} is never closed`);
}

function decodeEntities(text) {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]);
}

/** Every element matching `test`. */
export function all(html, test) {
  return elements(html).filter(test);
}

/** The elements matching `test`, which must be exactly `count` of them (`what` names them for the error). */
export function pick(html, what, test, count = 1) {
  const found = all(html, test);
  if (found.length !== count) {
    throw new Error(`index.html has ${found.length} ${what}, not ${count}: has Trunk's output or index.html changed?`);
  }
  return found;
}

/** `html` with each element's whole range replaced by its text in `edits` ([element, text]). */
export function replaceElements(html, edits) {
  const sorted = [...edits].sort((a, b) => b[0].start - a[0].start);
  let out = html;
  for (const [element, text] of sorted) out = out.slice(0, element.start) + text + out.slice(element.end);
  return out;
}

/** `html` with `text` put right after `element`'s start tag. */
export function insertAfterStartTag(html, element, text) {
  return html.slice(0, element.openEnd) + text + html.slice(element.openEnd);
}

/** Whether the attribute `name` holds the word `word` (rel="preload stylesheet"). */
export function hasWord(element, name, word) {
  return (element.attrs.get(name) ?? '').toLowerCase().split(/\s+/).includes(word);
}

/** JSON text safe inside a <script> element: no `</script>` or `<!--` can form. */
export function jsonInScript(text) {
  return text.replace(/</g, '\\u003c');
}
