// Given government feeds served from 127.0.0.1 (our Iran fixture and the shared real captures), when a person
// watches Iran, then the Advisories section shows each government's level side by side and a hostile summary
// stays inert; when the US raises Iran to level 4, exactly one notification reaches the real notification server
// on the private D-Bus session, and a restart does not repeat it.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session, waitFor, sleep } from './webdriver.mjs';
import { ROOT, ours, serveFeeds } from './feeds.mjs';
import { notificationsFromLifeboat } from './notifications.mjs';

const APP = process.env.LIFEBOAT_APP;
const SHOTS = new URL('./artifacts/', import.meta.url).pathname;
const SHARED = join(ROOT, '../shared/fixtures/advisories');
const PASSPHRASE = 'a long family passphrase';
const RAISED = 'Iran — US: Level 4, Do Not Travel (was 3)';

const shared = async (rel) => {
  const p = join(SHARED, rel);
  if (existsSync(p)) return readFile(p);
  console.log(`skipped part: ../shared not present (${p})`);
  return null;
};

let server;
let routes;
let args;
let session;

before(async () => {
  routes = {
    '/us.json': await ours('us-state-json_iran-level-3.json'),
    '/uk': await readFile(join(ROOT, 'src-tauri/crates/advisory/tests/fixtures/uk-fcdo_index-small.json')),
    '/uk/iran': await ours('uk-fcdo_iran.json'),
    '/ca': await shared('ca-travel-json/2014-03-02_index-alpha-eng.json'),
    '/au': await shared('au-smartraveller/2026-04-08_destinations-export_vibe-travel.json'),
    '/de': await shared('de-aa-opendata/2026-08-06_opendata_travelwarning_wtg-weather_EDITED.json'),
  };
  let base;
  ({ server, base } = await serveFeeds(routes));
  const feeds = [
    `us-state-json=${base}/us.json`,
    `us-state-rss=${base}/rss`,
    // No embassy feed served (503): the test never asks a real embassy's site.
    `us-embassy-alerts=${base}/embassy`,
    `uk-fcdo=${base}/uk`,
    `ca-travel=${base}/ca`,
    `au-smartraveller=${base}/au`,
    `de-aa=${base}/de`,
  ].join(',');
  const dataDir = await mkdtemp(join(tmpdir(), 'lifeboat-advisories-'));
  args = ['--data-dir', dataDir, '--feed-urls', feeds];
});

after(() => server?.close());

afterEach(async () => {
  if (session) await session.quit().catch(() => {});
  session = undefined;
});

async function govLevels(s, country) {
  return s.exec(
    `const card = document.querySelector('[data-testid="advisory-country"][data-country="' + arguments[0] + '"]');
     if (!card) return null;
     return Object.fromEntries([...card.querySelectorAll('[data-testid="gov-level"]')].map(li =>
       [li.dataset.government, li.querySelector('[data-testid="native"]').textContent.trim() + ' | ' + li.className]));`,
    country,
  );
}

async function unlock(s) {
  await s.unlock(PASSPHRASE);
  await s.click('[data-testid="nav-advisories"]');
  await s.waitFind('[data-testid="section-advisories"]');
}

test('the Advisories section shows the governments side by side and a hostile summary stays inert', async () => {
  session = await Session.start(APP, args);
  const s = session;
  await s.waitFind('#onboard-passphrase', 30000);
  await s.createPlan(PASSPHRASE, { name: 'Léa Martin' });

  await s.click('[data-testid="nav-advisories"]');
  await s.waitFind('[data-testid="section-advisories"]');
  // Iraq's summary in our fixture carries <script> and <img onerror>: watch it too.
  await s.setValue('#f-advisories-_-extra_countries', 'IQ');

  const iran = await waitFor(
    'Iran levels from the US and the UK',
    async () => {
      const l = await govLevels(s, 'IR');
      return l?.us && l?.uk ? l : null;
    },
    { timeout: 60000 },
  );
  assert.match(iran.us, /^Level 3: Reconsider Travel \| .*lvl3/);
  assert.match(iran.uk, /lvl4/);
  if (routes['/ca']) assert.match(iran.ca ?? '', /lvl4/, 'Canada 2014: Iran advisory-state 3');
  if (routes['/au']) assert.match(iran.au ?? '', /^Do not travel \| .*lvl4/);
  const iraq = await waitFor('Iraq card', () => govLevels(s, 'IQ').then((l) => l?.us), { timeout: 60000 });
  assert.match(iraq, /^Level 4: Do Not Travel/);

  // Open every summary so the sanitised HTML is in the page, then look for anything executable.
  await s.exec(`document.querySelectorAll('[data-testid="advisory-country"] details').forEach(d => d.open = true)`);
  await sleep(500);
  const hostile = await s.exec(
    `const html = [...document.querySelectorAll('[data-testid="summary-html"]')].map(e => e.innerHTML).join('\\n');
     return {
       html,
       scripts: document.querySelectorAll('[data-testid="summary-html"] script, [data-testid="summary-html"] img, [data-testid="summary-html"] iframe').length,
       handlers: [...document.querySelectorAll('[data-testid="summary-html"] *')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length,
       title: document.title,
     };`,
  );
  assert.ok(hostile.html.includes('Do not travel to Iraq'), 'the summary itself is shown');
  assert.equal(hostile.scripts, 0, hostile.html);
  assert.equal(hostile.handlers, 0, hostile.html);
  assert.notEqual(hostile.title, 'pwned');
  await s.screenshot(SHOTS + '10-advisories.png');

  assert.equal((await notificationsFromLifeboat()).length, 0, 'the first poll is a baseline: no notification');
});

test('when the US raises Iran, exactly one notification arrives at the notification server', async () => {
  session = await Session.start(APP, args);
  const s = session;
  await unlock(s);
  await waitFor('Iran at level 3', async () => (await govLevels(s, 'IR'))?.us?.includes('Level 3'), { timeout: 60000 });

  routes['/us.json'] = await ours('us-state-json_iran-level-3_derived-iran-level-4.json');
  await waitFor('Check now is available', async () =>
    s.exec(`const b = document.querySelector('[data-testid="check-now"]'); return b && !b.disabled`),
  );
  await s.click('[data-testid="check-now"]');
  await waitFor('Iran at level 4', async () => (await govLevels(s, 'IR'))?.us?.includes('Level 4'), { timeout: 60000 });
  const calls = await waitFor('the notification', async () => {
    const c = await notificationsFromLifeboat();
    return c.length ? c : null;
  });
  await sleep(2000);
  const all = await notificationsFromLifeboat();
  assert.equal(all.length, 1, all.join('\n----\n'));
  assert.ok(calls[0].includes(RAISED), calls[0]);
  // The new plan holds no "leave now" of its own: the watch suggests, and quotes no plan.
  assert.ok(calls[0].includes('Suggested: Leave now'), calls[0]);
  assert.ok(!calls[0].includes('Your plan'), calls[0]);
  await s.screenshot(SHOTS + '11-advisories-raised.png');
});

test('after a restart the same level is not notified again', async () => {
  session = await Session.start(APP, args);
  const s = session;
  await unlock(s);
  await waitFor('Iran at level 4', async () => (await govLevels(s, 'IR'))?.us?.includes('Level 4'), { timeout: 60000 });
  // The first round after start has run once Check now is offered again.
  await waitFor('the round to finish', async () =>
    s.exec(`const b = document.querySelector('[data-testid="check-now"]'); return b && !b.disabled`),
  );
  await sleep(3000);
  assert.equal((await notificationsFromLifeboat()).length, 1);
});

test('the family PDF exported from the running app carries the plan and the watch levels', async () => {
  session = await Session.start(APP, args);
  const s = session;
  await unlock(s);
  await waitFor('Iran at level 4', async () => (await govLevels(s, 'IR'))?.us?.includes('Level 4'), { timeout: 60000 });
  await s.click('[data-testid="nav-settings"]');
  await s.waitFind('[data-testid="family-pdf"]');
  await s.screenshot(SHOTS + '12-settings-family-pdf.png');
  // The native save dialog cannot be driven: call the command the Export button calls, with a path.
  const out = join(await mkdtemp(join(tmpdir(), 'lifeboat-pdf-')), 'family.pdf');
  const report = await s.exec(
    `return window.__TAURI_INTERNALS__.invoke('export_pdf', { path: arguments[0], choices: {} })`,
    out,
  );
  assert.ok(report.pages >= 1, JSON.stringify(report));
  const pdf = await readFile(out);
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  const text = execFileSync('pdftotext', [out, '-']).toString();
  assert.match(text, /Léa Martin/);
  assert.match(text, /Iran/);
  assert.match(text, /Confidential: family copy/);
});
