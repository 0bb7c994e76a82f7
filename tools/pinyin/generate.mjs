// Generates, from pinyin-pro (version pinned in package.json) and overrides.json:
//   1. the "pinyin" of every headword and alias in glossary.json: the tone-marked reading, one
//      syllable per Chinese character, in citation tones (一体化 is yī tǐ huà, not yì tǐ huà, as
//      dictionaries write it); runs of digits, Latin letters, "+" and "%" stay as written, as one
//      token (“2+2+N”企业服务体系 → "2+2+N qǐ yè fú wù tǐ xì"); quotation marks and other punctuation
//      have no token; tokens are separated by single spaces;
//   2. src/Huli.Glossary/Search/PinyinTable.g.cs, the toneless readings of every character of
//      GB 2312 (all 6,763) and of every character glossary.json uses, for homophone matching
//      (ü is written v, as pinyin keyboards type it: 绿 → lv).
//
// Run from anywhere: `npm ci && node generate.mjs`. The output is deterministic; glossary.json is
// rewritten as JSON.stringify(obj, null, 2) + "\n", the formatting the C# writer reproduces.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pinyin, customPinyin } from 'pinyin-pro';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..', '..');
const glossaryPath = join(repoRoot, 'glossary.json');
const tablePath = join(repoRoot, 'src', 'Huli.Glossary', 'Search', 'PinyinTable.g.cs');

// The package's "exports" map does not expose package.json, so read it from node_modules.
const version = JSON.parse(readFileSync(join(here, 'node_modules', 'pinyin-pro', 'package.json'), 'utf8')).version;
const overrides = JSON.parse(readFileSync(join(here, 'overrides.json'), 'utf8')).words;

const isHan = (c) => /^\p{Script=Han}$/u.test(c);
const isLiteral = (c) => /^[0-9A-Za-z+%]$/.test(c);
const failures = [];

// ---------------------------------------------------------------------------------------------
// 1. Readings of the spellings
// ---------------------------------------------------------------------------------------------

const options = { type: 'array', toneType: 'symbol', toneSandhi: false, nonZh: 'removed' };

/** The reading of a spelling: Han syllables read in context, literal runs as written. */
function read(text) {
  const syllables = pinyin(text, options);
  const han = [...text].filter(isHan);
  if (syllables.length !== han.length) {
    throw new Error(`${text}: pinyin-pro gave ${syllables.length} syllables for ${han.length} characters`);
  }

  const tokens = [];
  let literal = '';
  let next = 0;
  for (const c of text) {
    if (isLiteral(c)) {
      literal += c;
      continue;
    }

    if (literal) {
      tokens.push(literal);
      literal = '';
    }

    if (isHan(c)) {
      tokens.push(syllables[next++]);
    }
  }

  if (literal) {
    tokens.push(literal);
  }

  return tokens.join(' ');
}

const glossary = JSON.parse(readFileSync(glossaryPath, 'utf8'));
const spellings = glossary.entries.flatMap((e) => [e.term, ...e.aliases.map((a) => a.text)]);

// What pinyin-pro reads without the overrides, to show that each override still changes something.
const unreviewed = new Map(spellings.map((s) => [s, read(s)]));
customPinyin(overrides);
for (const [word, reading] of Object.entries(overrides)) {
  if (reading.split(' ').length !== [...word].length) failures.push(`overrides.json: "${word}" has ${[...word].length} characters but "${reading}" is not one syllable each`);
  const users = spellings.filter((s) => s.includes(word));
  if (users.length === 0) failures.push(`overrides.json: no spelling of glossary.json contains "${word}"; remove it`);
  if (users.every((s) => read(s) === unreviewed.get(s))) failures.push(`overrides.json: "${word}" changes no reading; pinyin-pro now reads it right, remove it`);
}

const entries = glossary.entries.map((entry) => {
  const { pinyin: _oldEntryReading, ...fields } = entry;
  const out = {};
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'aliases') {
      // An entry's reading follows its term and its match rule, whichever comes last.
      out.pinyin = read(entry.term);
      out.aliases = value.map(({ text, pinyin: _oldAliasReading, ...rest }) => ({ text, pinyin: read(text), ...rest }));
    } else {
      out[key] = value;
    }
  }

  return out;
});

for (const entry of entries) {
  for (const [text, reading] of [[entry.term, entry.pinyin], ...entry.aliases.map((a) => [a.text, a.pinyin])]) {
    const before = unreviewed.get(text);
    console.log(`${String(entry.number).padStart(2)} ${text}: ${reading}${before !== reading ? `   (pinyin-pro alone: ${before})` : ''}`);
  }
}

writeFileSync(glossaryPath, JSON.stringify({ ...glossary, entries }, null, 2) + '\n');

// ---------------------------------------------------------------------------------------------
// 2. The character table
// ---------------------------------------------------------------------------------------------

const gb2312 = [];
const gbk = new TextDecoder('gbk');
for (let high = 0xb0; high <= 0xf7; high++) {
  for (let low = 0xa1; low <= 0xfe; low++) {
    const c = gbk.decode(new Uint8Array([high, low]));
    if (isHan(c)) gb2312.push(c);
  }
}

if (gb2312.length !== 6763) failures.push(`GB 2312 should have 6763 hanzi, decoding gave ${gb2312.length}`);

const used = [...readFileSync(glossaryPath, 'utf8')].filter(isHan);
const characters = [...new Set([...gb2312, ...used])].sort();
const outsideBlock = characters.filter((c) => c.charCodeAt(0) < 0x4e00 || c.charCodeAt(0) > 0x9fff || c.length !== 1);
if (outsideBlock.length) failures.push(`characters outside U+4E00..U+9FFF, which the C# table does not expect: ${outsideBlock.join('')}`);

/** @type {Map<string, string[]>} toneless syllable → characters read so */
const bySyllable = new Map();
const unread = [];
for (const c of characters) {
  const readings = [...new Set(pinyin(c, { multiple: true, type: 'array', toneType: 'none', v: true }))].filter((r) => /^[a-z]+$/.test(r));
  if (readings.length === 0) unread.push(c);
  for (const r of readings) {
    if (!bySyllable.has(r)) bySyllable.set(r, []);
    bySyllable.get(r).push(c);
  }
}

if (unread.length) failures.push(`characters without a reading: ${unread.join('')}`);

// Every syllable of the spellings' readings must be one the table knows for that character, or a
// homophone query could never reach the headword it misspells.
const toneless = (syllable) => syllable.normalize('NFD').replace(/u\u0308/g, 'v').replace(/[\u0300-\u036f]/g, '');
for (const entry of entries) {
  for (const [text, reading] of [[entry.term, entry.pinyin], ...entry.aliases.map((a) => [a.text, a.pinyin])]) {
    const han = [...text].filter(isHan);
    const syllables = reading.split(' ').filter((t) => !/^[0-9A-Za-z+%]+$/.test(t));
    han.forEach((c, i) => {
      const plain = toneless(syllables[i]);
      if (!(bySyllable.get(plain) ?? []).includes(c)) failures.push(`${text}: the table does not read ${c} as ${plain}`);
    });
  }
}

const syllables = [...bySyllable.keys()].sort();
const pairs = syllables.reduce((n, s) => n + bySyllable.get(s).length, 0);
const lines = syllables.map((s, i) => `        "${s}${bySyllable.get(s).join('')}"${i === syllables.length - 1 ? ';' : ' +'}`);
const source = `// <auto-generated>
// Generated by tools/pinyin/generate.mjs from pinyin-pro ${version}. Do not edit by hand:
// change the generator and run \`npm ci && node generate.mjs\` in tools/pinyin.
// </auto-generated>
namespace Huli.Glossary.Search;

internal static class PinyinTable
{
    /// <summary>
    /// ${syllables.length} toneless syllables (ü written v), each followed by the characters read so: ${characters.length}
    /// characters (all of GB 2312 and every character of glossary.json), ${pairs} readings. A polyphone such as
    /// 行 appears under each of its readings (hang, heng, xing).
    /// </summary>
    internal const string Readings =
${lines.join('\n')}
}
`;
writeFileSync(tablePath, source);
console.log(`\n${tablePath}: ${syllables.length} syllables, ${characters.length} characters, ${pairs} readings, ${Buffer.byteLength(source)} bytes`);

if (failures.length) {
  console.error(failures.map((f) => `error: ${f}`).join('\n'));
  process.exit(1);
}
