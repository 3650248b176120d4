// Given Iran's U.S. embassy alert feed served from 127.0.0.1 with two alerts, when a third appears whose title
// repeats an older one and whose text says "Leave Iran now", then exactly one critical notification reaches the
// real notification server, the Advisories timeline shows it, and a restart does not repeat it; when the embassy's
// host refuses (403), the card says "source down" and nothing is notified.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session, waitFor, sleep } from './webdriver.mjs';
import { ROOT, ours, serveFeeds, refuse } from './feeds.mjs';
import { notificationsFromLifeboat } from './notifications.mjs';

const APP = process.env.LIFEBOAT_APP;
const SHOTS = new URL('./artifacts/', import.meta.url).pathname;
const PASSPHRASE = 'a long family passphrase';
const EMBASSY = 'Iran — U.S. Embassy: Security Alert – U.S. Virtual Embassy Iran';
// The advisory crate's own captures of the embassy feed, in WordPress's format.
const alerts = (name) => readFile(join(ROOT, 'src-tauri/crates/advisory/tests/fixtures', name));

let server;
let routes;
let args;
let session;
/** Lifeboat's notifications already in the shared log when this file starts (the other tests' own). */
let earlier = 0;
/** This file's notifications, oldest first. */
const mine = async () => (await notificationsFromLifeboat()).slice(earlier);

before(async () => {
  earlier = (await notificationsFromLifeboat()).length;
  routes = {
    '/us.json': await ours('us-state-json_iran-level-3.json'),
    '/embassy/ir': await alerts('us-embassy-alerts_ir_two-alerts.xml'),
  };
  let base;
  ({ server, base } = await serveFeeds(routes));
  // The US alone is served; the other governments answer 503 (shown as failures, never as changes).
  const feeds = [
    `us-state-json=${base}/us.json`,
    `us-state-rss=${base}/rss`,
    `us-embassy-alerts=${base}/embassy`,
    `uk-fcdo=${base}/uk`,
    `ca-travel=${base}/ca`,
    `au-smartraveller=${base}/au`,
    `de-aa=${base}/de`,
  ].join(',');
  const dataDir = await mkdtemp(join(tmpdir(), 'lifeboat-alerts-'));
  args = ['--data-dir', dataDir, '--feed-urls', feeds];
});

after(() => server?.close());

afterEach(async () => {
  if (session) await session.quit().catch(() => {});
  session = undefined;
});

/** Iran's timeline entries from the embassy feed, newest first. */
async function embassyTimeline(s) {
  return s.exec(
    `return [...document.querySelectorAll('[data-testid="advisory-country"][data-country="IR"] [data-testid="timeline-item"][data-source="us-embassy-alerts"]')]
       .map(li => ({ kind: li.dataset.kind, priority: li.dataset.priority ?? null,
                     title: li.querySelector('[data-testid="timeline-title"]')?.textContent.trim() ?? '' }));`,
  );
}

async function checkNow(s) {
  await waitFor('Check now is available', async () =>
    s.exec(`const b = document.querySelector('[data-testid="check-now"]'); return b && !b.disabled`),
  );
  await s.click('[data-testid="check-now"]');
}

async function openAdvisories(s) {
  await s.click('[data-testid="nav-advisories"]');
  await s.waitFind('[data-testid="section-advisories"]');
}

/** Whether a Notify call asked for critical urgency (the hint `urgency` is the byte 2). */
const critical = (call) => /"urgency"\s*variant\s*byte 2/.test(call);

test('two alerts seen first are the timeline baseline, not notifications', async () => {
  session = await Session.start(APP, args);
  const s = session;
  await s.waitFind('#onboard-passphrase', 30000);
  await s.createPlan(PASSPHRASE, { name: 'Léa Martin' });
  await openAdvisories(s);
  const items = await waitFor('the two embassy alerts', async () => {
    const t = await embassyTimeline(s);
    return t.length === 2 ? t : null;
  }, { timeout: 60000 });
  assert.ok(items.every((i) => i.kind === 'baseline'), JSON.stringify(items));
  assert.equal((await mine()).length, 0);
});

test('a new alert telling people to leave is one critical notification and the newest timeline entry', async () => {
  session = await Session.start(APP, args);
  const s = session;
  await s.unlock(PASSPHRASE);
  await openAdvisories(s);
  await waitFor('the baseline', async () => (await embassyTimeline(s)).length === 2, { timeout: 60000 });

  routes['/embassy/ir'] = await alerts('us-embassy-alerts_ir_leave-now.xml');
  await checkNow(s);
  const items = await waitFor('the new alert in the timeline', async () => {
    const t = await embassyTimeline(s);
    return t.length === 3 ? t : null;
  }, { timeout: 60000 });
  // The embassy reused an older alert's title; its guid made it new (the Rust tests pin that on the same feeds).
  assert.deepEqual(items[0], { kind: 'update', priority: 'high', title: 'Security Alert – U.S. Virtual Embassy Iran' });
  assert.ok(items.slice(1).every((i) => i.kind === 'baseline'), JSON.stringify(items));

  await waitFor('the notification', async () => (await mine()).length > 0, { timeout: 30000 });
  await sleep(3000);
  const calls = await mine();
  assert.equal(calls.length, 1, calls.join('\n----\n'));
  assert.ok(calls[0].includes(EMBASSY), calls[0]);
  assert.ok(calls[0].includes('Leave Iran now.'), calls[0]);
  assert.ok(calls[0].includes('Suggested: Leave now'), calls[0]);
  assert.ok(critical(calls[0]), `critical urgency: ${calls[0]}`);
  await s.screenshot(SHOTS + '30-embassy-alert-timeline.png');
  await s.click('[data-testid="nav-dashboard"]');
  await s.waitFind('[data-testid="latest-high"]', 30000);
  await s.screenshot(SHOTS + '31-dashboard-latest-high.png');
});

test('after a restart the alert is not notified again', async () => {
  session = await Session.start(APP, args);
  const s = session;
  await s.unlock(PASSPHRASE);
  await openAdvisories(s);
  await waitFor('the timeline', async () => (await embassyTimeline(s)).length === 3, { timeout: 60000 });
  await checkNow(s);
  await waitFor('the round to finish', async () =>
    s.exec(`const b = document.querySelector('[data-testid="check-now"]'); return b && !b.disabled`),
  );
  await sleep(3000);
  assert.equal((await mine()).length, 1);
});

test('a 403 from the embassy host shows the source down and notifies nothing', async () => {
  session = await Session.start(APP, args);
  const s = session;
  await s.unlock(PASSPHRASE);
  await openAdvisories(s);
  routes['/embassy/ir'] = refuse(403, await alerts('us-embassy-alerts_challenge-403.html'));
  await checkNow(s);
  const down = await waitFor('the embassy feed shown as down', async () =>
    s.exec(
      `const p = document.querySelector('[data-testid="advisory-country"][data-country="IR"] [data-testid="feed-failure"][data-source="us-embassy-alerts"]');
       return p ? p.textContent.trim() : null;`,
    ), { timeout: 60000 });
  assert.match(down, /source down/, down);
  assert.equal((await embassyTimeline(s)).length, 3, 'a refusal is not "no alerts": the timeline stays');
  await sleep(2000);
  assert.equal((await mine()).length, 1, 'nothing new was notified');
  await s.screenshot(SHOTS + '32-embassy-source-down.png');
});
