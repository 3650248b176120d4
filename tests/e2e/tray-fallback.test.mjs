// Given a plan that watches Iran and no lifeboat-watch next to the app (a copy of the app on its own), when the
// window closes, then the watch stays in the app's own tray; when the US raises Iran, the notification arrives,
// and clicking it creates the window again: shown once its page has loaded, and, after unlocking, on Iran's card
// in Advisories.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { link, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Session, waitFor, sleep } from './webdriver.mjs';
import { ours, serveFeeds, onlyUsServed } from './feeds.mjs';
import { notificationsFromLifeboat, newNotifications } from './notifications.mjs';
import { pidsOf, clickTray, trayMenu, lifeboatWindowShown, closeLifeboatWindow } from './desktop.mjs';

const APP = process.env.LIFEBOAT_APP;
const SHOTS = new URL('./artifacts/', import.meta.url).pathname;
const PASSPHRASE = 'a long family passphrase';
const RAISED = 'Iran — US: Level 4, Do Not Travel (was 3)';
// Where tests/e2e/run collects the app's log (tauri-driver passes on its stderr).
const APP_LOG = join(process.env.XDG_CACHE_HOME ?? '', 'tauri-driver.log');

let server;
let base;
let routes;
let dataDir;
let alone;
let session;

before(async () => {
  routes = { '/us.json': await ours('us-state-json_iran-level-3.json') };
  ({ server, base } = await serveFeeds(routes));
  dataDir = await mkdtemp(join(tmpdir(), 'lifeboat-tray-'));
  // The app finds lifeboat-watch next to its own executable: a hard link in a folder of its own has none (a
  // symbolic link would resolve back to the build folder).
  alone = join(dirname(APP), `e2e-alone-${process.pid}`);
  await mkdir(alone, { recursive: true });
  await link(APP, join(alone, 'lifeboat'));
});

after(async () => {
  if (session) await session.quit().catch(() => {});
  for (const pid of pidsOf('lifeboat', dataDir)) {
    try {
      process.kill(pid);
    } catch {
      // already gone
    }
  }
  server?.close();
  if (alone) await rm(alone, { recursive: true, force: true });
});

test('without lifeboat-watch the app keeps the watch in its tray, and a clicked notification brings the window back on its country', async () => {
  session = await Session.start(join(alone, 'lifeboat'), ['--data-dir', dataDir, '--feed-urls', onlyUsServed(base)]);
  const s = session;
  await s.waitFind('#onboard-passphrase', 30000);
  await s.createPlan(PASSPHRASE, { name: 'Léa Martin' });
  await s.click('[data-testid="nav-advisories"]');
  await waitFor(
    'Iran at level 3 (the baseline)',
    async () =>
      s.exec(`return document.querySelector('[data-testid="advisory-country"][data-country="IR"] [data-testid="gov-level"][data-government="us"]')?.textContent.includes('Level 3')`),
    { timeout: 60000 },
  );
  const earlier = (await notificationsFromLifeboat()).length;

  // The window is closed; with nothing to hand the watch to, the app stays, in the tray, without a window.
  const appPid = await waitFor('the app', async () => pidsOf('lifeboat', dataDir)[0]);
  closeLifeboatWindow();
  await waitFor('the window to close', async () => !lifeboatWindowShown(), { timeout: 20000 });
  await waitFor('the log line', async () => (await readFile(APP_LOG, 'utf8')).includes('the watch stays in this process'));
  await sleep(2000);
  assert.deepEqual(pidsOf('lifeboat', dataDir), [appPid], 'the app keeps running');
  assert.deepEqual(pidsOf('lifeboat-watch', dataDir), [], 'and starts no background process');
  assert.ok(!lifeboatWindowShown(), 'with no window');

  // The US raises Iran; the app's own tray polls at once and the notification arrives. Notifications of
  // earlier tests may still be on screen (level 4 is critical: it stays until dismissed), so they go first and
  // the one clicked below is this one.
  execFileSync('dunstctl', ['close-all']);
  routes['/us.json'] = await ours('us-state-json_iran-level-3_derived-iran-level-4.json');
  clickTray(appPid, 'Check advisories now');
  const calls = await newNotifications(earlier);
  assert.ok(calls[0].includes(RAISED), calls[0]);
  await waitFor('the tray to show level 4', async () => trayMenu(appPid).layout.includes('Highest watched level: 4 of 4'));

  // Clicked (its default action, "Open in Lifeboat"): the window comes back, shown once its page has loaded
  // (tests/e2e/run fails the run if the fallback timer showed it instead).
  execFileSync('dunstctl', ['action', '0']);
  await waitFor('the window back on the display', async () => lifeboatWindowShown(), { timeout: 30000 });
  await sleep(1000);
  const log = await readFile(APP_LOG, 'utf8');
  assert.ok(!log.includes('showing the window anyway'), 'the page load showed the window');

  // The plan locked when the window closed; unlocked, the app opens Advisories on Iran's card.
  // The old window's page went with it: the driver follows the new one.
  const handles = await s.cmd('GET', '/window/handles');
  assert.equal(handles.length, 1, handles.join());
  await s.cmd('POST', '/window', { handle: handles[0] });
  await s.type('#unlock-passphrase', PASSPHRASE);
  await s.click('[data-testid="unlock"]');
  await s.waitFind('[data-testid="section-advisories"]', 30000);
  const focused = await waitFor('Iran\'s card to take the focus', async () =>
    s.exec(`return document.activeElement?.closest('[data-testid="advisory-country"]')?.dataset.country ?? null`),
  );
  assert.equal(focused, 'IR');
  await s.screenshot(join(SHOTS, '13-tray-reopened-advisories.png'));
});
