// Run from tools/ after: npm install --no-save cmu-pronouncing-dictionary@3.0.0 (see README.md here).
// Builds Coproduce's syllable list from the CMU Pronouncing Dictionary (via the npm package cmu-pronouncing-dictionary).
// A syllable is a phone with a stress digit. About one word in eleven, chosen by a stable hash, is kept out of the
// shipped list and written to a test resource, so the rule-based fallback can be measured on words it has never seen.
import { dictionary } from 'cmu-pronouncing-dictionary';
import { writeFileSync } from 'fs';
import { gzipSync } from 'zlib';

function fnv(s) { let h = 0x811c9dc5; for (const c of s) { h ^= c.codePointAt(0); h = Math.imul(h, 0x01000193) >>> 0; } return h; }
const shipped = [], heldOut = [];
for (const [key, phones] of Object.entries(dictionary)) {
  if (key.includes('(')) continue;               // alternative pronunciations: keep the first
  if (!/^[a-z][a-z'\-]*$/.test(key)) continue;  // words only, no abbreviations with full stops
  const syllables = phones.split(' ').filter(p => /\d$/.test(p)).length;
  if (syllables === 0) continue;
  (fnv(key) % 11 === 3 ? heldOut : shipped).push(`${key} ${syllables}`);
}
shipped.sort(); heldOut.sort();
writeFileSync(process.argv[2], gzipSync(shipped.join('\n') + '\n', { level: 9 }));
writeFileSync(process.argv[3], gzipSync(heldOut.join('\n') + '\n', { level: 9 }));
console.log(`shipped ${shipped.length}, held out ${heldOut.length}`);
