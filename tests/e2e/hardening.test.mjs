// Given hostile text typed into the plan, when the editor shows it, then it is text and nothing runs. Given a
// document number copied to the clipboard, then after 30 seconds it is gone. Given the global shortcut, then the
// plan locks wherever the focus is. (The run script then greps the app's log for every secret used here.)
import { test, before, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session, waitFor, sleep } from './webdriver.mjs';

const APP = process.env.LIFEBOAT_APP;
const SHOTS = new URL('./artifacts/', import.meta.url).pathname;
// Also listed in secrets.txt: none may appear in the app's log.
const PASSPHRASE = 'hardening passphrase 7f3a';
const NUMBER = 'K98765432';
const HOSTILE = `<img src=x onerror="document.title='pwned'"><script>document.title='pwned'</script>]#sys.exit()`;

let session;
let args;
before(async () => {
  args = ['--data-dir', await mkdtemp(join(tmpdir(), 'lifeboat-hardening-')), '--feed-urls', 'us-state-json=http://127.0.0.1:9/x'];
});
afterEach(async () => {
  if (session) await session.quit().catch(() => {});
  session = undefined;
});

const clipboard = () => {
  try {
    return execFileSync('xclip', ['-selection', 'clipboard', '-o'], { timeout: 5000 }).toString();
  } catch {
    return ''; // nothing owns the clipboard
  }
};

test('a hostile contact name is shown as text, a copied number leaves the clipboard, the shortcut locks', async () => {
  session = await Session.start(APP, args);
  const s = session;
  await s.waitFind('#onboard-passphrase', 30000);
  // The page runs only its bundle: no inline script for the CSP to admit by hash (the benchmark's early status
  // request went with the other benchmark hooks).
  assert.deepEqual(await s.exec(`return [...document.scripts].filter((x) => !x.src).length`), 0);
  await s.createPlan(PASSPHRASE);

  await s.click('[data-testid="nav-contacts"]');
  await s.click('[data-testid="add-contact"]');
  const name = await s.waitFind('[data-testid="contact-name"]');
  await s.cmd('POST', `/element/${name}/value`, { text: HOSTILE });
  await sleep(1500);
  // Shown elsewhere too (the dashboard lists contacts by name): look at both.
  await s.click('[data-testid="nav-dashboard"]');
  await s.click('[data-testid="nav-contacts"]');
  const page = await s.exec(
    `return { title: document.title, imgs: document.querySelectorAll('main img, section img').length,
              scripts: [...document.querySelectorAll('script')].filter(x => x.textContent.includes('pwned')).length,
              value: document.querySelector('[data-testid="contact-name"]').value }`,
  );
  assert.notEqual(page.title, 'pwned');
  assert.equal(page.imgs, 0);
  assert.equal(page.scripts, 0);
  assert.equal(page.value, HOSTILE, 'kept verbatim, as text');
  await s.screenshot(SHOTS + '20-hostile-contact.png');

  await s.click('[data-testid="nav-documents"]');
  await s.click('[data-testid="add-document"]');
  await s.waitFind('[data-testid="document"]');
  await s.setValue('[data-testid="document"] [data-field="number"]', NUMBER);
  await sleep(300);
  await s.click('[data-testid="copy-number"]');
  await s.waitFind('[data-testid="copied-note"]');
  await waitFor('the number on the clipboard', async () => clipboard() === NUMBER, { timeout: 5000 });
  await sleep(31000);
  assert.notEqual(clipboard(), NUMBER, 'cleared after 30 s');

  // The global shortcut, pressed on the X server as a person would.
  execFileSync('xdotool', ['key', '--clearmodifiers', 'ctrl+alt+l']);
  await s.waitFind('#unlock-passphrase', 15000);
  await s.screenshot(SHOTS + '21-locked-by-shortcut.png');
});
