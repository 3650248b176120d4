// Who helps you here (issue 17). Given the State Department's and Global Affairs Canada's data served from
// 127.0.0.1, when an American and a Canadian live in Tehran, then the Contacts section's panel shows Switzerland's
// Foreign Interests Section for the American and Italy's embassy for the Canadian; "Add to my contacts" clears
// the dashboard's finding; the family PDF carries both offices; and with the network gone after a restart, the
// panel still shows what was fetched.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session, waitFor } from './webdriver.mjs';
import { noneServed, ROOT, serveFeeds } from './feeds.mjs';

const SHOTS = new URL('./artifacts/', import.meta.url).pathname;
const PASSPHRASE = 'a long family passphrase';
const FIS = 'Foreign Interests Section, Embassy of Switzerland';
const ITALY = 'Embassy of Italy – Tehran';
const fixture = (name) => readFile(join(ROOT, 'src-tauri/crates/directory/tests/fixtures', name));

let server;
let routes;
let env;
let args;
let session;

before(async () => {
  routes = {
    '/api/CountryTravelInformation/IR': await fixture('us-state_cti-ir.json'),
    '/travel-voyage/cta-cap-IR.json': await fixture('ca-gac_cta-cap-ir.json'),
  };
  let base;
  ({ server, base } = await serveFeeds(routes));
  env = { LIFEBOAT_DIRECTORY_URL: base };
  const dataDir = await mkdtemp(join(tmpdir(), 'lifeboat-directory-'));
  // No government's advisory feed is asked: every one points at a path that answers 503.
  args = ['--data-dir', dataDir, '--feed-urls', noneServed(base)];
});

after(() => server?.close());

afterEach(async () => {
  if (session) await session.quit().catch(() => {});
  session = undefined;
});

const findings = (s) =>
  s.exec(`return [...document.querySelectorAll('[data-testid="finding"]')].map(f => f.textContent.replace(/[\\u2068\\u2069]/g, '').trim())`);

async function missionNames(s, nationality) {
  return s.exec(
    `const h = document.querySelector('[data-testid="directory-help"][data-nationality="' + arguments[0] + '"]');
     return h ? [...h.querySelectorAll('[data-testid="mission-name"]')].map(e => e.textContent.trim()) : null;`,
    nationality,
  );
}

test('an American and a Canadian in Tehran: the panel, Add to my contacts, the readiness finding and the PDF', async () => {
  session = await Session.startWith(env, args);
  const s = session;
  await s.waitFind('#onboard-passphrase', 30000);
  await s.createPlan(PASSPHRASE, { name: 'Dana Miller' });

  // The household: Dana is American, Sara (added) Canadian; both live in Iran.
  await s.click('[data-testid="nav-household"]');
  await s.waitFind('[data-testid="section-household"]');
  await s.setValue('#f-household-self-nationalities', 'US');
  await s.click('[data-testid="add-person"]');
  const sara = await waitFor('the new person', () =>
    s.exec(`const p = [...document.querySelectorAll('[data-testid="person"]')].at(-1); return p && p.dataset.entry !== 'self' ? p.dataset.entry : null`),
  );
  const id = sara.replace(/[^A-Za-z0-9_-]/g, '_');
  await s.setValue(`#f-household-${id}-name`, 'Sara Miller');
  await s.setValue(`#f-household-${id}-nationalities`, 'CA');

  // The directory fetches both as soon as the plan names them.
  await s.click('[data-testid="nav-contacts"]');
  await s.waitFind('[data-testid="section-contacts"]');
  const us = await waitFor('the State Department’s office for the American', async () => {
    const names = await missionNames(s, 'US');
    return names?.includes(FIS) && (await s.exec(`return !!document.querySelector('[data-nationality="US"] [data-kind="interests_section"]') && document.querySelector('[data-nationality="US"]').textContent.includes('Fetched')`)) ? names : null;
  }, { timeout: 60000 });
  assert.equal(us[0], FIS);
  const ca = await waitFor('Canada’s protecting power for the Canadian', async () => {
    const names = await missionNames(s, 'CA');
    return names?.includes(ITALY) ? names : null;
  }, { timeout: 60000 });
  assert.equal(ca[0], ITALY, 'the office in Tehran before the embassy in Ankara');
  await s.exec(`document.querySelector('[data-testid="who-helps"]').scrollIntoView()`);
  await s.screenshot(SHOTS + '50-who-helps.png');
  await s.exec(`document.querySelector('[data-testid="directory-help"][data-nationality="US"]').scrollIntoView()`);
  await s.screenshot(SHOTS + '50-who-helps-us.png');

  await s.click('[data-testid="nav-dashboard"]');
  await s.waitFind('[data-testid="section-dashboard"]');
  const before = await waitFor('the directory findings', async () => {
    const f = await findings(s);
    return f.filter((x) => x.includes('add it to your contacts')).length === 2 ? f : null;
  });
  assert.ok(before.some((f) => f.includes(FIS) && f.includes('Dana Miller')), before.join('\n'));

  // Add to my contacts, for both.
  await s.click('[data-testid="nav-contacts"]');
  await s.click('[data-testid="directory-help"][data-nationality="US"] [data-testid="mission-add"]');
  await s.click('[data-testid="directory-help"][data-nationality="CA"] [data-testid="mission-add"]');
  await waitFor('both in the contacts', async () =>
    (await s.exec(`return document.querySelectorAll('[data-testid="mission-added"]').length`)) === 2,
  );
  await s.screenshot(SHOTS + '51-who-helps-added.png');
  await s.click('[data-testid="nav-dashboard"]');
  await waitFor('the findings cleared', async () => {
    const f = await findings(s);
    return f.every((x) => !x.includes('add it to your contacts') && !x.includes('protecting power is known')) ? f : null;
  });

  // The family PDF carries both offices on the page with "If you cannot reach us".
  const out = join(await mkdtemp(join(tmpdir(), 'lifeboat-pdf-')), 'family.pdf');
  await s.exec(`return window.__TAURI_INTERNALS__.invoke('export_pdf', { path: arguments[0], choices: {} })`, out);
  const text = execFileSync('pdftotext', [out, '-']).toString().replace(/\s+/g, ' ');
  assert.match(text, /Who helps us here/);
  assert.ok(text.includes(FIS), text);
  assert.ok(text.includes(ITALY), text);
  assert.ok(text.indexOf('If you cannot reach us') < text.indexOf('Who helps us here'), text);
});

test('offline after a restart, the panel shows what was fetched, with its date', async () => {
  for (const k of Object.keys(routes)) delete routes[k];
  session = await Session.startWith(env, args);
  const s = session;
  await s.unlock(PASSPHRASE);
  await s.click('[data-testid="nav-contacts"]');
  const names = await waitFor('the kept directory', () => missionNames(s, 'US'));
  assert.equal(names[0], FIS);
  await s.click('[data-testid="directory-refresh"]');
  await waitFor('the failed refresh said so', () =>
    s.exec(`return document.querySelector('[data-nationality="US"]').textContent.includes('The last refresh failed')`),
  );
  assert.equal((await missionNames(s, 'US'))[0], FIS, 'the last good data stays');
  await s.screenshot(SHOTS + '52-who-helps-offline.png');
});

test('in Persian the panel reads right to left, the offices keep their published names and numbers read left to right', async () => {
  session = await Session.startWith(env, args);
  const s = session;
  await s.unlock(PASSPHRASE);
  await s.click('[data-testid="nav-settings"]');
  await s.setValue('[data-testid="language-picker"]', 'fa');
  await waitFor('Persian on screen', () => s.exec(`return document.documentElement.dir === 'rtl'`));
  await s.click('[data-testid="nav-contacts"]');
  const title = await waitFor('the panel in Persian', () =>
    s.exec(`const h = document.querySelector('#who-helps-title'); return h ? h.textContent : null`),
  );
  assert.equal(title, 'چه کسی اینجا به شما کمک می‌کند');
  assert.equal((await missionNames(s, 'US'))[0], FIS);
  const phoneDir = await s.exec(
    `const v = [...document.querySelectorAll('[data-nationality="US"] dd span')].find(d => d.textContent.includes('5555 0120')); return v && v.getAttribute('dir')`,
  );
  assert.equal(phoneDir, 'ltr');
  await s.exec(`document.querySelector('[data-testid="directory-help"][data-nationality="US"]').scrollIntoView()`);
  await s.screenshot(SHOTS + '53-who-helps-fa.png');
});
