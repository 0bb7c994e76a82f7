// Huli.Glossary reader page: annotates pasted text or HTML through the API and lists the entries with
// search-as-you-type. No dependencies; the popovers come from the core's huli-glossary.js, loaded beside it.
//
// Pasted HTML is untrusted, and so is the API's answer for it (the document comes back byte for byte). It never
// meets innerHTML: where the browser has the HTML Sanitizer API, Element.setHTML parses it into the page keeping
// only the structure and the annotation's attributes (it always drops scripts, event handlers and javascript:
// URLs, whatever it is told to keep); elsewhere it is shown in an iframe sandboxed without scripts, where the
// notes still work as links but no popover opens. The page's Content-Security-Policy (no inline script at all)
// stands behind both. DESIGN.md says why.

const body = document.body;
const api = body.dataset.api;
// Taken once, before anything pasted is in the page, so an id in a pasted document cannot stand in for them.
const annotateForm = document.getElementById('reader-annotate');
const input = document.getElementById('reader-input');
const annotateStatus = document.getElementById('reader-annotate-status');
const output = document.getElementById('reader-output');
const outputBody = document.getElementById('reader-output-body');
const query = document.getElementById('reader-query');
const searchForm = document.getElementById('reader-search');
const searchStatus = document.getElementById('reader-search-status');
const entryList = document.getElementById('reader-entries');
const assets = new URL('.', import.meta.url).pathname;

const SEARCH_DELAY = 120;
const SEARCH_LIMIT = 39;
// What TermMarkup writes: the only ids, classes and attributes a pasted document keeps besides its structure.
const ANNOTATION_ID = /^huli-glossary-(?:notes|note-\d+|def-\d+)$/;
const ANNOTATION_CLASSES = new Set(['huli-glossary', 'huli-glossary-notes', 'huli-glossary-definition', 'huli-glossary-components', 'huli-glossary-entry']);
const ANNOTATION_ATTRIBUTES = ['class', 'id', 'href', 'aria-describedby', 'aria-labelledby', 'data-glossary-number', 'data-glossary', 'value'];
const canSanitize = typeof Element.prototype.setHTML === 'function' && typeof Sanitizer === 'function';

let entries = [];
let searchTimer = 0;
let searching = null;

function sanitizer() {
  const result = new Sanitizer();
  for (const name of ANNOTATION_ATTRIBUTES) {
    result.allowAttribute(name);
  }
  result.setDataAttributes(false);
  result.setComments(false);
  return result;
}

// The sanitizer keeps safe markup; this keeps the page's own ids and styles out of reach of a pasted document.
function confine(root) {
  for (const element of root.querySelectorAll('[id]')) {
    if (!ANNOTATION_ID.test(element.id)) {
      element.removeAttribute('id');
    }
  }
  for (const element of root.querySelectorAll('[class]')) {
    const kept = [...element.classList].filter((name) => ANNOTATION_CLASSES.has(name));
    if (kept.length > 0) {
      element.className = kept.join(' ');
    } else {
      element.removeAttribute('class');
    }
  }
  for (const link of root.querySelectorAll('a[href]')) {
    if (!link.getAttribute('href').startsWith('#')) {
      link.rel = 'noopener noreferrer';
    }
  }
}

function looksLikeHtml(text) {
  return /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/i.test(text);
}

function kindOf(text) {
  const chosen = annotateForm.elements.kind.value;
  return chosen === 'auto' ? (looksLikeHtml(text) ? 'html' : 'text') : chosen;
}

function sandboxed(html) {
  const frame = document.createElement('iframe');
  // No allow-scripts and no allow-same-origin: nothing in it runs, and it is a stranger to this page.
  frame.setAttribute('sandbox', '');
  frame.title = '注释结果（此浏览器不能安全地在页面中显示 HTML，这里只显示文字和注释列表）';
  frame.className = 'reader-frame';
  frame.srcdoc = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="stylesheet" href="${assets}huli-glossary.css"></head><body>${html}</body></html>`;
  return frame;
}

function show(html, kind) {
  outputBody.classList.toggle('reader-output-text', kind === 'text');
  if (canSanitize) {
    outputBody.setHTML(html, { sanitizer: sanitizer() });
    confine(outputBody);
  } else {
    outputBody.replaceChildren(sandboxed(html));
  }
  output.hidden = false;
  const terms = outputBody.querySelectorAll('a.huli-glossary').length;
  annotateStatus.textContent = terms === 0 ? '没有找到名词。' : `找到 ${terms} 处名词。`;
}

async function problemOf(response) {
  try {
    const problem = await response.json();
    return problem.detail || problem.title || `服务器答复 ${response.status}。`;
  } catch {
    return `服务器答复 ${response.status}。`;
  }
}

async function annotate(event) {
  event.preventDefault();
  const text = input.value;
  if (text.trim() === '') {
    annotateStatus.textContent = '请先粘贴要注释的文字或 HTML。';
    input.focus();
    return;
  }
  const kind = kindOf(text);
  annotateStatus.textContent = '正在注释…';
  let response;
  try {
    response = await fetch(`${api}annotate?format=html`, {
      method: 'POST',
      headers: { 'Content-Type': `${kind === 'html' ? 'text/html' : 'text/plain'}; charset=utf-8`, Accept: 'text/html' },
      body: text,
    });
  } catch {
    annotateStatus.textContent = '连不上服务器，请稍后再试。';
    return;
  }
  if (!response.ok) {
    annotateStatus.textContent = await problemOf(response);
    return;
  }
  show(await response.text(), kind);
}

function item(entry, hit) {
  const li = document.createElement('li');
  li.className = 'reader-entry';
  const heading = document.createElement('h3');
  const number = document.createElement('span');
  number.className = 'reader-number';
  number.textContent = String(entry.number);
  heading.append(number, ' ', entry.term);
  li.append(heading);
  if (hit && hit.matchedText && hit.matchedText !== entry.term) {
    const match = document.createElement('p');
    match.className = 'reader-match';
    match.textContent = `匹配：${hit.matchedText}`;
    li.append(match);
  }
  const definition = document.createElement('p');
  definition.textContent = entry.definition;
  li.append(definition);
  return li;
}

function list(items, message) {
  entryList.replaceChildren(...items);
  searchStatus.textContent = message;
}

function showAll() {
  list(entries.map((entry) => item(entry)), `共 ${entries.length} 条名词。`);
}

async function search() {
  clearTimeout(searchTimer);
  searching?.abort();
  const text = query.value.trim();
  if (text === '') {
    searching = null;
    showAll();
    return;
  }
  const controller = new AbortController();
  searching = controller;
  try {
    const response = await fetch(`${api}search?q=${encodeURIComponent(text)}&limit=${SEARCH_LIMIT}`, { signal: controller.signal, headers: { Accept: 'application/json' } });
    if (!response.ok) {
      list([], await problemOf(response));
      return;
    }
    const hits = await response.json();
    if (controller.signal.aborted) {
      return;
    }
    const byNumber = new Map(entries.map((entry) => [entry.number, entry]));
    const items = hits.map((hit) => item(byNumber.get(hit.number) ?? hit, hit));
    list(items, items.length === 0 ? `没有找到“${text}”。` : `找到 ${items.length} 条名词。`);
  } catch (error) {
    if (error.name !== 'AbortError') {
      list([], '连不上服务器，请稍后再试。');
    }
  }
}

async function loadEntries() {
  try {
    const response = await fetch(`${api}entries`, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      searchStatus.textContent = await problemOf(response);
      return;
    }
    const data = await response.json();
    entries = Array.isArray(data) ? data : data.entries;
    if (query.value.trim() === '') {
      showAll();
    } else {
      search();
    }
  } catch {
    searchStatus.textContent = '连不上服务器，请稍后再试。';
  }
}

annotateForm.addEventListener('submit', annotate);
searchForm.addEventListener('submit', (event) => {
  event.preventDefault();
  search();
});
query.addEventListener('input', () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(search, SEARCH_DELAY);
});
loadEntries();
