// The routes on a map, offline (issue 18). Given a new plan with one route out of Iran, when the user picks
// "Tehran" from the gazetteer for the leg's start and "Bazargan" for its end, then the Routes section's map draws
// the line between them (Bazargan west and north of Tehran), the legs are listed in words for screen readers,
// and the family PDF carries the same map on its own page with the crossing named. No network is reachable.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session, waitFor } from './webdriver.mjs';
import { noneServed, serveFeeds } from './feeds.mjs';

const SHOTS = new URL('./artifacts/', import.meta.url).pathname;
const PASSPHRASE = 'a long family passphrase';

let server;
let env;
let args;
let session;

before(async () => {
  // Every government and the embassy directory answer 503: the map and the places need none of them.
  let base;
  ({ server, base } = await serveFeeds({}));
  env = { LIFEBOAT_DIRECTORY_URL: base };
  const dataDir = await mkdtemp(join(tmpdir(), 'lifeboat-map-'));
  args = ['--data-dir', dataDir, '--feed-urls', noneServed(base)];
});

after(() => server?.close());

afterEach(async () => {
  if (session) await session.quit().catch(() => {});
  session = undefined;
});

/** Opens the first leg's picker for `end`, types `query` as a person would, and picks the hit named `name`
 *  (after a screenshot of the list, when `shot` names one). */
async function pick(s, end, query, name, shot) {
  await s.click(`[data-testid="leg-places"] [data-testid="place-${end}"]`);
  // The picker opens on the leg's own name, if any: typed over, as a person would.
  await s.setValue('[data-testid="place-search"]', '');
  const started = Date.now();
  await s.type('[data-testid="place-search"]', query);
  const hits = await waitFor(`the places found for ${query}`, async () => {
    const h = await s.exec(`return [...document.querySelectorAll('[data-testid="place-hit"]')].map(e => e.textContent.replace(/\\s+/g, ' ').trim())`);
    return h.length && h.some((x) => x.includes(name)) ? h : null;
  });
  console.log(`# ${query}: ${hits.length} places listed ${Date.now() - started} ms after typing began`);
  if (shot) {
    await s.exec(`document.querySelector('[data-testid="place-panel"]').scrollIntoView({ block: 'center' })`);
    await s.screenshot(SHOTS + shot);
  }
  await s.exec(
    `[...document.querySelectorAll('[data-testid="place-hit"]')].find(e => e.textContent.includes(arguments[0])).click()`,
    name,
  );
  return hits;
}

/** The lines on the map, as drawn: per leg path, its two ends in the SVG's units. */
const drawnLegs = (s) =>
  s.exec(`return [...document.querySelectorAll('[data-testid="route-map-canvas"] .route .leg')].map(p => {
    const n = p.getAttribute('d').match(/-?[0-9.]+/g).map(Number);
    return { from: [n[0], n[1]], to: [n[n.length - 2], n[n.length - 1]] };
  })`);

test('pick Tehran and Bazargan from the gazetteer, see the line on the map, and the same map in the family PDF', async () => {
  session = await Session.startWith(env, args);
  const s = session;
  await s.waitFind('#onboard-passphrase', 30000);
  await s.createPlan(PASSPHRASE, { name: 'Dana Miller' });

  await s.click('[data-testid="nav-routes"]');
  await s.waitFind('[data-testid="section-routes"]');
  await s.click('[data-testid="add-route"]');
  await s.waitFind('[data-testid="route-map-canvas"] svg');
  // A new route's leg has no place yet: listed, not drawn.
  assert.equal((await drawnLegs(s)).length, 0);
  await s.waitFind('[data-testid="map-empty"]');

  const tehran = await pick(s, 'from', 'Tehran', 'Tehran', '59-place-picker.png');
  assert.match(tehran[0], /^Tehran/, 'the capital before any other Tehran');
  await pick(s, 'to', 'Bazargan', 'Bazargan');

  const legs = await waitFor('the line from Tehran to Bazargan', async () => {
    const l = await drawnLegs(s);
    return l.length === 1 ? l : null;
  });
  const [{ from, to }] = legs;
  assert.ok(to[0] < from[0], `Bazargan lies west of Tehran: ${JSON.stringify(legs)}`);
  assert.ok(to[1] < from[1], `and north of it (SVG y grows southwards): ${JSON.stringify(legs)}`);
  // The leg took the places' names, and the countries they lie in.
  const leg = await s.exec(`const i = [...document.querySelectorAll('[data-testid="route"] input')];
    return { from: i.find(e => e.id.endsWith('-from')).value, to: i.find(e => e.id.endsWith('-to')).value }`);
  assert.equal(leg.from, 'Tehran');
  assert.match(leg.to, /^Bazargan/);
  const words = await s.exec(`return document.querySelector('[data-testid="map-text"]').textContent.replace(/[\\u2068\\u2069]/g, '').replace(/\\s+/g, ' ')`);
  assert.match(words, /Tehran to Bazargan.* \(on the map\)/);
  // The drawing holds no script or handler, whatever the names.
  assert.equal(await s.exec(`return document.querySelectorAll('[data-testid="route-map-canvas"] script, [data-testid="route-map-canvas"] [onload]').length`), 0);

  await s.exec(`document.querySelector('[data-testid="route-map"]').scrollIntoView()`);
  await s.screenshot(SHOTS + '60-route-map.png');
  // Hovering the leg's row highlights its line.
  await s.exec(`document.querySelector('[data-testid="route"] .leg').dispatchEvent(new MouseEvent('mouseenter'))`);
  await waitFor('the highlighted leg', () =>
    s.exec(`return document.querySelectorAll('[data-testid="route-map-canvas"] .leg.highlighted').length === 1`),
  );

  // Saved, then printed: the family PDF's map page names the crossing's place.
  await waitFor('the plan saved', () => s.exec(`return !!document.querySelector('[data-testid="save-state"].saved')`));
  const out = join(await mkdtemp(join(tmpdir(), 'lifeboat-pdf-')), 'family.pdf');
  await s.exec(`return window.__TAURI_INTERNALS__.invoke('export_pdf', { path: arguments[0], choices: {} })`, out);
  const page2 = execFileSync('pdftotext', ['-f', '2', '-l', '2', out, '-']).toString();
  assert.match(page2, /Bazargan/, page2);
  assert.match(page2, /Tehran/, page2);
  execFileSync('pdftoppm', ['-f', '2', '-l', '2', '-r', '60', '-png', out, SHOTS + '61-route-map-pdf']);
});
