#!/usr/bin/env node
// Consistency check for glossary.json against the damaged report copy
// (tests/Huli.Glossary.Tests/Data/report.txt) and glossary.schema.json.
//
// Usage: node tools/data-check/check.mjs [--source <original web copy>]
//   --source  optional: also verify that report.txt is the exact prefix of the
//             original web copy that ends before its website footer.
//
// Plain node (>= 18), no npm packages. Exit code 0 = all checks passed.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const GLOSSARY = path.join(ROOT, 'glossary.json');
const SCHEMA = path.join(ROOT, 'glossary.schema.json');
const REPORT = path.join(ROOT, 'tests', 'Huli.Glossary.Tests', 'Data', 'report.txt');

// quotation marks and sentence terminators (as they appear in the damaged text)
const OPEN = '“‘「『';
const CLOSE = '”’」』';
const TERMINATORS = '。！？!?';

const errors = [];
const warnings = [];
const infos = [];
const err = (m) => errors.push(m);
const warn = (m) => warnings.push(m);
const info = (m) => infos.push(m);

// ---------------------------------------------------------------------------
// damage(): the transformation the web copy applied to the original text
// ---------------------------------------------------------------------------
export function damage(s) {
  return s
    .replace(/[+＋]/g, ' ')
    .replace(/[A-Z]/g, (c) => c.toLowerCase())
    .replace(/，/g, ',')
    .replace(/；/g, ';')
    .replace(/：/g, ':')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/！/g, '!');
}

// ---------------------------------------------------------------------------
// 1. report.txt
// ---------------------------------------------------------------------------
const reportRaw = fs.readFileSync(REPORT);
const report = reportRaw.toString('utf8');
if (reportRaw[0] === 0xef && reportRaw[1] === 0xbb && reportRaw[2] === 0xbf) err('report.txt: starts with a BOM');
if (report.includes('\r')) err('report.txt: contains CR characters');
if (!report.endsWith('\n') || report.endsWith('\n\n')) err('report.txt: must end with exactly one "\\n"');
if (report.includes('本文仅代表作者观点')) err('report.txt: contains the website footer');
const lines = report.replace(/\n$/, '').split('\n');
const glossIdx = lines.findIndex((l) => l.trim() === '名词解释');
if (glossIdx < 0) throw fatal('report.txt: no "名词解释" line');
if (!/^\s*\.\s?六有:/.test(lines[lines.length - 1])) err('report.txt: last line is not the "六有:" explanation');
const BODY_LINES = lines.slice(0, glossIdx); // report body (lines 1..158)

const srcArg = process.argv.indexOf('--source');
if (srcArg > 0) {
  const src = fs.readFileSync(process.argv[srcArg + 1], 'utf8');
  if (!src.startsWith(report)) err('report.txt: is not a byte-exact prefix of --source');
  else {
    const rest = src.slice(report.length);
    if (!/^\s*本文仅代表作者观点/.test(rest)) err('report.txt: --source continues with something other than the footer');
    else info('report.txt: byte-exact prefix of --source, ends right before the footer');
  }
}

// explanations: ". TERM:DEFINITION" (22nd: "22.TERM:DEFINITION")
const expl = [];
for (const l of lines.slice(glossIdx + 1)) {
  if (!l.trim()) continue;
  const m = /^\s*(\d*)\.\s?(.*)$/.exec(l);
  if (!m) { err(`report.txt: unexpected explanation line: ${l.slice(0, 30)}`); continue; }
  const t = m[2];
  const k = t.indexOf(':');
  if (k < 0) { err(`report.txt: explanation without ":": ${t.slice(0, 30)}`); continue; }
  if (m[1] && Number(m[1]) !== expl.length + 1) err(`report.txt: printed number ${m[1]} at position ${expl.length + 1}`);
  expl.push({ term: t.slice(0, k), def: t.slice(k + 1) });
}
if (expl.length !== 39) err(`report.txt: expected 39 explanations, found ${expl.length}`);

// body paragraphs with their (damaged) heading path
const TOP = /^[一二三四五六七八九十]、/;
const SUB = /^\([一二三四五六七八九十]+\)/;
const paras = [];
const headingLines = new Set();
{
  let top = null, sub = null;
  BODY_LINES.forEach((raw, i) => {
    const t = raw.replace(/^\s+/, '');
    if (!t) return;
    if (TOP.test(t)) { top = t; sub = null; headingLines.add(t); return; }
    if (SUB.test(t)) { sub = t; headingLines.add(t); return; }
    paras.push({ line: i + 1, text: t, path: top ? (sub ? [top, sub] : [top]) : [] });
  });
}
const bodyLineSet = new Set(BODY_LINES.map((l) => l.trim()));
const bodyText = BODY_LINES.join('\n');

// ---------------------------------------------------------------------------
// 2. glossary.json: encoding, formatting, schema
// ---------------------------------------------------------------------------
const gRaw = fs.readFileSync(GLOSSARY);
if (gRaw[0] === 0xef && gRaw[1] === 0xbb && gRaw[2] === 0xbf) err('glossary.json: starts with a BOM');
const gText = gRaw.toString('utf8');
let g;
try { g = JSON.parse(gText); } catch (e) { throw fatal(`glossary.json: does not parse: ${e.message}`); }
if (gText !== JSON.stringify(g, null, 2) + '\n') err('glossary.json: not in canonical 2-space formatting (with trailing newline)');
if (/\\u[0-9a-fA-F]{4}/.test(gText)) err('glossary.json: contains \\u escapes (CJK must not be escaped)');

const schema = JSON.parse(fs.readFileSync(SCHEMA, 'utf8'));
for (const e of validate(schema, g, schema, '$')) err(`schema: ${e}`);
checkSchemaDescriptions(schema);

// ---------------------------------------------------------------------------
// 3. entries
// ---------------------------------------------------------------------------
const NOTES = new Set([2, 3, 9]);
const ENTRY_ORDER = ['number', 'kind', 'term', 'match', 'pinyin', 'aliases', 'definition', 'components', 'countNote', 'usages'];
const entries = Array.isArray(g.entries) ? g.entries : [];
if (g.$schema !== './glossary.schema.json') err('root: "$schema" must be "./glossary.schema.json"');
if (JSON.stringify(Object.keys(g)) !== JSON.stringify(['$schema', 'title', 'source', 'entries'])) err('root: property order must be $schema, title, source, entries');
if (entries.length !== 39) err(`entries: expected 39, found ${entries.length}`);
entries.forEach((e, i) => { if (e.number !== i + 1) err(`entries[${i}]: number ${e.number}, expected ${i + 1}`); });

// spellings must not collide between entries
{
  const owner = new Map();
  for (const e of entries) {
    for (const s of [e.term, ...(e.aliases ?? []).map((a) => a.text)]) {
      if (owner.has(s) && owner.get(s) !== e.number) err(`#${e.number}: spelling "${s}" also used by #${owner.get(s)}`);
      owner.set(s, e.number);
    }
  }
}

const usageCount = { total: 0, matched: 0, manual: 0 };
let leafCount = 0;

for (const e of entries) {
  const id = `#${e.number} ${e.term}`;
  const src = expl[e.number - 1];

  // property order
  const keys = Object.keys(e);
  const ordered = ENTRY_ORDER.filter((k) => keys.includes(k));
  if (JSON.stringify(keys) !== JSON.stringify(ordered)) err(`${id}: property order ${keys.join(',')}`);

  // kind
  const wantKind = NOTES.has(e.number) ? 'note' : 'term';
  if (e.kind !== wantKind) err(`${id}: kind "${e.kind}", expected "${wantKind}"`);

  // match defaults must be omitted
  const isDefault = (m) => m && JSON.stringify(m) === '{"when":"always"}';
  if (isDefault(e.match)) err(`${id}: "match" equals the default {"when":"always"}; omit it`);
  for (const a of e.aliases ?? []) if (isDefault(a.match)) err(`${id}: alias "${a.text}" has default match; omit it`);
  for (const m of [e.match, ...(e.aliases ?? []).map((a) => a.match)]) {
    if (m && m.when !== 'quotedOrContext' && (m.before || m.after)) err(`${id}: before/after only make sense with "quotedOrContext"`);
  }

  // term / definition against the damaged source
  if (!src) { err(`${id}: no explanation line in report.txt`); continue; }
  if (damage(e.term) !== src.term) err(`${id}: damage(term) = "${damage(e.term)}" but source has "${src.term}"`);
  if (damage(e.definition) !== src.def) err(`${id}: damage(definition) differs from source:\n      got  ${damage(e.definition)}\n      want ${src.def}`);
  restorationLint(id, 'term', e.term);
  restorationLint(id, 'definition', e.definition, e.number === 22);

  // components
  const walk = (cs, depth) => {
    for (const c of cs ?? []) {
      if (c.items) {
        if (!e.definition.includes(c.text)) info(`${id}: group label "${c.text}" is not a substring of the definition`);
        walk(c.items, depth + 1);
      } else {
        leafCount++;
        if (!e.definition.includes(c.text)) err(`${id}: component "${c.text}" does not occur in the definition`);
      }
    }
  };
  walk(e.components, 0);
  countRule(e, id);

  // usages
  checkUsages(e, id);
}

// ---------------------------------------------------------------------------
// report
// ---------------------------------------------------------------------------
console.log(`report.txt : ${lines.length} lines, body ${BODY_LINES.length} lines (${paras.length} paragraphs), ${expl.length} explanations`);
console.log(`glossary   : ${entries.length} entries, ${leafCount} component items, ${usageCount.total} usages (${usageCount.matched} found by the match rules, ${usageCount.manual} placed by hand)`);
for (const m of infos) console.log(`  info: ${m}`);
for (const m of warnings) console.log(`  WARN: ${m}`);
for (const m of errors) console.log(`  FAIL: ${m}`);
console.log(errors.length ? `FAILED: ${errors.length} error(s), ${warnings.length} warning(s)` : `OK: all checks passed (${warnings.length} warning(s))`);
process.exit(errors.length ? 1 : 0);

// ===========================================================================
// helpers
// ===========================================================================
function fatal(msg) {
  console.log(`  FAIL: ${msg}`);
  process.exit(1);
}

// restored text must not keep damaged punctuation / lowercased Latin
function restorationLint(id, what, s, allowSpace = false) {
  if (/[,;()!]/.test(s)) err(`${id}: ${what} still contains ASCII , ; ( ) or !: ${s}`);
  if (/(?<!\d):|:(?!\d)/.test(s)) err(`${id}: ${what} contains ":" outside a digit ratio: ${s}`);
  const lower = s.replace(/e政务/g, '').match(/[a-z]+/g);
  if (lower) err(`${id}: ${what} contains lowercase Latin "${lower.join(',')}" (capitals not restored?)`);
  // a space in a term or definition is a "+" that was not restored (only the
  // title inside entry 22's definition has a real space); in body sentences the
  // report has a few genuine spaces, so there it is only a warning
  if (!allowSpace && / /.test(s)) (what === 'term' || what === 'definition' ? err : warn)(`${id}: ${what} contains a space (a lost "+"?): ${s}`);
}

// --- match rules (same semantics as the inline matcher) --------------------
function insideQuotes(p, i, j) {
  if ((p[i - 1] === '"' && p[j] === '"') || (p[i - 1] === "'" && p[j] === "'")) return true;
  let depth = 0;
  for (let k = i - 1; k >= 0; k--) {
    if (CLOSE.includes(p[k])) depth++;
    else if (OPEN.includes(p[k])) {
      if (depth === 0) return p.indexOf(CLOSE[OPEN.indexOf(p[k])], j) >= 0;
      depth--;
    }
  }
  return false;
}
function findSpans(p, text, m) {
  const when = m?.when ?? 'always';
  const out = [];
  if (when === 'never') return out;
  const d = damage(text ?? '');
  if (!d) return out; // empty spellings are rejected by the schema
  for (let i = p.indexOf(d); i >= 0; i = p.indexOf(d, i + 1)) {
    const j = i + d.length;
    const ok = when === 'always'
      || insideQuotes(p, i, j)
      || (m.before ?? []).some((b) => p.slice(0, i).endsWith(damage(b)))
      || (m.after ?? []).some((a) => p.slice(j).startsWith(damage(a)));
    if (ok) out.push([i, j]);
  }
  return out;
}
function sentenceBounds(p, i, j) {
  let s = i;
  while (s > 0 && !TERMINATORS.includes(p[s - 1])) s--;
  let e = j;
  while (e < p.length && !TERMINATORS.includes(p[e])) e++;
  if (e < p.length) e++;
  return [s, e];
}

function checkUsages(e, id) {
  // occurrences the match rules find, in text order, overlapping spans merged
  const expected = [];
  const pats = [{ text: e.term, match: e.match }, ...(e.aliases ?? [])];
  for (const [pi, para] of paras.entries()) {
    const spans = pats.flatMap((pt) => findSpans(para.text, pt.text, pt.match)).sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    const merged = [];
    for (const sp of spans) {
      const last = merged[merged.length - 1];
      if (last && sp[0] < last[1]) last[1] = Math.max(last[1], sp[1]);
      else merged.push([...sp]);
    }
    for (const [i, j] of merged) {
      const [s, t] = sentenceBounds(para.text, i, j);
      expected.push({ pi, s, sentence: para.text.slice(s, t) });
    }
  }

  // locate every listed usage in the body
  const located = [];
  for (const [k, u] of (e.usages ?? []).entries()) {
    usageCount.total++;
    const where = `${id}: usage[${k}]`;
    const ds = damage(u.sentence);
    restorationLint(id, `usage[${k}].sentence`, u.sentence);
    if (!bodyText.includes(ds)) { err(`${where}: damage(sentence) not found in the report body: ${u.sentence}`); continue; }
    const levels = u.section.split(' › ');
    if (!bodyLineSet.has(damage(levels[levels.length - 1]))) err(`${where}: section's last heading is not a line of the body: ${levels[levels.length - 1]}`);
    for (const lv of levels) if (!headingLines.has(damage(lv))) err(`${where}: "${lv}" is not a heading`);
    // every place the sentence sits, as a whole sentence
    const hits = [];
    for (const [pi, para] of paras.entries()) {
      for (let s = para.text.indexOf(ds); s >= 0; s = para.text.indexOf(ds, s + 1)) {
        const t = s + ds.length;
        const startOk = s === 0 || TERMINATORS.includes(para.text[s - 1]);
        const endOk = t === para.text.length || TERMINATORS.includes(para.text[t - 1]);
        if (startOk && endOk) hits.push({ pi, s });
      }
    }
    if (!hits.length) { err(`${where}: not a whole sentence of the body: ${u.sentence}`); continue; }
    const okHits = hits.filter((h) => damage(u.section) === paras[h.pi].path.join(' › '));
    if (!okHits.length) err(`${where}: section "${u.section}" is wrong; the sentence is under (damaged) "${paras[hits[0].pi].path.join(' › ')}"`);
    located.push({ k, u, hits: okHits.length ? okHits : hits });
  }

  // text order
  let prev = null;
  for (const l of located) {
    const h = l.hits[0];
    if (prev && (h.pi < prev.pi || (h.pi === prev.pi && h.s < prev.s))) err(`${id}: usage[${l.k}] is out of text order`);
    prev = h;
  }

  // every rule-found occurrence must be listed (one usage per occurrence)
  const pool = located.map((l) => ({ ...l, used: false }));
  for (const x of expected) {
    const hit = pool.find((l) => !l.used && l.hits.some((h) => h.pi === x.pi && h.s === x.s));
    if (hit) { hit.used = true; usageCount.matched++; }
    else err(`${id}: occurrence not listed in usages: ${x.sentence}`);
  }
  for (const l of pool.filter((l) => !l.used)) {
    usageCount.manual++;
    info(`${id}: usage[${l.k}] placed by hand (no spelling of the entry matches there): ${l.u.sentence}`);
  }
  if (!e.usages?.length) info(`${id}: no usages`);
}

// --- count rule -------------------------------------------------------------
// The numeral a headword carries should equal the number of its components:
//   "a+b+N" terms: one group per part, numeric parts give the group's size;
//   digit codes ("135", "“360”"): one component per digit;
//   otherwise the leading numeral, or the first numeral inside “…”.
// Where they differ, a countNote must explain why.
function cnNumber(s) {
  const D = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '百') return 100;
  if (s === '千') return 1000;
  if (s === '十') return 10;
  const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? D[m[1]] : 1) * 10 + (m[2] ? D[m[2]] : 0);
  return D[s];
}
function countRule(e, id) {
  if (e.kind !== 'term') return;
  const comps = e.components ?? [];
  let problem = null;
  const plus = /^“?([0-9A-Z]+(?:\+[0-9A-Z]+)+)”?/.exec(e.term);
  const code = /^“?(\d{3})”?/.exec(e.term);
  if (plus) {
    const parts = plus[1].split('+');
    if (comps.length !== parts.length) problem = `${parts.length} parts but ${comps.length} groups`;
    else parts.forEach((p, i) => {
      const n = comps[i].items?.length ?? 0;
      if (/^\d+$/.test(p) ? n !== Number(p) : n < 1) problem ??= `part "${p}" has ${n} item(s)`;
    });
  } else if (code) {
    if (comps.length !== code[1].length) problem = `code "${code[1]}" has ${code[1].length} digits but ${comps.length} components`;
  } else {
    const NUM = '(\\d+|[一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九百千])';
    const m = new RegExp(`^“?${NUM}`).exec(e.term) ?? new RegExp(`“${NUM}`).exec(e.term);
    if (m) {
      const n = cnNumber(m[1]);
      const groups = comps.filter((c) => c.items);
      const total = groups.length ? groups.length : comps.length;
      if (n !== total) problem = `numeral "${m[1]}" = ${n} but ${total} components`;
    }
  }
  if (problem && !e.countNote) err(`${id}: count mismatch (${problem}) without a countNote`);
  else if (problem) info(`${id}: count mismatch explained by countNote (${problem})`);
  else if (e.countNote) info(`${id}: countNote present although the count rule agrees`);
}

// --- minimal JSON Schema (2020-12 subset) validator -------------------------
function validate(s, v, root, at) {
  const out = [];
  if (s.$ref) {
    const t = s.$ref.replace(/^#\//, '').split('/').reduce((o, k) => o[k], root);
    out.push(...validate(t, v, root, at));
  }
  const type = Array.isArray(v) ? 'array' : v === null ? 'null' : Number.isInteger(v) ? 'integer' : typeof v;
  if (s.type && !(s.type === type || (s.type === 'number' && type === 'integer'))) { out.push(`${at}: expected ${s.type}, got ${type}`); return out; }
  if (s.enum && !s.enum.some((x) => JSON.stringify(x) === JSON.stringify(v))) out.push(`${at}: ${JSON.stringify(v)} not in enum`);
  if (s.const !== undefined && JSON.stringify(s.const) !== JSON.stringify(v)) out.push(`${at}: must be ${JSON.stringify(s.const)}`);
  if (typeof v === 'string' && s.minLength !== undefined && [...v].length < s.minLength) out.push(`${at}: shorter than ${s.minLength}`);
  if (typeof v === 'number' && s.minimum !== undefined && v < s.minimum) out.push(`${at}: less than ${s.minimum}`);
  if (Array.isArray(v)) {
    if (s.minItems !== undefined && v.length < s.minItems) out.push(`${at}: fewer than ${s.minItems} items`);
    if (s.items) v.forEach((x, i) => out.push(...validate(s.items, x, root, `${at}[${i}]`)));
  }
  if (type === 'object') {
    for (const r of s.required ?? []) if (!(r in v)) out.push(`${at}: missing "${r}"`);
    for (const [k, x] of Object.entries(v)) {
      if (s.properties?.[k]) out.push(...validate(s.properties[k], x, root, `${at}.${k}`));
      else if (s.additionalProperties === false) out.push(`${at}: unexpected property "${k}"`);
    }
  }
  return out;
}
function checkSchemaDescriptions(s) {
  if (s.$schema !== 'https://json-schema.org/draft/2020-12/schema') err('schema: wrong $schema');
  if (s.$id !== 'https://github.com/huli-glossary/huli-glossary/glossary.schema.json') err('schema: wrong $id');
  const visit = (node, at) => {
    if (!node || typeof node !== 'object') return;
    if (node.type === 'object' || node.properties) {
      if (node.additionalProperties !== false) err(`schema: ${at} lacks "additionalProperties": false`);
      for (const [k, p] of Object.entries(node.properties ?? {})) {
        if (!p.description) err(`schema: ${at}.properties.${k} has no description`);
        visit(p, `${at}.properties.${k}`);
      }
    }
    if (node.items) visit(node.items, `${at}.items`);
  };
  visit(s, '#');
  for (const [k, d] of Object.entries(s.$defs ?? {})) visit(d, `#/$defs/${k}`);
}
