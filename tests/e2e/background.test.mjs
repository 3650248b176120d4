// Given a plan that watches Iran with "keep watching in the tray" on (the default), when the window closes, then
// the app itself exits and the small `lifeboat-watch` process carries on, with its own tray item: when the US
// raises Iran and "Check advisories now" is clicked in that tray's menu, the notification reaches the real
// notification server on the private D-Bus session; and launching Lifeboat again (the second launch finds the
// background process on Lifeboat's D-Bus name, tells it, and exits) brings the app back and ends the background
// process.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session, waitFor, sleep } from './webdriver.mjs';
import { ours, serveFeeds, onlyUsServed } from './feeds.mjs';
import { notificationsFromLifeboat, newNotifications } from './notifications.mjs';
import { pidsOf, trayMenu, clickTray, closeLifeboatWindow } from './desktop.mjs';

const APP = process.env.LIFEBOAT_APP;
const PASSPHRASE = 'a long family passphrase';
const RAISED = 'Iran — US: Level 4, Do Not Travel (was 3)';


let server;
let routes;
let dataDir;
let args;
let session;
const started = []; // pids this test must not leave behind

before(async () => {
  routes = { '/us.json': await ours('us-state-json_iran-level-3.json') };
  let base;
  ({ server, base } = await serveFeeds(routes));
  dataDir = await mkdtemp(join(tmpdir(), 'lifeboat-background-'));
  args = ['--data-dir', dataDir, '--feed-urls', onlyUsServed(base)];
});

after(async () => {
  if (session) await session.quit().catch(() => {});
  for (const pid of [...started, ...pidsOf('lifeboat-watch', dataDir), ...pidsOf('lifeboat', dataDir)]) {
    try {
      process.kill(pid);
    } catch {
      // already gone
    }
  }
  server?.close();
});

async function govLevels(s, country) {
  return s.exec(
    `const card = document.querySelector('[data-testid="advisory-country"][data-country="' + arguments[0] + '"]');
     if (!card) return null;
     return Object.fromEntries([...card.querySelectorAll('[data-testid="gov-level"]')].map(li =>
       [li.dataset.government, li.querySelector('[data-testid="native"]').textContent.trim()]));`,
    country,
  );
}

test('closed to the tray, the watch runs in lifeboat-watch, tells a rise, and a second launch brings the app back', async () => {
  session = await Session.start(APP, args);
  const s = session;
  await s.waitFind('#onboard-passphrase', 30000);
  await s.createPlan(PASSPHRASE, { name: 'Léa Martin' });
  await s.click('[data-testid="nav-advisories"]');
  await s.waitFind('[data-testid="section-advisories"]');
  await waitFor('Iran at level 3 (the baseline)', async () => (await govLevels(s, 'IR'))?.us?.includes('Level 3'), {
    timeout: 60000,
  });
  const before = (await notificationsFromLifeboat()).length;

  // The window is closed: the app hands over and exits; lifeboat-watch runs on.
  const appPid = await waitFor('the app', async () => pidsOf('lifeboat', dataDir)[0]);
  closeLifeboatWindow();
  const watchPid = await waitFor('lifeboat-watch to start', async () => pidsOf('lifeboat-watch', dataDir)[0], {
    timeout: 30000,
  });
  started.push(watchPid);
  await waitFor('the app to exit', async () => !pidsOf('lifeboat', dataDir).includes(appPid), { timeout: 30000 });
  // Its app is gone; the driver still counts the session (one at a time) until it is deleted.
  await session.quit().catch(() => {});
  session = undefined;
  assert.ok(pidsOf('lifeboat-watch', dataDir).includes(watchPid), 'the driver leaves the background watch alone');

  // Its tray shows the level, never the country.
  const menu = await waitFor('the tray status', async () => {
    const m = trayMenu(watchPid);
    return m.layout.includes('Highest watched level: 3 of 4') ? m : null;
  });
  assert.ok(!menu.layout.includes('Iran') && !menu.layout.includes('"IR"'), menu.layout);

  // The US raises Iran; "Check advisories now" in the background tray polls at once.
  routes['/us.json'] = await ours('us-state-json_iran-level-3_derived-iran-level-4.json');
  clickTray(watchPid, 'Check advisories now');
  const calls = await newNotifications(before, 'the notification from the background watch');
  await sleep(2000);
  const all = (await notificationsFromLifeboat()).slice(before);
  assert.equal(all.length, 1, all.join('\n----\n'));
  assert.ok(calls[0].includes(RAISED), calls[0]);
  assert.ok(pidsOf('lifeboat-watch', dataDir).includes(watchPid), 'still watching');
  await waitFor('the tray to show level 4', async () => trayMenu(watchPid).layout.includes('Highest watched level: 4 of 4'));

  // Lifeboat is launched again, plainly (the menu, autostart, a terminal): it tells whoever owns Lifeboat's D-Bus
  // name, now lifeboat-watch, and exits at once without a window (a timeout here means it opened one).
  execFileSync(APP, [], { timeout: 20000, stdio: ['ignore', 'ignore', 'pipe'] });
  const relaunched = await waitFor('the app to come back', async () => pidsOf('lifeboat', dataDir)[0], { timeout: 30000 });
  started.push(relaunched);
  await waitFor('lifeboat-watch to hand back and exit', async () => !pidsOf('lifeboat-watch', dataDir).includes(watchPid), {
    timeout: 30000,
  });
  const cmdline = (await readFile(`/proc/${relaunched}/cmdline`, 'utf8')).split('\0');
  assert.ok(cmdline.includes('--resume-watch'), cmdline.join(' '));
  assert.equal(cmdline[cmdline.indexOf('--data-dir') + 1], dataDir);
  // Lifeboat's name is the app's again.
  const owner = execFileSync('dbus-send', [
    '--session',
    '--print-reply',
    '--dest=org.freedesktop.DBus',
    '/org/freedesktop/DBus',
    'org.freedesktop.DBus.NameHasOwner',
    'string:org.lifeboat.desktop.Instance',
  ]).toString();
  assert.match(owner, /boolean true/);
});
