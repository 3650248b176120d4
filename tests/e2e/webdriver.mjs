// A minimal W3C WebDriver client over fetch: enough to drive Lifeboat's real window through tauri-driver
// without pulling a browser-automation framework into the project.
import { execFileSync } from 'node:child_process';

// The W3C web element identifier key.
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const ref = (v) => {
  if (!v?.[ELEMENT]) throw new Error(`not an element reference: ${JSON.stringify(v)}`);
  return v[ELEMENT];
};
const DRIVER = process.env.WEBDRIVER_URL ?? 'http://127.0.0.1:4444';

async function call(method, path, body) {
  if (process.env.E2E_TRACE) console.error(new Date().toISOString(), method, path);
  const res = await fetch(DRIVER + path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    // A driver call that never answers must fail the test with its name, not hang CI.
    signal: AbortSignal.timeout(60000),
  }).catch((e) => {
    throw new Error(`${method} ${path}: ${e.message}`);
  });
  const json = await res.json().catch(() => ({}));
  if (!res.ok) {
    const err = new Error(`${method} ${path}: ${json?.value?.error ?? res.status} ${json?.value?.message ?? ''}`);
    err.webdriver = json?.value?.error;
    throw err;
  }
  return json.value;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function waitFor(what, fn, { timeout = 20000, interval = 200 } = {}) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    await sleep(interval);
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
}

export class Session {
  /** Launches the app; `args` reach it on its command line (a data folder, fixture feed URLs). */
  static async start(application, args = []) {
    const value = await call('POST', '/session', {
      capabilities: { alwaysMatch: { 'tauri:options': { application, args } } },
    });
    return new Session(value.sessionId);
  }

  /** Launches the app ($LIFEBOAT_APP) with `env` added to its environment (a locale, a home of its own), through
   *  the with-env script: the one way to give one session of the run another environment. */
  static async startWith(env, args = []) {
    const vars = Object.entries(env).map(([k, v]) => `--e2e-env=${k}=${v}`);
    return Session.start(new URL('./with-env', import.meta.url).pathname, [...vars, ...args]);
  }

  constructor(id) {
    this.id = id;
  }

  cmd(method, path, body) {
    return call(method, `/session/${this.id}${path}`, body);
  }

  async quit() {
    await this.cmd('DELETE', '');
  }

  async find(css) {
    const v = await this.cmd('POST', '/element', { using: 'css selector', value: css });
    return ref(v);
  }

  async findAll(css) {
    const v = await this.cmd('POST', '/elements', { using: 'css selector', value: css });
    return v.map(ref);
  }

  async waitFind(css, timeout) {
    return waitFor(`element ${css}`, () => this.find(css), { timeout });
  }

  async click(css) {
    const el = await this.waitFind(css);
    await this.cmd('POST', `/element/${el}/click`, {});
    return el;
  }

  async type(css, text) {
    const el = await this.waitFind(css);
    await this.cmd('POST', `/element/${el}/value`, { text });
    return el;
  }

  /** The element's text as a person reads it: without the invisible bidi isolation marks (U+2068 … U+2069)
   *  Fluent puts around every value it inserts into a sentence. */
  async textOf(el) {
    const text = await this.cmd('GET', `/element/${el}/text`);
    return typeof text === 'string' ? text.replace(/[\u2068\u2069]/g, '') : text;
  }

  async exec(script, ...args) {
    return this.cmd('POST', '/execute/sync', { script, args });
  }

  /** Sets a form control's value the way a person's edit would arrive: value, then input and change events. */
  async setValue(css, value) {
    await this.waitFind(css);
    const ok = await this.exec(
      `const el = document.querySelector(arguments[0]);
       if (!el) return false;
       const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype
         : el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
       Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, arguments[1]);
       el.dispatchEvent(new Event('input', { bubbles: true }));
       el.dispatchEvent(new Event('change', { bubbles: true }));
       return true;`,
      css,
      value,
    );
    if (!ok) throw new Error(`no element ${css}`);
  }

  /** First run: fills the onboarding form (the name only when given) and waits for the new plan's dashboard. */
  async createPlan(passphrase, { name, residence = 'IR' } = {}) {
    await this.type('#onboard-passphrase', passphrase);
    await this.type('#onboard-passphrase-confirm', passphrase);
    if (name) await this.type('#onboard-name', name);
    await this.setValue('#onboard-residence', residence);
    await this.click('[data-testid="create-plan"]');
    await this.waitFind('[data-testid="section-dashboard"]', 30000);
  }

  /** The unlock screen: types the passphrase and waits for the dashboard of the unlocked plan. */
  async unlock(passphrase) {
    await this.waitFind('#unlock-passphrase', 30000);
    await this.type('#unlock-passphrase', passphrase);
    await this.click('[data-testid="unlock"]');
    await this.waitFind('[data-testid="section-dashboard"]', 30000);
  }

  /**
   * Captures the X display the app runs on, as a person would see it. WebKitWebDriver's own screenshot command
   * hangs after the first in-page navigation under Xvfb, so the picture comes from the X server instead.
   */
  async screenshot(path) {
    await sleep(300);
    execFileSync('import', ['-window', 'root', path], { timeout: 30000 });
  }
}
