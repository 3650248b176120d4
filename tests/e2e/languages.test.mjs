// Given a machine whose language is Persian (LANG=fa_IR.UTF-8), when a person starts Lifeboat for the first time,
// then onboarding speaks Persian, right to left; the plan they make reads Persian in every section with no message
// id showing; switching to French in Settings rewords everything on screen at once and keeps the plan unlocked with
// what they typed; the family PDF picked in Persian in its card carries the Persian headings; and the same tour in
// English, for comparison. Every section is screenshotted in both languages (artifacts/40-fa-*, 42-en-*).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session, waitFor, sleep } from './webdriver.mjs';
import { ROOT, ours, serveFeeds, onlyUsServed } from './feeds.mjs';

const SHOTS = new URL('./artifacts/', import.meta.url).pathname;
const PASSPHRASE = 'a long family passphrase';
const OWNER = 'مریم احمدی';
const RELATIVE = 'علی رضایی';
const CONTACT = 'زهرا کریمی';
const PASSPORT = 'K98765432';
const SECTIONS = ['dashboard', 'household', 'documents', 'contacts', 'routes', 'checklists', 'phases', 'advisories', 'settings'];

/** A message of the catalogue as written in locales/<locale>/<area>.ftl: a one-line value without placeables. */
const catalogue = new Map();
async function msg(locale, area, id) {
  const file = `${locale}/${area}`;
  if (!catalogue.has(file)) catalogue.set(file, await readFile(join(ROOT, 'locales', locale, `${area}.ftl`), 'utf8'));
  const line = catalogue.get(file).split('\n').find((l) => l.startsWith(`${id} =`));
  assert.ok(line, `${id} in locales/${file}.ftl`);
  return line.slice(id.length + 2).trim();
}

const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;
// A message id on screen instead of its words (the UI shows the id when a message is missing).
const RAW_ID = /^[a-z]+(-[a-z0-9]+)+$/;

/**
 * Every piece of text a person sees in the window: visible text nodes, what each select shows, placeholders,
 * tooltips and accessible names. `user` marks what the person typed (dir="auto" fields, <bdi>) and `lang` what
 * is written in another language on purpose (each language's own name in the pickers).
 */
const SCAN = `
  const shown = (el) => { const r = el.getClientRects(); if (!r.length) return false;
    const cs = getComputedStyle(el); return cs.visibility !== 'hidden' && cs.display !== 'none'; };
  const where = (el) => el.closest('[data-testid]')?.dataset.testid ?? el.tagName.toLowerCase();
  const user = (el) => !!el.closest('[dir=auto], bdi, input, textarea');
  const other = (el) => { const l = el.closest('[lang]'); return !!l && l !== document.documentElement; };
  const clean = (s) => s.replace(/[\\u2066-\\u2069\\u200e\\u200f]/g, '').trim();
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n; (n = walker.nextNode()); ) {
    const el = n.parentElement, text = clean(n.data);
    if (!text || !el || el.closest('script, style, select') || !shown(el)) continue;
    out.push({ text, where: where(el), user: user(el), lang: other(el) });
  }
  for (const sel of document.querySelectorAll('select')) {
    const o = sel.selectedOptions[0];
    if (o && shown(sel)) out.push({ text: clean(o.textContent), where: where(sel) + ' (select)', user: false, lang: o.hasAttribute('lang') });
  }
  for (const el of document.querySelectorAll('[placeholder], [title], [aria-label]')) {
    if (!shown(el)) continue;
    for (const a of ['placeholder', 'title', 'aria-label']) {
      const v = clean(el.getAttribute(a) ?? '');
      if (v) out.push({ text: v, where: where(el) + ' @' + a, user: false, lang: other(el) });
    }
  }
  return out;`;

const rawIds = (texts) => texts.filter((t) => RAW_ID.test(t.text));
/** Interface text (not typed by the person, not a language's own name) with a Latin word in it. */
const latinWords = (texts) => texts.filter((t) => !t.user && !t.lang && /[A-Za-z]{2,}/.test(interfaceWords(t.text)));
// What the person's plan holds as they wrote it (every field's value seen on the tour): a checklist made in Persian
// keeps its Persian title in French, and the dashboard names its progress bar with it.
const typed = new Set();
// Field values holding Fluent's invisible isolation marks: words the app wrote into the plan from a message with a
// variable (a default title) and saved with the marks, which a person editing the field cannot see.
const marked = new Set();
const BIDI_MARKS = /[\u2066-\u2069]/;
const BIDI_MARKS_ALL = /[\u2066-\u2069]/g;
/** The text without the person's own words in it ("Remove علی رضایی" is English). */
const interfaceWords = (text) => [...typed].sort((a, b) => b.length - a.length).reduce((rest, v) => rest.split(v).join(' '), text);
/** Text still written in Arabic script once the person's own words are taken out: Persian left behind after a
 *  switch to a Latin-script language. Fields shown with dir="auto" count too: a readiness message is built around
 *  the person's words but its own words are the interface's. */
const arabicScript = (texts) => texts.filter((t) => !t.lang && ARABIC_SCRIPT.test(interfaceWords(t.text)));

const htmlLangDir = (s) => s.exec('return [document.documentElement.lang, document.documentElement.dir]');

async function waitSaved(s) {
  // Let the debounced autosave start, then wait until it reports success (by its state, whatever the words).
  await sleep(900);
  await waitFor('autosave', () => s.exec(`return !!document.querySelector('[data-testid="save-state"].saved')`));
}

/** The new card of a list section: clicks its add button and waits for one more card. */
async function addCard(s, button, card) {
  const before = (await s.findAll(`[data-testid="${card}"]`)).length;
  await s.click(`[data-testid="${button}"]`);
  await waitFor(`a new ${card}`, async () => (await s.findAll(`[data-testid="${card}"]`)).length > before);
  return `[data-testid="${card}"]:last-of-type`;
}

async function open(s, section) {
  await s.click(`[data-testid="nav-${section}"]`);
  await s.waitFind(`[data-testid="section-${section}"]`);
}

/** Screenshots the section as it opens (`<name>.png`) and, when it runs below the window, its end (`<name>-end.png`). */
async function shoot(s, name) {
  await s.exec(`document.activeElement?.blur?.()`);
  await s.screenshot(SHOTS + `${name}.png`);
  const scrolled = await s.exec(`
    let el = document.querySelector('[data-testid^="section-"]');
    while (el && !(el.scrollHeight > el.clientHeight + 8 && /auto|scroll/.test(getComputedStyle(el).overflowY))) el = el.parentElement;
    el ??= document.scrollingElement;
    if (el.scrollHeight <= el.clientHeight + 8) return false;
    el.scrollTop = el.scrollHeight;
    return true;`);
  if (!scrolled) return;
  await s.screenshot(SHOTS + `${name}-end.png`);
  await s.exec(`for (const el of document.querySelectorAll('*')) if (el.scrollTop) el.scrollTop = 0; document.scrollingElement.scrollTop = 0;`);
}

/** Visits every section: screenshots it and checks that no message id shows. Returns what it read, per section. */
async function tour(s, prefix) {
  const seen = {};
  for (const section of SECTIONS) {
    await open(s, section);
    if (section === 'advisories') {
      // The first round has brought Iran's US level (the fixture), so the cards have words, not only a spinner.
      await waitFor('a government level', () => s.exec(`return !!document.querySelector('[data-testid="gov-level"]')`), { timeout: 60000 });
    }
    await sleep(400);
    await shoot(s, `${prefix}-${section}`);
    const texts = await s.exec(SCAN);
    assert.deepEqual(rawIds(texts), [], `message ids on screen in ${section}`);
    const fields = `input:not([type]), input[type=text], input[type=email], input[type=tel], textarea`;
    for (const v of await s.exec(`return [...document.querySelectorAll('${fields}')].map((e) => e.value.trim())`)) {
      if (BIDI_MARKS.test(v)) marked.add(v);
      const words = v.replace(BIDI_MARKS_ALL, '');
      if (words.length >= 3) typed.add(words);
    }
    seen[section] = texts;
  }
  return seen;
}

let locpath, home, server, feeds, session, out;

before(async () => {
  // WebKitGTK answers navigator.languages from the C library's locale (setlocale), which knows only the locales
  // compiled on the machine: a test machine has C.UTF-8 alone. Compile the two this test uses into a folder of
  // its own (LOCPATH) instead of the system's.
  locpath = await mkdtemp(join(tmpdir(), 'lifeboat-locales-'));
  for (const [source, name] of [['fa_IR', 'fa_IR.UTF-8'], ['en_US', 'en_US.UTF-8']]) {
    try {
      execFileSync('localedef', ['-i', source, '-f', 'UTF-8', join(locpath, name)], { stdio: 'pipe' });
    } catch (e) {
      throw new Error(`localedef ${name} (the locale sources come with the Debian package "locales"): ${e.stderr ?? e.message}`);
    }
  }
  // A machine of its own: a fresh home, so onboarding starts and no language remembered by another test's run
  // (the webview's localStorage) is read, and none this test picks is left for the next test.
  home = await mkdtemp(join(tmpdir(), 'lifeboat-languages-'));
  for (const d of ['home', 'data', 'config', 'cache']) await mkdir(join(home, d));
  let base;
  ({ server, base } = await serveFeeds({ '/us.json': await ours('us-state-json_iran-level-3.json') }));
  feeds = onlyUsServed(base);
  out = await mkdtemp(join(tmpdir(), 'lifeboat-languages-pdf-'));
});

after(async () => {
  if (session) await session.quit().catch(() => {});
  server?.close();
  for (const d of [locpath, home, out]) if (d) await rm(d, { recursive: true, force: true });
});

/** The environment of a machine set up in `locale` (LANG, LC_ALL and GNU LANGUAGE agreeing, as a desktop sets them). */
const machine = (locale) => ({
  LOCPATH: locpath,
  LANG: locale,
  LC_ALL: locale,
  LANGUAGE: locale.split('_')[0],
  HOME: join(home, 'home'),
  XDG_DATA_HOME: join(home, 'data'),
  XDG_CONFIG_HOME: join(home, 'config'),
  XDG_CACHE_HOME: join(home, 'cache'),
});

test('a first start under LANG=fa_IR.UTF-8 shows onboarding in Persian, right to left', async () => {
  session = await Session.startWith(machine('fa_IR.UTF-8'), ['--feed-urls', feeds]);
  const s = session;
  await s.waitFind('#onboard-passphrase', 30000);
  await waitFor('<html lang="fa" dir="rtl">', async () => {
    const [lang, dir] = await htmlLangDir(s);
    return lang === 'fa' && dir === 'rtl';
  }, { timeout: 5000 });
  const title = await msg('fa', 'onboarding', 'onboarding-title');
  await waitFor(`the heading «${title}»`, async () => (await s.textOf(await s.find('h1'))) === title);
  assert.equal(await s.exec(`return document.querySelector('#onboard-language').value`), 'fa');
  // The form itself runs right to left: the language picker sits at the window's right, the heading starts there.
  assert.equal(await s.exec(`return getComputedStyle(document.querySelector('h1')).direction`), 'rtl');
  const texts = await s.exec(SCAN);
  assert.deepEqual(rawIds(texts), [], 'message ids on the onboarding screen');
  await s.screenshot(SHOTS + '40-fa-onboarding.png');
});

test('a plan made in Persian reads Persian in every section, with no message id on screen', async () => {
  const s = session;
  assert.ok(s, 'the app started');
  await s.type('#onboard-passphrase', PASSPHRASE);
  await s.type('#onboard-passphrase-confirm', PASSPHRASE);
  await s.type('#onboard-name', OWNER);
  await s.type('#onboard-city', 'تهران');
  await s.setValue('#onboard-residence', 'IR');
  // The checklist templates chosen by default: the plan's lists are written in Persian from them.
  await s.click('[data-testid="create-plan"]');
  await s.waitFind('[data-testid="section-dashboard"]', 30000);
  // The plan is made in the language the person was reading: its title is Persian around their name.
  const planName = await waitFor('the plan name in the header', async () =>
    s.exec(`return document.querySelector('[data-testid="plan-name"]')?.textContent.trim()`),
  );
  assert.ok(planName.includes(OWNER) && ARABIC_SCRIPT.test(planName.replace(OWNER, '')), planName);

  await open(s, 'household');
  const person = await addCard(s, 'add-person', 'person');
  await s.setValue(`${person} [data-field="name"]`, RELATIVE);

  await open(s, 'documents');
  const doc = await addCard(s, 'add-document', 'document');
  await s.setValue(`${doc} [data-testid="document-kind"]`, 'passport');
  await s.setValue(`${doc} [data-testid="document-holder"]`, 'self');
  await s.setValue(`${doc} [data-field="number"]`, PASSPORT);
  const expires = new Date();
  expires.setMonth(expires.getMonth() + 3);
  await s.setValue(`${doc} [data-testid="document-expires"]`, expires.toISOString().slice(0, 10));

  await open(s, 'contacts');
  const contact = await addCard(s, 'add-contact', 'contact');
  await s.setValue(`${contact} [data-testid="contact-name"]`, CONTACT);

  await open(s, 'routes');
  const route = await addCard(s, 'add-route', 'route');
  // A new route comes with its first leg: from Tehran's airport to Istanbul's, the codes kept left to right.
  await s.waitFind(`${route} [data-field="from"]`);
  await s.setValue(`${route} [data-field="from"]`, 'تهران (IKA)');
  await s.setValue(`${route} [data-field="to"]`, 'استانبول (IST)');
  await waitSaved(s);

  const seen = await tour(s, '40-fa');
  const [lang, dir] = await htmlLangDir(s);
  assert.deepEqual([lang, dir], ['fa', 'rtl']);
  // The navigation names every section as plan.ftl does in Persian.
  for (const section of SECTIONS) {
    const label = await s.textOf(await s.find(`[data-testid="nav-${section}"] span`));
    assert.equal(label, await msg('fa', 'plan', `plan-section-${section}`));
  }
  // Latin words left in the Persian interface, for a person to judge ("Lifeboat", "PDF", "vCard", "Ctrl+L" are
  // expected; an English sentence or a country's English name is not).
  const latin = Object.fromEntries(Object.entries(seen).map(([k, v]) => [k, latinWords(v)]));
  await writeFile(SHOTS + '40-fa-latin.json', JSON.stringify(latin, null, 1));
  assert.deepEqual([...marked].map((v) => JSON.stringify(v)), [], 'fields whose saved words carry bidi isolation marks');
});

test('switching to French in Settings rewords the whole window at once and keeps the plan unlocked', async () => {
  const s = session;
  assert.ok(s, 'the app started');
  await open(s, 'settings');
  // A page reload would drop this: its survival shows the switch happened in place.
  await s.exec(`window.__languagesE2e = 'still here'`);
  await s.setValue('[data-testid="language-picker"]', 'fr');
  const fr = {
    settings: await msg('fr', 'plan', 'plan-section-settings'),
    nav: await msg('fr', 'plan', 'plan-section-documents'),
    exportPdf: await msg('fr', 'pdf', 'pdf-card-export'),
    lock: await msg('fr', 'editor', 'editor-lock'),
  };
  // At once: the first look after the change, with only a short wait for the bundle's load.
  await waitFor('French on screen', async () => {
    const [lang, dir] = await htmlLangDir(s);
    return lang === 'fr' && dir === 'ltr';
  }, { timeout: 3000 });
  assert.equal(await s.textOf(await s.find('[data-testid="section-settings"] h2')), fr.settings);
  assert.equal(await s.textOf(await s.find('[data-testid="nav-documents"] span')), fr.nav);
  assert.equal(await s.textOf(await s.find('[data-testid="export-pdf"]')), fr.exportPdf);
  assert.equal((await s.textOf(await s.find('[data-testid="lock"]'))).replace('Ctrl+L', '').trim(), fr.lock);
  await s.screenshot(SHOTS + '40-fr-settings.png');
  const texts = await s.exec(SCAN);
  assert.deepEqual(arabicScript(texts), [], 'Persian left on screen after the switch to French');
  assert.deepEqual(rawIds(texts), [], 'message ids on screen in French');

  // Still the same page, still unlocked, with everything typed in Persian.
  assert.equal(await s.exec(`return window.__languagesE2e`), 'still here');
  assert.equal(await s.exec(`return document.querySelector('#unlock-passphrase')`), null);
  await open(s, 'contacts');
  const names = await s.exec(`return [...document.querySelectorAll('[data-testid="contact-name"]')].map((e) => e.value)`);
  assert.ok(names.includes(CONTACT), JSON.stringify(names));
  await open(s, 'household');
  assert.equal(await s.exec(`return document.querySelector('[data-testid="person"]:last-of-type [data-field="name"]').value`), RELATIVE);
  // The readiness findings are worded by the backend in the plan's language: they follow the switch too.
  await open(s, 'dashboard');
  await waitFor('the dashboard in French', async () => arabicScript(await s.exec(SCAN)).length === 0, { timeout: 5000 }).catch(() => {});
  await s.screenshot(SHOTS + '40-fr-dashboard.png');
  assert.deepEqual(arabicScript(await s.exec(SCAN)), [], 'Persian left on the dashboard after the switch to French');
});

test('the family PDF picked in Persian in its card carries the Persian headings', async () => {
  const s = session;
  assert.ok(s, 'the app started');
  await open(s, 'settings');
  await s.waitFind('[data-testid="family-pdf"]');
  await s.setValue('[data-testid="pdf-language"]', 'fa');
  // The native save dialog cannot be driven: its answer is given in its place, on the way the IPC takes (the
  // custom protocol's fetch); everything else (the card's choices, its language, the export command, the
  // typesetter) runs as a person's click does.
  const file = join(out, 'family-fa.pdf');
  const answered = await s.exec(
    `const real = window.fetch, path = arguments[0];
     window.fetch = (url, init) => decodeURIComponent(String(url)).includes('plugin:dialog|save')
       ? Promise.resolve(new Response(JSON.stringify(path), { headers: { 'Tauri-Response': 'ok', 'Content-Type': 'application/json' } }))
       : real(url, init);
     return true;`,
    file,
  );
  assert.ok(answered, 'the save dialog answered by the test');
  await s.click('[data-testid="export-pdf"]');
  const message = await s.waitFind('[data-testid="pdf-message"]', 60000);
  assert.match(await s.exec(`return document.querySelector('[data-testid="pdf-message"]').className`), /\bok\b/, await s.textOf(message));
  assert.ok((await stat(file)).size > 1000);

  // pdftotext gives right-to-left runs in reading order, wrapped in embedding marks (U+202A–U+202E).
  const text = execFileSync('pdftotext', [file, '-']).toString().replace(/[\u202A-\u202E]/g, '');
  for (const id of ['pdf-household-heading', 'pdf-instructions-heading', 'pdf-contacts-heading', 'pdf-routes-heading', 'pdf-documents-heading']) {
    const heading = await msg('fa', 'pdf', id);
    assert.ok(text.includes(heading), `«${heading}» (${id}) in the PDF:\n${text.slice(0, 1500)}`);
  }
  assert.ok(text.includes(CONTACT), 'the contact typed in Persian');
  // Not the interface's French, nor English.
  assert.ok(!text.includes(await msg('fr', 'pdf', 'pdf-contacts-heading')), 'a French heading in the Persian PDF');
  assert.ok(!text.includes(await msg('en', 'pdf', 'pdf-household-heading')), 'an English heading in the Persian PDF');
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', '-singlefile', file, SHOTS + '41-fa-pdf']);
  await copyFile(file, SHOTS + '41-fa.pdf'); // the whole document, for a person to read
  await s.screenshot(SHOTS + '41-fr-settings-pdf-written.png');
});

test('the same tour in English, for comparison', async () => {
  const s = session;
  assert.ok(s, 'the app started');
  await open(s, 'settings');
  await s.setValue('[data-testid="language-picker"]', 'en');
  await waitFor('English on screen', async () => {
    const [lang, dir] = await htmlLangDir(s);
    return lang === 'en' && dir === 'ltr';
  }, { timeout: 3000 });
  const seen = await tour(s, '42-en');
  for (const [section, texts] of Object.entries(seen)) {
    assert.deepEqual(arabicScript(texts), [], `Persian left in ${section} after the switch to English`);
  }
  assert.equal(await s.textOf(await s.find('[data-testid="nav-settings"] span')), await msg('en', 'plan', 'plan-section-settings'));
});

test('the next start opens on the unlock screen in the language picked last, though the system is Persian', async () => {
  assert.ok(session, 'the app started');
  await open(session, 'settings');
  await session.setValue('[data-testid="language-picker"]', 'fr');
  await waitFor('French on screen', async () => (await htmlLangDir(session))[0] === 'fr', { timeout: 3000 });
  await session.quit();
  session = await Session.startWith(machine('fa_IR.UTF-8'), ['--feed-urls', feeds]);
  const s = session;
  await s.waitFind('#unlock-passphrase', 30000);
  // The backend hands the page French (kept beside the store) and the unlock screen's words before any script
  // runs: the first screen is French, left to right, with no Persian and no id on it.
  assert.deepEqual(await htmlLangDir(s), ['fr', 'ltr']);
  assert.equal(await s.textOf(await s.find('label[for="unlock-passphrase"]')), await msg('fr', 'unlock', 'unlock-passphrase-label'));
  const texts = await s.exec(SCAN);
  assert.deepEqual(arabicScript(texts), [], 'Persian on the French unlock screen');
  assert.deepEqual(rawIds(texts), [], 'message ids on the unlock screen');
  await s.screenshot(SHOTS + '40-fr-unlock-next-start.png');
  // The rest of the catalogue follows the first frame: the editor opens in French too.
  await s.type('#unlock-passphrase', PASSPHRASE);
  await s.click('[data-testid="unlock"]');
  await s.waitFind('[data-testid="section-dashboard"]', 30000);
  assert.equal(await s.textOf(await s.find('[data-testid="nav-documents"] span')), await msg('fr', 'plan', 'plan-section-documents'));
});
