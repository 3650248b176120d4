// The editor's state: which screen, the unlocked plan (a deep $state the sections edit in place), the
// readiness the backend last computed, field errors from the last save, and the autosave machinery.

import { getContext, setContext, tick } from 'svelte';
import type {
  Country,
  ErrorPayload,
  FieldError,
  FieldRef,
  Plan,
  Readiness,
  Section,
  Session,
  Status,
  TemplateInfo,
} from './generated/plan';
import { backend, toErrorPayload, type Backend, type LockReason } from './ipc';
import { Autosaver } from './autosave';
import { errorText } from './error-words';
import { cleanPlan, fieldDomId, fieldKey, SECTIONS } from './plan-utils';
import { formatTime } from './dates';
import { WatchState } from './watch.svelte';
import { mark } from './marks';
import { afterPaint } from './after-paint';
import { countryName } from './country-names';
import { completeCatalogue, i18n, setLocale, t } from './i18n.svelte';

export type Screen = 'loading' | 'onboarding' | 'locked' | 'unlocked' | 'error';

/** The screen a window opens on for the store's state: a reloaded window while the backend holds the key also
 *  asks for the passphrase again (the backend is the authority, and `unlock` is cheap to repeat). */
function screenOf(status: Status): Screen {
  return status.state === 'new' ? 'onboarding' : 'locked';
}

let editor: Promise<typeof import('./Editor.svelte')> | null = null;

/** The editor (Editor.svelte and the sections) is a chunk of its own, so the unlock screen and onboarding start
 *  without it. Asked for as soon as a plan is on its way (the passphrase sent, the plan being created), it usually
 *  arrives while the key is still being derived. */
export function loadEditor(): Promise<typeof import('./Editor.svelte')> {
  // The editor's words too: until then only the first screen's may be in (`startWithHandedMessages`). Without
  // them the editor still opens, showing message ids, rather than not at all.
  editor ??= Promise.all([
    import('./Editor.svelte'),
    completeCatalogue().catch((err) => console.error('i18n: the catalogue could not be loaded', err)),
  ]).then(([module]) => module);
  return editor;
}

export type SaveState =
  | { kind: 'saved'; at?: string }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'invalid'; count: number }
  | { kind: 'failed'; error: ErrorPayload };

export const SAVE_DELAY_MS = 600;
export const TOUCH_INTERVAL_MS = 20_000;

export class AppState {
  screen = $state<Screen>('loading');
  // `$state.raw` for what the backend answers and the UI only reads (status, readiness, errors, the fatal error,
  // countries, templates): replaced whole, never edited in place, so no deep proxies. The plan is edited in
  // place: deep.
  status = $state.raw<Status | null>(null);
  plan = $state<Plan | null>(null);
  readiness = $state.raw<Readiness | null>(null);
  hasRecoveryKey = $state(false);
  errors = $state.raw<FieldError[]>([]);
  section = $state<Section>('dashboard');
  saveState = $state<SaveState>({ kind: 'saved' });
  lockReason = $state<LockReason | 'expired' | null>(null);
  /** What stopped the app (the error screen words it, in the active language). */
  fatal = $state.raw<ErrorPayload | null>(null);
  countries = $state.raw<Country[]>([]);
  templates = $state.raw<TemplateInfo[]>([]);
  /** The language `templates` are titled in: asked for again when the interface's changes. */
  private templatesLocale = '';
  /** A short message shown in the header (export done, import failed…). */
  notice = $state<{ text: string; tone: 'ok' | 'error' } | null>(null);
  /** The one modal confirmation on screen, if any. */
  dialog = $state<{ message: string; ok: string; resolve: (yes: boolean) => void } | null>(null);

  /** The advisory watch (subscribed while unlocked). */
  watch: WatchState;
  /** A notification was clicked while the plan was locked: show that country after unlocking. */
  private pendingCountry: string | null = null;
  /** A language picked before any plan was open (onboarding): the plan created next keeps it. */
  private pickedLanguage: string | null = null;

  private lastJson = '';
  /** Bumped whenever a session opens or ends, so work deferred past the first frame knows it is stale. */
  private sessionSeq = 0;
  private lastTouch = 0;
  private unlisten: (() => void) | null = null;
  private destroyed = false;
  private unlistenCountry: (() => void) | null = null;
  private unlistenDirectory: (() => void) | null = null;
  private autosaver: Autosaver;

  /** Messages per field key (`section|id|field`). */
  errorMap = $derived.by(() => {
    const m = new Map<string, string[]>();
    for (const e of this.errors) {
      const k = fieldKey(e.at.section, e.at.id, e.at.field);
      m.set(k, [...(m.get(k) ?? []), e.message]);
    }
    return m;
  });

  constructor(delay = SAVE_DELAY_MS) {
    this.watch = new WatchState({ locked: () => this.dropPlan('expired'), fail: (err) => this.fail(err) });
    this.autosaver = new Autosaver({
      delay,
      snapshot: () => cleanPlan($state.snapshot(this.plan) as Plan),
      save: (plan) => backend.savePlan(plan),
      onStart: () => {
        this.saveState = { kind: 'saving' };
      },
      onSaved: (outcome) => {
        this.readiness = outcome.readiness;
        this.errors = outcome.errors;
        if (outcome.saved) {
          this.saveState = this.autosaver.pending ? { kind: 'pending' } : { kind: 'saved', at: outcome.saved_at };
        } else if (!this.autosaver.pending) {
          this.saveState = { kind: 'invalid', count: outcome.errors.length };
        }
      },
      onError: (err) => {
        const e = toErrorPayload(err);
        if (e.code === 'locked') {
          this.dropPlan('expired');
          return;
        }
        this.saveState = { kind: 'failed', error: e };
      },
    });
  }

  /** Ask before something destructive; resolves false on Cancel or Escape. The words are taken when asked: the
   *  dialog is modal, so the language cannot change while it is open. */
  confirm(message: string, ok?: string): Promise<boolean> {
    this.dialog?.resolve(false);
    return new Promise((resolve) => {
      this.dialog = {
        message,
        ok: ok ?? t('common-remove'),
        resolve: (yes) => {
          this.dialog = null;
          resolve(yes);
        },
      };
    });
  }

  get api(): Backend {
    return backend;
  }

  /** `auto` is for `dev:mock` and the tests: unlock straight away and open a section. */
  async init(auto?: { passphrase: string; section?: Section }): Promise<void> {
    // The two subscriptions go out with the status, and the first screen does not wait for them.
    const subscribed = Promise.allSettled([
      backend.onLocked((reason) => this.dropPlan(reason)),
      // For the app's lifetime, not just while unlocked: a notification is most often clicked while the
      // plan is locked (closing the window locks it), and the country is shown once the user unlocks.
      backend.onOpenCountry((country) => void this.openCountry(country)),
      backend.onDirectoryUpdated(() => void this.directoryRefreshed()),
    ]).then(([locked, country, directory]) => {
      // A missing event bridge (tests without one) is fine: locking still works through commands.
      if (locked.status === 'fulfilled') this.unlisten = locked.value;
      if (country.status === 'fulfilled') this.unlistenCountry = country.value;
      if (directory.status === 'fulfilled') this.unlistenDirectory = directory.value;
      if (this.destroyed) this.unsubscribe();
    });
    // The store's state as the backend handed it with the page (src-tauri/src/start_page.rs): the first screen
    // needs no request, and the request confirms it once that screen is painted (a reloaded page is handed the
    // state of when its window was made).
    const handed = auto ? null : window.__LIFEBOAT_START__?.status;
    if (handed) {
      this.status = handed;
      mark('status');
      this.screen = screenOf(handed);
      void afterPaint().then(() => this.confirmStatus(this.screen));
      await subscribed;
      return;
    }
    try {
      this.status = await backend.status();
      mark('status');
      this.screen = screenOf(this.status);
      if (auto && this.screen === 'locked') {
        this.openSession(await backend.unlock(auto.passphrase));
        if (auto.section) this.section = auto.section;
      }
    } catch (err) {
      this.fatal = toErrorPayload(err);
      this.screen = 'error';
    }
    // Whoever awaits `init` can count on the subscriptions being in place.
    await subscribed;
  }

  /** Asks the backend for the store's state the first screen was shown for, and moves to the right screen if it
   *  was not that one (and the person has not moved on meanwhile). */
  private async confirmStatus(shown: Screen): Promise<void> {
    try {
      const status = await backend.status();
      this.status = status;
      if (this.screen !== shown || screenOf(status) === shown) return;
      // The other screen's words were not handed with the page.
      await completeCatalogue().catch((err) => console.error('i18n: the catalogue could not be loaded', err));
      if (this.screen === shown) this.screen = screenOf(status);
    } catch (err) {
      if (this.screen === shown) {
        this.fatal = toErrorPayload(err);
        this.screen = 'error';
      }
    }
  }

  private unsubscribe(): void {
    this.unlisten?.();
    this.unlistenCountry?.();
    this.unlistenDirectory?.();
    this.unlisten = this.unlistenCountry = this.unlistenDirectory = null;
  }

  /** The embassy directory was refreshed in the background: its findings (an office now known, data no longer
   *  old) reach the dashboard without waiting for the Contacts panel or the next save. */
  private async directoryRefreshed(): Promise<void> {
    if (this.screen !== 'unlocked') return;
    try {
      const view = await backend.directoryView();
      if (view.readiness && this.screen === 'unlocked') this.readiness = view.readiness;
    } catch {
      // Locked meanwhile: the next unlock brings the findings.
    }
  }

  destroy(): void {
    this.destroyed = true;
    // A session's post-paint work (the watch's subscription) that has not started yet must not start now.
    this.sessionSeq++;
    this.unsubscribe();
    this.watch.stop();
    this.autosaver.cancel();
  }

  /** Show one country in the Advisories section (a clicked notification); after unlock when locked. */
  async openCountry(country: string): Promise<void> {
    const code = country.trim().toUpperCase();
    if (!code) return;
    if (this.screen !== 'unlocked') {
      this.pendingCountry = code;
      return;
    }
    this.pendingCountry = null;
    this.watch.focus = code;
    this.section = 'advisories';
    await tick();
    if (this.watch.shown) void this.watch.load(); // already on screen: the card scrolls in when the view has it
  }

  async loadLookups(): Promise<void> {
    try {
      if (!this.countries.length) this.countries = await backend.countries();
      await this.loadTemplates();
    } catch (err) {
      this.notice = { text: errorText(toErrorPayload(err)), tone: 'error' };
    }
  }

  /** The templates titled in the interface's language (onboarding asks before any plan, and its language, exists);
   *  again after a language switch, once something has shown them. */
  private async loadTemplates(): Promise<void> {
    const locale = i18n.locale;
    if (this.templates.length && this.templatesLocale === locale) return;
    const templates = await backend.templates(locale);
    if (locale !== i18n.locale) return this.loadTemplates(); // switched meanwhile: ask in the language now shown
    this.templates = templates;
    this.templatesLocale = locale;
  }

  private relabelTemplates(): void {
    if (!this.templates.length) return;
    this.loadTemplates().catch((err: unknown) => {
      this.notice = { text: errorText(toErrorPayload(err)), tone: 'error' };
    });
  }

  /** `code`'s name in the interface's language (reactive); the backend's English name, or `english`, if the
   *  catalogue lacks it. */
  countryName(code: string, english?: string): string {
    return countryName(code, this.countries.find((c) => c.code === code)?.name ?? english);
  }

  /** Put a session on screen (after create, unlock, import, restore). */
  openSession(s: Session): void {
    this.autosaver.cancel();
    this.plan = s.plan;
    this.readiness = s.readiness;
    this.hasRecoveryKey = s.has_recovery_key;
    this.errors = [];
    this.lastJson = JSON.stringify(s.plan);
    this.saveState = { kind: 'saved', at: s.plan.updated_at };
    this.lockReason = null;
    this.screen = 'unlocked';
    // The plan's language wins over the system's; a language picked during onboarding goes into the new plan
    // (saved by the editor's first change check, like any edit).
    const language = s.plan.settings.language;
    if (language) {
      this.rememberLanguage(language);
      void setLocale(language).then(() => this.relabelTemplates());
    } else if (this.pickedLanguage && this.plan) {
      this.plan.settings.language = this.pickedLanguage;
    }
    this.pickedLanguage = null;
    const session = ++this.sessionSeq;
    // The editor's first frame needs only the plan; the country list, templates and the watch subscription
    // follow it.
    void afterPaint().then(() => {
      if (session !== this.sessionSeq) return;
      void this.loadLookups();
      void this.watch.start();
    });
    if (this.pendingCountry) void this.openCountry(this.pendingCountry);
  }

  /** The next start opens in `code`: the backend keeps it beside the store, for the screens before any plan is
   *  unlocked. Not being able to keep it loses nothing else. */
  private rememberLanguage(code: string): void {
    this.api.rememberLanguage(code).catch((err) => console.warn('the language could not be kept for the next start', err));
  }

  /** The user picked a language: the interface switches at once, the next start's unlock screen remembers it,
   *  and an open plan keeps it in its settings, saved at once: the save's answer brings the readiness findings
   *  (worded by the backend in the plan's language) in the new language. The editor's change check after the
   *  picker's event runs before the language's files have loaded, so it cannot see this change. */
  async chooseLanguage(code: string): Promise<void> {
    await setLocale(code);
    this.rememberLanguage(i18n.locale);
    this.relabelTemplates();
    if (this.plan) {
      this.plan.settings.language = i18n.locale;
      this.changed();
    } else this.pickedLanguage = i18n.locale;
  }

  /** Called by the editor's effect with the plan serialised: schedules a save when it changed. */
  noteChange(json: string): void {
    if (this.screen !== 'unlocked' || json === this.lastJson) return;
    this.lastJson = json;
    this.saveState = { kind: 'pending' };
    this.autosaver.schedule();
  }

  /** Schedule a save explicitly (for edits made outside the reactive plan). */
  changed(): void {
    if (this.plan) this.noteChange(JSON.stringify(this.plan));
  }

  /** Saves now whatever is pending, including an edit the deep watch has not noted yet. */
  flush(): Promise<void> {
    this.changed();
    return this.autosaver.flush();
  }

  async lock(): Promise<void> {
    if (this.screen !== 'unlocked') return;
    try {
      await this.flush();
    } catch {
      // the save reports its own failure; locking goes ahead
    }
    try {
      await backend.lock();
    } catch {
      // already locked on the backend side: fine
    }
    this.dropPlan('user');
  }

  /** Forget the plan (locked by the user, by idle timeout, or the session expired). */
  dropPlan(reason: LockReason | 'expired'): void {
    this.sessionSeq++;
    this.autosaver.cancel();
    this.watch.stop();
    this.plan = null;
    this.readiness = null;
    this.errors = [];
    this.lastJson = '';
    this.lockReason = reason;
    this.section = 'dashboard';
    if (this.screen !== 'onboarding') this.screen = 'locked';
  }

  /** Throttled activity ping for the backend's idle auto-lock. */
  activity(now = Date.now()): void {
    if (this.screen !== 'unlocked' || now - this.lastTouch < TOUCH_INTERVAL_MS) return;
    this.lastTouch = now;
    backend
      .touch()
      .catch((err) => {
        if (toErrorPayload(err).code === 'locked') this.dropPlan('expired');
      });
  }

  /** Handle a command failure outside the unlock screen: `locked` ends the session, else show it. */
  fail(err: unknown): ErrorPayload {
    const e = toErrorPayload(err);
    if (e.code === 'locked') this.dropPlan('expired');
    else this.notice = { text: errorText(e), tone: 'error' };
    return e;
  }

  errorsFor(section: Section, id: string | undefined | null, field: string): string[] {
    return this.errorMap.get(fieldKey(section, id, field)) ?? [];
  }

  sectionErrorCount(section: Section): number {
    return this.errors.filter((e) => e.at.section === section).length;
  }

  /** The header's words for the save state, in the active language (the state itself is a kind and a count). */
  saveLabel(): string {
    const s = this.saveState;
    switch (s.kind) {
      case 'saved':
        return s.at ? t('editor-save-saved-at', { time: formatTime(s.at) }) : t('editor-save-saved');
      case 'pending':
        return t('editor-save-pending');
      case 'saving':
        return t('editor-save-saving');
      case 'invalid':
        return t('editor-save-invalid', { count: s.count });
      case 'failed':
        return t('editor-save-failed', { reason: errorText(s.error) });
    }
  }

  /** Open a section from the nav or a link: its heading takes the focus, scrolled to the top. */
  async open(section: Section): Promise<void> {
    this.section = section;
    await tick();
    document.querySelector<HTMLElement>(`[data-testid="section-${section}"] h2`)?.focus({ preventScroll: true });
    document.querySelector('.content')?.scrollTo?.({ top: 0 });
  }

  /** Open a section and bring one field into view, focused (a finding's "Fix", a field error). */
  async goTo(ref: FieldRef): Promise<void> {
    if (!SECTIONS.some((s) => s.id === ref.section)) return;
    this.section = ref.section;
    await tick();
    await tick();
    const el = findField(ref);
    if (el) {
      el.scrollIntoView?.({ block: 'center' });
      el.focus({ preventScroll: true });
      el.classList.add('flash');
      setTimeout(() => el.classList.remove('flash'), 1600);
    }
  }
}

/** Add an entry to one of the plan's lists and put the cursor in one of its fields once it is on screen. */
export async function addEntry<T extends { id: string }>(list: T[], entry: T, section: Section, field: string): Promise<void> {
  list.push(entry);
  await tick();
  document.getElementById(fieldDomId(section, entry.id, field))?.focus();
}

/** The element a FieldRef points at: the exact input, else the entry's card, else the section's own target. */
export function findField(ref: FieldRef): HTMLElement | null {
  const byId = document.getElementById(fieldDomId(ref.section, ref.id, ref.field));
  if (byId) return byId;
  const root = document.querySelector<HTMLElement>(`[data-testid="section-${ref.section}"]`);
  if (!root) return null;
  const esc = (s: string) => s.replace(/["\\]/g, '\\$&');
  if (ref.id) {
    const card = root.querySelector<HTMLElement>(`[data-entry="${esc(ref.id)}"]`);
    if (card) {
      const inner = card.querySelector<HTMLElement>(`[data-field="${esc(ref.field)}"]`);
      return inner ?? card.querySelector<HTMLElement>('input, select, textarea, button') ?? card;
    }
  }
  // Section-wide targets ("routes" → the add-route button, contacts "country" → the first country field).
  return (
    root.querySelector<HTMLElement>(`[data-fix="${esc(ref.field)}"]`) ??
    root.querySelector<HTMLElement>(`[data-field="${esc(ref.field)}"]`) ??
    root.querySelector<HTMLElement>('h2')
  );
}

const KEY = Symbol('lifeboat-app');

export function provideApp(app: AppState): AppState {
  setContext(KEY, app);
  return app;
}

export function useApp(): AppState {
  const app = getContext<AppState>(KEY);
  if (!app) throw new Error('AppState missing from context');
  return app;
}
