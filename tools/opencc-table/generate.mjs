// Generates, from OpenCC's data as packaged by opencc-js (version pinned in package.json):
//   1. src/Huli.Glossary/Folding/TraditionalChineseTable.g.cs — a traditional → simplified
//      single-character table for the BMP CJK blocks;
//   2. tests/Huli.Glossary.Tests/Data/report.zh-TW.txt and report.zh-HK.txt — the simplified
//      test report (tests/Huli.Glossary.Tests/Data/report.txt) converted character by character
//      to Taiwan and Hong Kong traditional forms,
// and checks that folding each traditional report back through the table gives report.txt exactly.
//
// Run from anywhere: `npm ci && node generate.mjs` (paths are relative to this file's folder).
// The output is deterministic: it depends only on the opencc-js version and report.txt.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import OpenCC from 'opencc-js';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..', '..');
const tablePath = join(repoRoot, 'src', 'Huli.Glossary', 'Folding', 'TraditionalChineseTable.g.cs');
const dataDir = join(repoRoot, 'tests', 'Huli.Glossary.Tests', 'Data');
const reportPath = join(dataDir, 'report.txt');
const reportOutputs = [
  { locale: 'tw', path: join(dataDir, 'report.zh-TW.txt') },
  { locale: 'hk', path: join(dataDir, 'report.zh-HK.txt') },
];

// The package's "exports" map does not expose package.json, so read it from node_modules.
const openccVersion = JSON.parse(readFileSync(join(here, 'node_modules', 'opencc-js', 'package.json'), 'utf8')).version;

const hex = (c) => c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
const show = (c) => `${c} (U+${hex(c)})`;
const rel = (p) => relative(repoRoot, p).split('\\').join('/');

// ---------------------------------------------------------------------------------------------
// 1. The table
// ---------------------------------------------------------------------------------------------

const RANGES = [
  [0x3400, 0x4dbf], // CJK Unified Ideographs Extension A
  [0x4e00, 0x9fff], // CJK Unified Ideographs
  [0xf900, 0xfaff], // CJK Compatibility Ideographs
];

// Source locales in order of preference when they give different simplified characters.
const SOURCES = ['t', 'tw', 'hk'];
const toSimplified = Object.fromEntries(SOURCES.map((from) => [from, OpenCC.Converter({ from, to: 'cn' })]));

// Pairs added by hand because the single-character conversions above miss them but the report
// round trip (step 2) needs them: each is the inverse of a mapping that cn→tw / cn→hk make inside a
// phrase (OpenCC's STPhrases), while the traditional character converted alone stays as it is.
// Each entry: [traditional, simplified, simplified phrase that cn→tw and cn→hk convert using the
// pair]; the generator checks that the phrase still does, so a data update cannot leave a stale entry.
const EXTRA_PAIRS = [
  // 复苏 → 復甦 ("recovery", as in 经济复苏); 甦 alone is left unchanged by t/tw/hk → cn.
  ['甦', '苏', '复苏'],
];

const isSingleBmp = (s) => s.length === 1 && !(s.charCodeAt(0) >= 0xd800 && s.charCodeAt(0) <= 0xdfff);

/** @type {Map<string, string>} traditional char → simplified char */
const table = new Map();
const disagreements = []; // two or more sources give a pair, with different simplified chars
const partial = []; // some sources give a pair and others leave the char as it is (or give no single char)

for (const [first, last] of RANGES) {
  for (let cp = first; cp <= last; cp++) {
    const c = String.fromCharCode(cp);
    const results = SOURCES.map((from) => {
      const out = toSimplified[from](c);
      return { from, out, pair: isSingleBmp(out) && out !== c };
    });
    const candidates = results.filter((r) => r.pair);
    if (candidates.length === 0) continue;
    const chosen = candidates[0]; // SOURCES order: 't', then 'tw', then 'hk'
    table.set(c, chosen.out);
    const summary = results.map((r) => `${r.from}→${r.out === c ? '(same)' : r.out}`).join(' ');
    if (new Set(candidates.map((r) => r.out)).size > 1) {
      disagreements.push(`${show(c)}: ${summary}; kept ${chosen.out} from '${chosen.from}'`);
    } else if (candidates.length < SOURCES.length) {
      partial.push(`${show(c)}: ${summary}; kept ${chosen.out} from '${chosen.from}'`);
    }
  }
}

const fromSimplified = Object.fromEntries(['tw', 'hk'].map((to) => [to, OpenCC.Converter({ from: 'cn', to })]));
const extraLines = [];
for (const [trad, simp, phrase] of EXTRA_PAIRS) {
  if (table.has(trad)) throw new Error(`EXTRA_PAIRS: ${show(trad)} is already in the table as → ${table.get(trad)}`);
  if (!isSingleBmp(trad) || !isSingleBmp(simp) || trad === simp) throw new Error(`EXTRA_PAIRS: bad pair ${trad}→${simp}`);
  for (const [to, convert] of Object.entries(fromSimplified)) {
    const out = convert(phrase);
    const i = phrase.indexOf(simp);
    if (i < 0 || out.length !== phrase.length || out[i] !== trad) {
      throw new Error(`EXTRA_PAIRS: cn→${to} gives ${out} for ${phrase}, no longer ${simp}→${trad}`);
    }
  }
  table.set(trad, simp);
  extraLines.push(`${show(trad)} → ${show(simp)} (inverse of cn→tw/hk ${phrase} → ${fromSimplified.tw(phrase)})`);
}

const pairs = [...table.entries()].sort(([a], [b]) => a.charCodeAt(0) - b.charCodeAt(0));

console.log(`opencc-js ${openccVersion}`);
console.log(`pairs: ${pairs.length}`);
console.log(`disagreements (sources give different simplified chars): ${disagreements.length}`);
for (const line of disagreements) console.log(`  ${line}`);
console.log(`pairs given by only some sources (the others leave the char unchanged): ${partial.length}`);
for (const line of partial) console.log(`  ${line}`);
console.log(`pairs added by hand (EXTRA_PAIRS): ${extraLines.length}`);
for (const line of extraLines) console.log(`  ${line}`);

// C# literal: raw characters, except non-letters (and anything C# would misread) as \uXXXX.
const literalChar = (c) => (/^\p{L}$/u.test(c) ? c : `\\u${hex(c)}`);
const CHARS_PER_LINE = 64;
function csharpString(chars) {
  const lines = [];
  for (let i = 0; i < chars.length; i += CHARS_PER_LINE) {
    lines.push(`        "${chars.slice(i, i + CHARS_PER_LINE).map(literalChar).join('')}"`);
  }
  return lines.join(' +\n');
}

const cs = `// <auto-generated>
// Generated by tools/opencc-table/generate.mjs from opencc-js ${openccVersion} (OpenCC data). Do not edit by hand:
// change the generator and run \`npm ci && node generate.mjs\` in tools/opencc-table.
// </auto-generated>
namespace Huli.Glossary.Folding;

internal static class TraditionalChineseTable
{
    /// <summary>Traditional characters, sorted by UTF-16 code unit; <see cref="Simplified"/> holds the simplified form at the same index.</summary>
    internal const string Traditional =
${csharpString(pairs.map(([t]) => t))};

    /// <summary>Simplified forms of <see cref="Traditional"/>, index by index.</summary>
    internal const string Simplified =
${csharpString(pairs.map(([, s]) => s))};
}
`;

mkdirSync(dirname(tablePath), { recursive: true });
writeFileSync(tablePath, cs, 'utf8'); // no BOM, LF
console.log(`wrote ${rel(tablePath)}`);

// ---------------------------------------------------------------------------------------------
// 2. The traditional reports
// ---------------------------------------------------------------------------------------------

const fold = (text) => {
  let out = '';
  for (const c of text) out += c.length === 1 ? (table.get(c) ?? c) : c; // astral chars stay as they are
  return out;
};

const report = readFileSync(reportPath, 'utf8').replace(/^\uFEFF/, '');
console.log(`${rel(reportPath)}: ${report.length} UTF-16 code units`);
let failed = false;

for (const { locale, path } of reportOutputs) {
  // 'tw' / 'hk' are the character-level variants (OpenCC s2tw / s2hk), not 'twp' / 'hkp'.
  const converted = OpenCC.Converter({ from: 'cn', to: locale })(report);
  writeFileSync(path, converted, 'utf8');

  const problems = [];
  if (converted.length !== report.length) {
    problems.push(`length ${converted.length} != input length ${report.length} (not a character-for-character conversion)`);
  }
  let differing = 0;
  for (let i = 0; i < Math.min(converted.length, report.length); i++) if (converted[i] !== report[i]) differing++;

  const folded = fold(converted);
  const roundTripFailures = [];
  if (folded.length === report.length) {
    for (let i = 0; i < report.length; i++) {
      if (folded[i] !== report[i]) {
        roundTripFailures.push(`  at ${i}: ${show(report[i])} → ${show(converted[i])} → ${show(folded[i])}`);
      }
    }
  } else {
    problems.push(`folded length ${folded.length} != input length ${report.length}`);
  }
  if (roundTripFailures.length > 0) problems.push(`round trip fails at ${roundTripFailures.length} position(s)`);

  console.log(`wrote ${rel(path)} (cn→${locale}): ${differing} chars differ from the input; round trip ${problems.length === 0 ? 'OK' : 'FAILED'}`);
  for (const p of problems) console.log(`  ${p}`);
  for (const f of roundTripFailures) console.log(f);
  if (problems.length > 0) failed = true;
}

if (failed) {
  console.error('Round trip failed: add the missing pairs to EXTRA_PAIRS (documented) and rerun.');
  process.exit(1);
}
