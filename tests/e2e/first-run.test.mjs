// Given a fresh machine, when a person creates their plan, adds «علی رضایی» and a passport expiring in three
// months, then the dashboard warns about the passport, and after quitting and unlocking again both are still there.
import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { Session, waitFor, sleep } from './webdriver.mjs';
import { lifeboatWindowShown } from './desktop.mjs';

const APP = process.env.LIFEBOAT_APP;
const SHOTS = new URL('./artifacts/', import.meta.url).pathname;
const PASSPHRASE = 'a long family passphrase';
const NAME = 'علی رضایی';

function inMonths(n) {
  const d = new Date();
  d.setMonth(d.getMonth() + n);
  return d.toISOString().slice(0, 10);
}

async function waitSaved(s) {
  // Let the debounced autosave start, then wait until it reports success.
  await sleep(900);
  await waitFor('autosave', async () => {
    const text = await s.textOf(await s.find('[data-testid="save-state"]'));
    return /Saved/.test(text) && !/Saving|Not saved/.test(text);
  });
}

let session;
// A failed test must not leave its app running: tauri-driver allows one session at a time.
afterEach(async () => {
  if (session) await session.quit().catch(() => {});
  session = undefined;
});

test('first run: create a passphrase, add a contact and an expiring passport, see the warning', async () => {
  assert.ok(APP, 'LIFEBOAT_APP names the built app');
  session = await Session.start(APP);
  const s = session;

  await s.waitFind('#onboard-passphrase', 30000);
  // Created hidden, the window is shown once its page has loaded (src-tauri/src/first_show.rs): it is on the
  // X display, mapped, and the run script checks that the page load showed it, not the fallback timer.
  await waitFor('the window mapped on the display', async () => lifeboatWindowShown());
  await s.screenshot(SHOTS + '01-onboarding.png');
  await s.createPlan(PASSPHRASE, { name: 'Léa Martin' });

  await s.click('[data-testid="nav-contacts"]');
  await s.click('[data-testid="add-contact"]');
  const names = await waitFor('a contact card', async () => {
    const all = await s.findAll('[data-testid="contact-name"]');
    return all.length ? all : null;
  });
  await s.cmd('POST', `/element/${names[names.length - 1]}/value`, { text: NAME });
  await waitSaved(s);
  await s.screenshot(SHOTS + '02-contacts.png');

  await s.click('[data-testid="nav-documents"]');
  await s.click('[data-testid="add-document"]');
  await s.waitFind('[data-testid="document"]');
  await s.setValue('[data-testid="document"]:last-of-type [data-testid="document-kind"]', 'passport');
  await s.setValue('[data-testid="document"]:last-of-type [data-testid="document-holder"]', 'self');
  await s.setValue('[data-testid="document"]:last-of-type [data-testid="document-expires"]', inMonths(3));
  await waitSaved(s);
  await s.screenshot(SHOTS + '03-documents.png');

  await s.click('[data-testid="nav-dashboard"]');
  const finding = await s.waitFind('[data-testid="finding"][data-rule="document_expiring_soon"]');
  assert.match(await s.textOf(finding), /Passport of Léa Martin expires/);
  await s.screenshot(SHOTS + '04-dashboard.png');

  // The store on disk holds ciphertext only: neither the name nor the word "passport" is readable there.
  const dataRoot = process.env.LIFEBOAT_E2E_DATA;
  const apps = await readdir(dataRoot);
  assert.ok(apps.includes('org.lifeboat.desktop'), `data dir under ${dataRoot}: ${apps}`);
  const stored = await readFile(`${dataRoot}/org.lifeboat.desktop/plan.age`);
  assert.equal(stored.indexOf(Buffer.from(NAME)), -1);
  assert.equal(stored.indexOf(Buffer.from('passport')), -1);

});

test('relaunch: a wrong passphrase is refused, the right one brings both back', async () => {
  session = await Session.start(APP);
  const s = session;

  await s.waitFind('#unlock-passphrase', 30000);
  await s.type('#unlock-passphrase', 'not our passphrase');
  await s.click('[data-testid="unlock"]');
  const error = await s.waitFind('[data-testid="unlock-error"]', 15000);
  assert.match(await s.textOf(error), /passphrase/i);
  await s.screenshot(SHOTS + '05-unlock-wrong.png');

  await s.exec(`document.querySelector('#unlock-passphrase').value = ''`);
  await s.type('#unlock-passphrase', PASSPHRASE);
  await s.click('[data-testid="unlock"]');
  await s.waitFind('[data-testid="section-dashboard"]', 30000);
  await s.waitFind('[data-testid="finding"][data-rule="document_expiring_soon"]');

  await s.click('[data-testid="nav-contacts"]');
  await waitFor('the saved contact', async () => {
    const values = await s.exec(
      `return [...document.querySelectorAll('[data-testid="contact-name"]')].map(e => e.value)`,
    );
    return values.includes(NAME);
  });

  await s.click('[data-testid="nav-documents"]');
  const kind = await s.exec(`return document.querySelector('[data-testid="document-kind"]').value`);
  assert.equal(kind, 'passport');

  // Every section, for a person to look at.
  for (const section of ['household', 'routes', 'checklists', 'phases', 'settings']) {
    await s.click(`[data-testid="nav-${section}"]`);
    await s.waitFind(`[data-testid="section-${section}"]`);
    await s.screenshot(SHOTS + `06-${section}.png`);
  }

  await s.click('[data-testid="lock"]');
  await s.waitFind('#unlock-passphrase');
});
