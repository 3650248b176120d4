// The advisory watch as the editor holds it: the last WatchView from the backend, whether a round is running,
// the suggestion the user put off ("Not now"), which country to bring into view, and the `watch-updated`
// subscription (held only while the plan is unlocked). The view is loaded when the dashboard or the
// Advisories section is on screen and reloaded on every `watch-updated` while one of them is.

import type { ErrorPayload, Phase, PhaseSuggestion, WatchView } from './generated/plan';
import { backend, toErrorPayload } from './ipc';
import { PHASE_RANK } from './plan-utils';
import { errorText } from './error-words';

export interface WatchHooks {
  /** A command failed with `locked`: the session is over. */
  locked: () => void;
  /** Any other failure of a user action (Check now, Official page): show it. */
  fail: (err: unknown) => ErrorPayload;
}

export const NOW_TICK_MS = 30_000;

export class WatchState {
  // `$state.raw`: the backend's answers are replaced whole on every load, never edited, so they need no deep
  // proxies (one object and one signal per field read, for every country, level and timeline row).
  view = $state.raw<WatchView | null>(null);
  /** Why the last load failed, kept as the backend reported it; `error` words it in the active language. */
  failure = $state.raw<ErrorPayload | null>(null);
  get error(): string | null {
    return this.failure ? errorText(this.failure) : null;
  }
  loading = $state(false);
  /** "Check now" is on its way to the backend. */
  requesting = $state(false);
  /** The clock relative times are measured against; ticks while a watch screen is shown. */
  now = $state(Date.now());
  /** A country to scroll into view once the Advisories section shows it (a notification was clicked). */
  focus = $state<string | null>(null);
  private dismissed = $state<string | null>(null);

  private hooks: WatchHooks;
  private unlisten: (() => void) | null = null;
  /** Bumped by start/stop so a subscription that resolves after a lock is dropped at once. */
  private generation = 0;
  private seq = 0;
  private visible = 0;
  private ticker: ReturnType<typeof setInterval> | null = null;

  constructor(hooks: WatchHooks) {
    this.hooks = hooks;
  }

  /** A round is running, or about to. */
  get checking(): boolean {
    return this.requesting || !!this.view?.checking;
  }

  /** Subscribe to `watch-updated` (on unlock). Safe to call again (import, restore). */
  async start(): Promise<void> {
    if (this.unlisten) {
      if (this.visible) void this.load();
      return;
    }
    const gen = ++this.generation;
    try {
      const off = await backend.onWatchUpdated(() => this.updated());
      if (gen !== this.generation || this.unlisten) off();
      else this.unlisten = off;
    } catch {
      // no event bridge (tests without one): the view still loads when shown
    }
  }

  /** Unsubscribe and forget everything (on lock). */
  stop(): void {
    this.generation++;
    this.seq++;
    this.unlisten?.();
    this.unlisten = null;
    this.view = null;
    this.failure = null;
    this.loading = false;
    this.requesting = false;
    this.dismissed = null;
    this.focus = null;
  }

  /** A watch screen (dashboard, Advisories) mounted: load now, keep fresh while shown. Returns `hide`. */
  show(): () => void {
    this.visible++;
    this.now = Date.now();
    if (!this.ticker) this.ticker = setInterval(() => (this.now = Date.now()), NOW_TICK_MS);
    void this.load();
    let hidden = false;
    return () => {
      if (hidden) return;
      hidden = true;
      this.visible = Math.max(0, this.visible - 1);
      if (!this.visible && this.ticker) {
        clearInterval(this.ticker);
        this.ticker = null;
      }
    };
  }

  get shown(): boolean {
    return this.visible > 0;
  }

  /** `watch-updated`: reload when someone is looking; otherwise the next `show()` loads anyway. */
  updated(): void {
    if (this.visible) void this.load();
  }

  async load(): Promise<void> {
    const mine = ++this.seq;
    this.loading = true;
    try {
      const v = await backend.watchView();
      if (mine !== this.seq) return;
      this.view = v;
      this.failure = null;
      this.now = Date.now();
    } catch (err) {
      if (mine !== this.seq) return;
      const e = toErrorPayload(err);
      if (e.code === 'locked') this.hooks.locked();
      else this.failure = e;
    } finally {
      if (mine === this.seq) this.loading = false;
    }
  }

  async checkNow(): Promise<void> {
    if (this.checking) return;
    this.requesting = true;
    try {
      await backend.checkNow();
    } catch (err) {
      this.hooks.fail(err);
      this.requesting = false;
      return;
    }
    await this.load(); // shows `checking` until the round's own `watch-updated` arrives
    this.requesting = false;
  }

  async openOfficial(url: string): Promise<void> {
    try {
      await backend.openOfficialPage(url);
    } catch (err) {
      this.hooks.fail(err);
    }
  }

  /** The suggestion to show against the plan's current phase: only a step up, and not one put off. */
  suggestionFor(current: Phase): PhaseSuggestion | null {
    const s = this.view?.suggestion;
    if (!s || s.phase === current || PHASE_RANK[s.phase] <= PHASE_RANK[current]) return null;
    return this.dismissed === suggestionKey(s) ? null : s;
  }

  /** "Not now": hide this suggestion until the watch suggests something else. In memory only. */
  dismiss(s: PhaseSuggestion): void {
    this.dismissed = suggestionKey(s);
  }
}

export function suggestionKey(s: PhaseSuggestion): string {
  return [s.phase, s.tripwire_id ?? '', s.country, s.government, s.level, s.alert_title ?? ''].join('|');
}
