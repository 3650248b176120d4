#!/usr/bin/env node
// Writes src-tauri/crates/map/data/borders-50m.bin: every country's outline from Natural Earth 1:50m as
// world-atlas publishes it (TopoJSON, ISC; the data itself is public domain), in a compact binary the map crate
// decodes without any JSON or network. The topology is kept: each border is one arc shared by the two countries
// on either side, so a border is drawn once and two neighbours' fills meet exactly.
//
//   (cd scripts/map-data && npm ci)              once: the pinned world-atlas and i18n-iso-countries
//   node scripts/gen-map-borders.mjs              regenerate the file
//   node scripts/gen-map-borders.mjs --check      exit 1 when the committed file differs from what it would write
//
// Format (little-endian; "varint" is unsigned LEB128, "zigzag" a signed integer folded into a varint):
//   magic "LBMAP1\n"
//   f64 scale_lon, f64 scale_lat, f64 translate_lon, f64 translate_lat   (TopoJSON's transform: lon = q * s + t)
//   varint arc count; per arc: varint point count, then per point zigzag Δlon, zigzag Δlat (the first point's Δ
//     is from 0), in world-atlas's own quantized units, so nothing is lost or rounded again here
//   varint country count; per country: 2 bytes ISO 3166-1 alpha-2 ("--" when Natural Earth's feature has no
//     code), varint polygon count; per polygon: varint ring count (outer first); per ring: varint arc count, per
//     arc zigzag index (TopoJSON's ~i, i.e. -(i+1), for an arc walked backwards)

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'scripts/map-data/package.json'));
const OUT = 'src-tauri/crates/map/data/borders-50m.bin';

// Features Natural Earth draws without an ISO numeric code. Governments' advisories cover Somaliland under
// Somalia and northern Cyprus under Cyprus, so those take the level of the country they are advised under;
// Kosovo has the user-assigned XK that the countries crate and the advisory feeds use. Siachen and the Indian
// Ocean territories stay uncoded: drawn, never shaded.
const BY_NAME = { Kosovo: 'XK', Somaliland: 'SO', 'N. Cyprus': 'CY' };

class Writer {
  constructor() {
    this.bytes = [];
  }
  raw(buf) {
    for (const b of buf) this.bytes.push(b);
  }
  varint(n) {
    if (!Number.isSafeInteger(n) || n < 0) throw new Error(`varint out of range: ${n}`);
    do {
      let b = n % 128;
      n = Math.floor(n / 128);
      if (n > 0) b |= 0x80;
      this.bytes.push(b);
    } while (n > 0);
  }
  zigzag(n) {
    this.varint(n >= 0 ? n * 2 : -n * 2 - 1);
  }
  f64(x) {
    const b = Buffer.alloc(8);
    b.writeDoubleLE(x);
    this.raw(b);
  }
}

export function encode() {
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));
  const iso = require('i18n-iso-countries');
  if (!topo.transform) throw new Error('countries-50m.json is not quantized: the format needs integer arcs');
  const w = new Writer();
  w.raw(Buffer.from('LBMAP1\n', 'ascii'));
  w.f64(topo.transform.scale[0]);
  w.f64(topo.transform.scale[1]);
  w.f64(topo.transform.translate[0]);
  w.f64(topo.transform.translate[1]);
  w.varint(topo.arcs.length);
  for (const arc of topo.arcs) {
    w.varint(arc.length);
    for (const [dx, dy] of arc) {
      w.zigzag(dx);
      w.zigzag(dy);
    }
  }
  const countries = topo.objects.countries.geometries.filter((g) => g.type === 'Polygon' || g.type === 'MultiPolygon');
  w.varint(countries.length);
  const unknown = [];
  for (const g of countries) {
    const code = g.id !== undefined ? iso.numericToAlpha2(g.id) : BY_NAME[g.properties.name];
    if (!code) unknown.push(g.properties.name);
    w.raw(Buffer.from(code ?? '--', 'ascii'));
    const polygons = g.type === 'Polygon' ? [g.arcs] : g.arcs;
    w.varint(polygons.length);
    for (const rings of polygons) {
      w.varint(rings.length);
      for (const ring of rings) {
        w.varint(ring.length);
        for (const i of ring) w.zigzag(i);
      }
    }
  }
  return { bytes: Buffer.from(w.bytes), unknown, countries: countries.length, arcs: topo.arcs.length };
}

function main() {
  const { bytes, unknown, countries, arcs } = encode();
  const path = join(root, OUT);
  if (process.argv.includes('--check')) {
    let old = Buffer.alloc(0);
    try {
      old = readFileSync(path);
    } catch {
      // missing: stale
    }
    if (!old.equals(bytes)) {
      console.error(`${OUT}: differs from what world-atlas gives (node scripts/gen-map-borders.mjs)`);
      process.exit(1);
    }
    return;
  }
  writeFileSync(path, bytes);
  console.log(`${OUT}: ${bytes.length} bytes, ${countries} countries, ${arcs} arcs; uncoded: ${unknown.join(', ') || 'none'}`);
}

main();
