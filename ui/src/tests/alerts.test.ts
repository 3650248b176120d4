// Issue 14 as a person sees it: failures named by government and time, the reach in words, one timeline with
// embassy alerts and updates, the newest high-priority alert on the dashboard, times with their zone, and country
// pickers that find a country by any common name.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, waitFor } from '@testing-library/svelte';
import type { Government, GovernmentStatus, HistoryItem, Plan, WatchView } from '../lib/generated/plan';
import { WatchState } from '../lib/watch.svelte';
import { formatClock, formatDay, formatStamp } from '../lib/dates';
import { countryMatches, fold } from '../lib/country-filter';
import { setLocale, t } from '../lib/i18n.svelte';
import { intervalText } from '../lib/watch-words';
import {
  CA_FAILING_SINCE,
  embassyAlert,
  feeds,
  iranView as iran,
  mockBackend,
  samplePlan,
  sampleWatch as watchView,
  session,
  turkiyeView as turkiye,
} from './mock-ipc';
import { openApp, q } from './helpers';
import { readFileSync } from 'node:fs';
import { compile } from 'svelte/compiler';

afterEach(() => vi.restoreAllMocks());

/** What a person reads: the text without the bidi isolation marks (U+2068, U+2069) the catalogue puts around each
 *  value inserted in a sentence. */
const plain = (el: Element) => el.textContent!.replace(/[\u2068\u2069]/g, '');

const card = (code: string) => q(`[data-testid="advisory-country"][data-country="${code}"]`);
const column = (code: string, g: string) => q(`[data-government="${g}"]`, q('.govs', card(code)));
/** A message as a person reads it, without the bidi isolation marks. */
const unmarked = (text: string) => text.replace(/[\u2068\u2069]/g, '');
const squash = (el: Element) => plain(el).replace(/\s+/g, ' ').trim();
const FEED_IDS = /us-state-json|us-state-rss|uk-fcdo|ca-travel|au-smartraveller|de-aa|us-embassy-alerts/;

/** Today at hh:mm on this machine's clock, as the backend would send it (UTC ISO). */
const today = (h: number, m: number) => {
  const d = new Date();
  d.setHours(h, m, 0, 0);
  return d.toISOString();
};
/** The zone name this machine's clock shows for an instant ("UTC", "CET", "GMT+3:30"). */
const zoneOf = (iso: string) =>
  new Intl.DateTimeFormat('en', { timeZoneName: 'short' }).formatToParts(new Date(iso)).find((p) => p.type === 'timeZoneName')!.value;

const ALL: Government[] = ['us', 'uk', 'ca', 'au', 'de'];

/** The governments table as the watch reports it: the `enabled` governments' advisory feeds answered at `at`, but
 *  those in `failing` (since when), which failed their last attempt. */
function governments(failing: Partial<Record<Government, string>> = {}, at = today(14, 5), enabled = ALL): GovernmentStatus[] {
  return ALL.map((government) => {
    const since = failing[government];
    const base = { government, enabled: enabled.includes(government), last_attempt: at, stale: false };
    return since
      ? { ...base, error: { code: 'server_error', message: 'HTTP 503' }, failing_since: since, countries: 0 }
      : { ...base, last_success: at, countries: 200 };
  });
}

async function openAdvisories(view: () => WatchView = () => watchView()) {
  const backend = mockBackend({ watch_view: () => view() });
  await openApp(backend, 'advisories');
  await waitFor(() => card('IR'));
  return backend;
}

async function openDashboard(view: () => WatchView, plan: Plan = samplePlan()) {
  const backend = mockBackend({ unlock: () => session(plan), watch_view: () => view() });
  await openApp(backend, 'dashboard');
  await waitFor(() => q('[data-testid="advisory-summary"] [data-testid="reach"]'));
  return backend;
}

describe('a government that could not be reached', () => {
  it("says so on each card in the government's name, since when, and never reads as 'no advice'", async () => {
    await openAdvisories();
    const since = formatClock(CA_FAILING_SINCE, Date.now());
    // Türkiye: Canada has no level because it failed, Germany because it answered with nothing on Türkiye
    const ca = column('TR', 'ca');
    expect(ca.dataset.testid).toBe('gov-none');
    expect(ca.dataset.state).toBe('failed');
    expect(plain(q('[data-testid="feed-failure"]', ca)).trim()).toBe(`⚠ Canada: could not be reached since ${since} (server error)`);
    expect(plain(ca)).not.toMatch(/no advice/i);
    expect(plain(ca)).not.toContain('no level');
    const de = column('TR', 'de');
    expect(de.dataset.state).toBe('no-advice');
    expect(plain(q('[data-testid="no-advice"]', de))).toBe('No advice from this government for Türkiye yet.');
    expect(de.querySelector('[data-testid="feed-failure"]')).toBeNull();
    // Iran: Canada's old level is still shown, stale, with the same failure line beside it
    const caIran = column('IR', 'ca');
    expect(caIran.dataset.testid).toBe('gov-level');
    expect(plain(q('[data-testid="feed-failure"]', caIran))).toContain(`Canada: could not be reached since ${since}`);
    expect(plain(q('[data-testid="stale"]', caIran))).toContain('Stale');
    // the governments that answered carry no failure line
    expect(column('IR', 'us').querySelector('[data-testid="feed-failure"]')).toBeNull();
    // no internal feed name anywhere a person reads
    expect(plain(q('[data-testid="section-advisories"]'))).not.toMatch(FEED_IDS);
  });

  it('the embassy feed failing reads "U.S. Embassy: source down since …" on the US column', async () => {
    const down = today(14, 5);
    const c = iran();
    c.feeds = feeds({ embassy: down });
    await openAdvisories(() => watchView({ countries: [c], reach: { state: 'some', failed: ['us'], data_from: down } }));
    const line = q('[data-testid="feed-failure"][data-source="us-embassy-alerts"]', column('IR', 'us'));
    expect(plain(line).trim()).toBe('⚠ U.S. Embassy: source down since 14:05 (request refused)');
    // the US advisory itself answered: its level is shown as usual, not stale
    expect(plain(q('[data-testid="level"]', column('IR', 'us')))).toBe('Level 4');
    expect(column('IR', 'us').querySelector('[data-testid="stale"]')).toBeNull();
  });

  it('five governments side by side: the "Not reached" badge goes under the name rather than being cut off', async () => {
    // jsdom lays nothing out: the section's own stylesheet and the app's are applied to read what they allow.
    const at = today(6, 25);
    const c = iran();
    c.levels = c.levels.filter((l) => l.government === 'us');
    c.feeds = feeds({ uk: at, ca: at, au: at, de: at });
    await openAdvisories(() => watchView({ countries: [c], governments: governments({ uk: at, ca: at, au: at, de: at }, at) }));
    const au = column('IR', 'au');
    const head = q('.gov-head', au);
    const badge = q('[data-testid="not-reached"]', head);
    expect(plain(badge)).toBe('⚠ Not reached');
    const scope = [...head.classList].find((k) => k.startsWith('svelte-'))!;
    const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
    const own = compile(read('../lib/sections/Advisories.svelte'), { filename: 'Advisories.svelte', css: 'external' }).css!.code;
    const style = document.createElement('style');
    style.textContent = `${read('../app.css')}\n${own.replace(/svelte-[a-z0-9]+/g, scope)}`;
    document.head.append(style);
    try {
      // the name and the badge share a line while they fit; the badge takes the next line when they do not
      expect(getComputedStyle(head).display).toBe('flex');
      expect(getComputedStyle(head).flexWrap).toBe('wrap');
      // and a badge wider than the card wraps its words instead of overflowing it
      expect(getComputedStyle(badge).whiteSpace).toBe('normal');
    } finally {
      style.remove();
    }
  });

  it('a government that never answered is not called "Stale" (there is no data to be stale)', async () => {
    const view = watchView();
    const ca = view.governments.find((g) => g.government === 'ca')!;
    delete ca.last_success;
    await openAdvisories(() => view);
    const row = q('[data-testid="government-status"] tr[data-government="ca"]');
    expect(row.querySelector('[data-testid="government-stale"]')).toBeNull();
    expect(plain(q('[data-testid="government-error"]', row))).toContain('could not be reached');
  });

  it('a government with data kept through failures is "Stale"', async () => {
    await openAdvisories();
    const row = q('[data-testid="government-status"] tr[data-government="ca"]');
    expect(q('[data-testid="government-stale"]', row).textContent).toBe('Stale');
  });
});

describe('the reach in words', () => {
  const reachLine = () => q('[data-testid="advisory-summary"] [data-testid="reach"]');

  it('no government reached: since when, and the day the levels are from, never "checked just now"', async () => {
    const dataFrom = new Date(new Date().getFullYear(), 11, 2, 9, 0).toISOString();
    await openDashboard(() =>
      watchView({ last_round: new Date().toISOString(), reach: { state: 'none', failed: ['us', 'uk', 'ca', 'au', 'de'], since: today(14, 5), data_from: dataFrom } }),
    );
    expect(reachLine().dataset.state).toBe('none');
    expect(plain(reachLine())).toBe('⚠ No government could be reached since 14:05; the levels shown are from December 2');
    expect(plain(q('[data-testid="section-dashboard"]'))).not.toMatch(/just now/);
  });

  it('some, all and none yet', async () => {
    let view = watchView({
      last_round: today(14, 5),
      governments: governments({ ca: today(13, 40), de: today(14, 5) }),
      reach: { state: 'some', failed: ['ca', 'de'], data_from: today(14, 5) },
    });
    const backend = await openDashboard(() => view);
    expect(plain(reachLine())).toBe('⚠ Canada and Germany could not be reached; US, UK, and Australia were checked at 14:05');
    view = watchView({ last_round: today(14, 5), reach: { state: 'all', failed: [], data_from: today(14, 5) } });
    await backend.emit('watch-updated');
    await waitFor(() => expect(plain(reachLine())).toBe('checked at 14:05'));
    view = watchView({ last_round: undefined, reach: { state: 'not_yet', failed: [] } });
    await backend.emit('watch-updated');
    await waitFor(() => expect(reachLine().textContent).toBe('Not checked yet'));
  });

  // The U.S. embassy's alert feed is the US government's second feed: its failing says nothing of the US levels.
  // Iran at `at`: the US levels answered, its embassy's alerts and every other government did not.
  const embassyDownAt = (at: string) => {
    const c = iran();
    c.feeds = feeds({ embassy: at, uk: at, ca: at, au: at, de: at });
    return watchView({
      countries: [c],
      governments: governments({ uk: at, ca: at, au: at, de: at }, at),
      last_round: at,
      reach: { state: 'some', failed: ['us', 'uk', 'ca', 'au', 'de'], data_from: at },
    });
  };

  it("the US levels answered and the embassy's alerts did not: each said for what it is, and no 'the others'", async () => {
    const at = today(6, 25);
    const words =
      "⚠ UK, Canada, Australia, and Germany could not be reached; the U.S. Embassy's alerts for Iran could not be read " +
      '(source down since 06:25); US was checked at 06:25';
    await openDashboard(() => embassyDownAt(at));
    expect(plain(reachLine())).toBe(words);
    // the Advisories section's status line says the same
    await fireEvent.click(q('[data-testid="open-advisories"]'));
    const status = await waitFor(() => q('[data-testid="watch-status"] [data-testid="reach"]'));
    expect(plain(status)).toBe(words);
  });

  it('only embassy feeds down: their own sentence first, then every government named as checked', async () => {
    const ir = iran();
    ir.feeds = feeds({ embassy: today(14, 5) });
    const tr = turkiye();
    tr.feeds = feeds({ embassy: today(13, 50) });
    await openDashboard(() =>
      watchView({ countries: [ir, tr], governments: governments(), last_round: today(14, 5), reach: { state: 'some', failed: ['us'], data_from: today(14, 5) } }),
    );
    // since the first of them went down; the sentence starts with a capital
    expect(plain(reachLine())).toBe(
      "⚠ The U.S. Embassy's alerts for Iran and Türkiye could not be read (source down since 13:50); US, UK, Canada, Australia, and Germany were checked at 14:05",
    );
  });

  it("no government's levels answered but the embassy's alerts did: they are named as read, not 'the others'", async () => {
    const at = today(14, 5);
    const c = iran();
    c.feeds = feeds({ us: at, uk: at, ca: at, au: at, de: at });
    await openDashboard(() =>
      watchView({
        countries: [c],
        governments: governments({ us: at, uk: at, ca: at, au: at, de: at }),
        last_round: at,
        reach: { state: 'some', failed: ALL, data_from: at },
      }),
    );
    expect(plain(reachLine())).toBe("⚠ US, UK, Canada, Australia, and Germany could not be reached; the U.S. Embassy's alerts were read at 14:05");
  });

  it("in Persian: the embassy's failure is a clause of its own and the US is named as checked, in Persian digits", async () => {
    await setLocale('fa');
    const at = today(6, 25);
    await openDashboard(() => embassyDownAt(at));
    const time = formatClock(at, Date.now());
    expect(time).toMatch(/^[۰-۹]{1,2}:[۰-۹]{2}$/);
    // the list as Intl joins it in Persian
    const four = new Intl.ListFormat('fa', { type: 'conjunction' }).format(['بریتانیا', 'کانادا', 'استرالیا', 'آلمان']);
    expect(plain(reachLine())).toBe(
      `⚠ دسترسی به ${four} ممکن نشد؛ خواندن هشدارهای سفارت آمریکا برای ایران ممکن نشد (منبع از ${time} از دسترس خارج است)؛ آمریکا ساعت ${time} بررسی شد`,
    );
    // the country is named in Persian, isolated as every inserted value
    expect(reachLine().textContent).toContain('\u2068ایران\u2069');
  });

  it('a day other than today is named with the time', () => {
    const now = Date.parse('2026-12-06T12:00:00Z');
    expect(formatClock('2026-12-02T14:05:00Z', now, 'UTC')).toBe('Dec 2, 14:05');
    expect(formatClock('2025-12-02T14:05:00Z', now, 'UTC')).toBe('Dec 2, 2025, 14:05');
    expect(formatDay('2026-12-02T14:05:00Z', now, 'UTC')).toBe('December 2');
  });
});

describe('how often the watch checks', () => {
  /** A watch of Iran through `enabled` governments (its embassy feed with the US), at a `highest` level, with the
   *  intervals the backend then reports: the alert feeds' (embassy, UK index) and the other advisories'. */
  const only = (enabled: Government[], alerts: number | undefined, levels: number | undefined, highest = 2) => {
    const c = iran();
    c.feeds = feeds().filter((f) => enabled.includes(f.government));
    const shortest = Math.min(...[alerts, levels].filter((m) => m !== undefined));
    return watchView({
      countries: [c],
      governments: governments({}, today(14, 5), enabled),
      interval_minutes: shortest,
      alert_interval_minutes: alerts,
      level_interval_minutes: levels,
      highest,
    });
  };
  const line = () => q('[data-testid="watch-status"] [data-testid="interval"]');

  it('says which feeds are checked how often, and the whole rule in its tooltip', async () => {
    let view = only(ALL, 15, 60, 2);
    const backend = await openAdvisories(() => view);
    expect(plain(line())).toBe('· U.S. Embassy alerts and UK advice every 15 min, the other advisories every hour');
    expect(unmarked(line().title)).toBe(
      'U.S. Embassy alerts and UK advice: every 15 min, every 5 min while a watched country is at level 4 or your plan is above normal. ' +
        'The other advisories: every hour, every 10 min while a watched country is at level 3 or above or your plan is above normal.',
    );
    // a watched country at level 3: the other advisories every 10 minutes, the alerts still every 15
    view = only(ALL, 15, 10, 3);
    await backend.emit('watch-updated');
    await waitFor(() => expect(plain(line())).toBe('· U.S. Embassy alerts and UK advice every 15 min, the other advisories every 10 min'));
    // level 4 (or the plan above normal): everything faster
    view = only(ALL, 5, 10, 4);
    await backend.emit('watch-updated');
    await waitFor(() => expect(plain(line())).toBe('· U.S. Embassy alerts and UK advice every 5 min, the other advisories every 10 min'));
    expect(plain(q('[data-testid="watch-status"]'))).not.toContain('level 3+');
  });

  it('names only the fast feeds that are watched', () => {
    expect(unmarked(intervalText(only(['us', 'ca'], 15, 60)))).toBe('U.S. Embassy alerts every 15 min, the other advisories every hour');
    expect(unmarked(intervalText(only(['uk', 'de'], 15, 60)))).toBe('UK advice every 15 min, the other advisories every hour');
    expect(unmarked(intervalText(only(['uk'], 15, undefined)))).toBe('UK advice every 15 min');
    // no UK and no U.S. embassy: only the hourly feeds, faster from level 3
    expect(unmarked(intervalText(only(['ca', 'de'], undefined, 60)))).toBe('every hour');
    expect(unmarked(intervalText(only(['ca', 'de'], undefined, 10, 3)))).toBe('every 10 min while a watched country is at level 3+ or your plan is above normal');
  });

  it('in Persian, with Persian digits', async () => {
    await setLocale('fa');
    expect(unmarked(intervalText(only(ALL, 15, 10, 3)))).toBe('هشدارهای سفارت آمریکا و توصیه‌های سفر بریتانیا هر ۱۵ دقیقه، بقیه‌ی توصیه‌های سفر هر ۱۰ دقیقه');
  });
});

describe('one timeline of levels and alerts', () => {
  const hostileText = 'Leave Iran now. <img src=x onerror="alert(1)"> <b>Do not wait.</b>';

  it('a high embassy alert heads the timeline with its words, its reason and its official page', async () => {
    const c = iran();
    c.history = [embassyAlert({ text: hostileText }), ...c.history];
    const backend = await openAdvisories(() => watchView({ countries: [c] }));
    const items = [...card('IR').querySelectorAll<HTMLElement>('[data-testid="timeline-item"]')];
    expect(items).toHaveLength(3);
    const top = items[0];
    expect(top.dataset.source).toBe('us-embassy-alerts');
    expect(top.dataset.priority).toBe('high');
    expect(q('[data-testid="timeline-source"]', top).textContent).toBe('U.S. Embassy');
    expect(q('[data-testid="timeline-title"]', top).textContent).toBe('Security Alert – U.S. Virtual Embassy Iran');
    // priority in words with its explanation, not colour alone
    expect(squash(q('[data-testid="timeline-priority"]', top))).toBe('⚠ High priority — tells people to leave');
    // the text is plain text: markup shows as characters, nothing is parsed into elements
    expect(q('[data-testid="timeline-text"]', top).textContent).toBe(hostileText);
    expect(top.querySelector('img, b')).toBeNull();
    // the level entries follow, as before
    expect(plain(items[1])).toContain('level 3 → 4');
    expect(q('[data-testid="timeline-source"]', items[1]).textContent).toBe('US');
    // Official page: through the backend, https only
    await fireEvent.click(q('[data-testid="timeline-official"]', top));
    await waitFor(() => expect(backend.callsTo('open_official_page')).toHaveLength(1));
    expect(backend.callsTo('open_official_page')[0].args).toEqual({ url: embassyAlert().url });
  });

  it('an advisory update shows its priority and reason; an edit is a quiet line; an http link gets no button', async () => {
    const c = iran();
    const update: HistoryItem = {
      at: '2026-01-11T08:00:00Z', government: 'uk', source: 'uk-fcdo', kind: 'update', level: 4, native_label: 'Advice against all travel',
      updated: '2026-01-11T07:45:00Z', title: 'UK staff temporarily withdrawn', text: 'The British Embassy in Tehran has temporarily closed.',
      priority: 'high', reason: 'reports staff withdrawn', url: 'http://www.gov.uk/foreign-travel-advice/iran', leave_now: false,
    };
    const edited: HistoryItem = { ...embassyAlert(), kind: 'edited', at: '2026-01-11T09:00:00Z', priority: undefined, reason: undefined };
    const low: HistoryItem = { ...update, at: '2026-01-11T07:00:00Z', priority: 'low', reason: 'reviewed and reissued without amendment', title: 'Latest update: reviewed', text: undefined };
    c.history = [edited, update, low, ...c.history];
    await openAdvisories(() => watchView({ countries: [c] }));
    const [e, u, l] = [...card('IR').querySelectorAll<HTMLElement>('[data-testid="timeline-item"]')];
    expect(e.dataset.kind).toBe('edited');
    expect(squash(e)).toMatch(/^U\.S\. Embassy Alert text edited Security Alert/);
    expect(e.querySelector('[data-testid="timeline-priority"]')).toBeNull();
    expect(e.querySelector('[data-testid="timeline-text"]')).toBeNull();
    expect(q('[data-testid="timeline-source"]', u).textContent).toBe('UK');
    expect(squash(q('[data-testid="timeline-priority"]', u))).toBe('⚠ High priority — reports staff withdrawn');
    expect(plain(q('[data-testid="level"], .level-badge', u))).toBe('Level 4');
    expect(u.querySelector('[data-testid="timeline-official"]')).toBeNull(); // http is never opened
    expect(squash(q('[data-testid="timeline-priority"]', l))).toBe('Low priority — reviewed and reissued without amendment');
  });

  it('stays readable with 50 entries: the first few and the newest high-priority alert, the rest on request', async () => {
    const c = iran();
    const reissues: HistoryItem[] = Array.from({ length: 49 }, (_, i) => ({
      at: new Date(Date.parse('2026-01-10T12:00:00Z') - i * 86_400_000).toISOString(), government: 'us', source: 'us-state-json',
      kind: 'reissued', level: 4, native_label: 'Level 4: Do Not Travel', leave_now: false,
    }));
    c.history = [...reissues.slice(0, 20), embassyAlert({ at: '2025-12-20T10:00:00Z' }), ...reissues.slice(20)];
    await openAdvisories(() => watchView({ countries: [c] }));
    const items = () => [...card('IR').querySelectorAll<HTMLElement>('[data-testid="timeline-item"]')];
    expect(items()).toHaveLength(6);
    expect(items().map((i) => i.dataset.kind)).toEqual(['reissued', 'reissued', 'reissued', 'reissued', 'reissued', 'update']);
    expect(q('[data-testid="timeline-source"]', items()[5]).textContent).toBe('U.S. Embassy');
    const more = q<HTMLButtonElement>('[data-testid="timeline-more"]', card('IR'));
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(plain(more)).toBe('Show all 50 entries (44 more)');
    await fireEvent.click(more);
    expect(items()).toHaveLength(50);
    expect(items()[20].dataset.source).toBe('us-embassy-alerts'); // in its place, newest first
    expect(more.getAttribute('aria-expanded')).toBe('true');
  });

  it('each row shows when the government published it and when this machine saw it, each with its zone', async () => {
    const c = iran();
    c.history = [embassyAlert(), ...c.history];
    await openAdvisories(() => watchView({ countries: [c] }));
    const top = q('[data-testid="timeline-item"]', card('IR'));
    const published = q('[data-testid="timeline-published"]', top);
    const seen = q('[data-testid="timeline-seen"]', top);
    expect(published.getAttribute('datetime')).toBe('2026-01-10T13:30:00Z');
    expect(seen.getAttribute('datetime')).toBe('2026-01-10T13:57:00Z');
    expect(published.textContent).toBe(formatStamp('2026-01-10T13:30:00Z'));
    expect(published.textContent!.endsWith(` ${zoneOf('2026-01-10T13:30:00Z')}`)).toBe(true);
    expect(seen.textContent!.endsWith(` ${zoneOf('2026-01-10T13:57:00Z')}`)).toBe(true);
    expect(squash(top)).toContain(`Published ${published.textContent} · seen by this computer ${seen.textContent}`);
    // a level's publication time on its column carries the zone too
    const usPublished = q('.times dd time', column('IR', 'us'));
    expect(usPublished.textContent!.endsWith(` ${zoneOf('2026-01-09T10:00:00Z')}`)).toBe(true);
  });

  it('a first run in Tehran: the embassy alerts already published are baseline rows with their words', async () => {
    // The first fetch of a feed records what is already there as the baseline (never notified), with the alert's
    // title, text and priority and no level: the timeline must show them in words, not as two empty rows.
    const c = iran();
    const older: HistoryItem = {
      ...embassyAlert({ kind: 'baseline', at: '2026-01-10T13:57:00Z', level: undefined }),
      title: 'Demonstration Alert – U.S. Virtual Embassy Iran',
      text: 'Avoid demonstrations in Tehran.',
      priority: 'normal',
      reason: 'reports unrest',
      leave_now: false,
    };
    c.history = [embassyAlert({ kind: 'baseline', level: undefined }), older, ...c.history];
    await openAdvisories(() => watchView({ countries: [c] }));
    const rows = [...card('IR').querySelectorAll<HTMLElement>('[data-testid="timeline-item"][data-source="us-embassy-alerts"]')];
    expect(rows.map((r) => r.dataset.kind)).toEqual(['baseline', 'baseline']);
    expect(rows.map((r) => q('[data-testid="timeline-title"]', r).textContent)).toEqual([
      'Security Alert – U.S. Virtual Embassy Iran',
      'Demonstration Alert – U.S. Virtual Embassy Iran',
    ]);
    expect(q('[data-testid="timeline-text"]', rows[1]).textContent).toBe('Avoid demonstrations in Tehran.');
    expect(squash(rows[0])).toContain('U.S. Embassy Security alert, already published at the first check');
    expect(squash(q('[data-testid="timeline-priority"]', rows[0]))).toBe('⚠ High priority — tells people to leave');
    expect(rows[0].querySelector('.level-badge')).toBeNull(); // an alert has no level
    // a level's baseline stays as it was: no words of its own, its native label
    const levelBaseline = [...card('IR').querySelectorAll<HTMLElement>('[data-testid="timeline-item"][data-kind="baseline"]')].find(
      (r) => r.dataset.source !== 'us-embassy-alerts',
    )!;
    expect(levelBaseline.querySelector('[data-testid="timeline-title"]')).toBeNull();
    expect(plain(levelBaseline)).toContain('first seen');
  });

  it("formatStamp names the zone: Canada's 14:28 EDT is not a bare 18:28", () => {
    expect(formatStamp('2026-05-01T18:28:00Z', 'America/Toronto')).toBe('May 1, 2026, 14:28 EDT');
    expect(formatStamp('2026-01-10T13:57:00Z', 'UTC')).toBe('Jan 10, 2026, 13:57 UTC');
    expect(formatStamp(undefined)).toBe('');
  });
});

describe('the dashboard', () => {
  it('shows the newest high-priority alert with its country, publisher, title, reason and publication time', async () => {
    const backend = await openDashboard(() => watchView({ latest_high: { country: 'IR', name: 'Iran', item: embassyAlert() } }));
    const panel = q('[data-testid="latest-high"]');
    expect(panel.dataset.country).toBe('IR');
    expect(panel.textContent).toContain('Iran');
    expect(q('[data-testid="latest-high-source"]', panel).textContent).toBe('U.S. Embassy');
    expect(q('[data-testid="latest-high-title"]', panel).textContent).toBe('Security Alert – U.S. Virtual Embassy Iran');
    expect(squash(q('[data-testid="latest-high-priority"]', panel))).toBe('⚠ High priority — tells people to leave');
    expect(q('[data-testid="latest-high-published"]', panel).textContent).toBe(formatStamp('2026-01-10T13:30:00Z'));
    await fireEvent.click(q('[data-testid="latest-high-official"]', panel));
    await waitFor(() => expect(backend.callsTo('open_official_page')[0]?.args).toEqual({ url: embassyAlert().url }));
  });

  it('no high-priority alert, no panel', async () => {
    await openDashboard(() => watchView());
    expect(document.querySelector('[data-testid="latest-high"]')).toBeNull();
  });

  it('a suggestion from an embassy alert names the embassy and its title; the built-in rule says it decided', async () => {
    const c = iran();
    c.history = [embassyAlert(), ...c.history];
    const plan = samplePlan();
    plan.phases.current = 'normal';
    await openDashboard(
      () =>
        watchView({
          countries: [c, turkiye()],
          latest_high: { country: 'IR', name: 'Iran', item: embassyAlert() },
          suggestion: { phase: 'leave_now', country: 'IR', government: 'us', level: 4, alert_title: embassyAlert().title },
        }),
      plan,
    );
    await waitFor(() => q('[data-testid="suggestion"]'));
    expect(plain(q('[data-testid="suggestion-reason"]'))).toBe('U.S. Embassy: Security Alert – U.S. Virtual Embassy Iran');
    expect(squash(q('[data-testid="suggestion-text"]'))).toBe(
      'U.S. Embassy: Security Alert – U.S. Virtual Embassy Iran — no tripwire of yours covers Iran, so Lifeboat’s built-in rule suggests Leave now.',
    );
  });

  it('a level suggestion reads "Canada: Iraq at level 4"', async () => {
    const plan = samplePlan();
    plan.phases.current = 'normal';
    await openDashboard(() => watchView({ suggestion: { phase: 'leave_now', country: 'IQ', government: 'ca', level: 4 } }), plan);
    await waitFor(() => q('[data-testid="suggestion"]'));
    expect(plain(q('[data-testid="suggestion-reason"]'))).toBe('Canada: Iraq at level 4');
  });

  it('"Not now" on one alert does not hide a different alert at the same level', () => {
    const w = new WatchState({ locked: () => {}, fail: () => ({ code: 'internal', message: 'x' }) });
    const s = { phase: 'leave_now', country: 'IR', government: 'us', level: 4, alert_title: 'Security Alert 1' } as const;
    w.view = watchView({ suggestion: { ...s } });
    w.dismiss(w.view.suggestion!);
    expect(w.suggestionFor('normal')).toBeNull();
    w.view = watchView({ suggestion: { ...s, alert_title: 'Security Alert 2' } });
    expect(w.suggestionFor('normal')?.alert_title).toBe('Security Alert 2');
  });
});

describe('country pickers find a country by any common name', () => {
  const options = (select: HTMLSelectElement) => [...select.options].filter((o) => o.value).map((o) => o.value);

  it('"Turkey" finds Türkiye in "Also watch", and Enter adds it', async () => {
    const backend = await openAdvisories();
    const filter = q<HTMLInputElement>('#f-advisories-_-extra_countries-filter');
    const select = q<HTMLSelectElement>('#f-advisories-_-extra_countries');
    filter.value = 'Turkey';
    await fireEvent.input(filter);
    expect(options(select)).toEqual(['TR']);
    expect([...select.options].find((o) => o.value === 'TR')!.textContent).toBe('Türkiye (TR) — Turkey');
    await fireEvent.keyDown(filter, { key: 'Enter' });
    await waitFor(() => expect((backend.callsTo('save_plan').at(-1)?.args.plan as Plan | undefined)?.settings.watch.extra_countries).toEqual(['TR']));
  });

  it('"Persia", "iran", "turkiye" without its accent and the ISO code all work; nothing found says so', async () => {
    await openAdvisories();
    const filter = q<HTMLInputElement>('#f-advisories-_-extra_countries-filter');
    const select = q<HTMLSelectElement>('#f-advisories-_-extra_countries');
    const type = async (text: string) => {
      filter.value = text;
      await fireEvent.input(filter);
      return options(select);
    };
    expect(await type('Persia')).toEqual(['IR']);
    expect(await type('iran')).toEqual(['IR']);
    expect(await type('turkiye')).toEqual(['TR']);
    expect((await type('gb'))[0]).toBe('GB');
    expect(await type('Narnia')).toEqual([]);
    expect(plain(select.parentElement!)).toContain('No country matches “Narnia”.');
  });

  it('every picker has the filter: an advisory tripwire country found by an alias', async () => {
    const backend = mockBackend();
    await openApp(backend, 'phases');
    await fireEvent.click(q('[data-testid="add-advisory-tripwire"]'));
    const select = q<HTMLSelectElement>('[data-testid="advisory-tripwire-country"]');
    const filter = q<HTMLInputElement>(`#${select.id}-filter`);
    filter.value = 'Turkey';
    await fireEvent.input(filter);
    await fireEvent.keyDown(filter, { key: 'Enter' });
    await waitFor(() => {
      const last = backend.callsTo('save_plan').at(-1)?.args.plan as Plan | undefined;
      expect(last?.phases.advisory_tripwires[0]?.country).toBe('TR');
    });
  });

  it('matching ranks names and aliases that start with the text first, and ignores case and accents', () => {
    const list = [
      { code: 'AU', name: 'Australia', aliases: [] },
      { code: 'RE', name: 'Réunion', aliases: [] },
      { code: 'TR', name: 'Türkiye', aliases: ['Turkey'] },
      { code: 'TM', name: 'Turkmenistan', aliases: [] },
    ];
    expect(fold('Türkiye')).toBe('turkiye');
    expect(countryMatches(list, 'tur').map((m) => m.country.code)).toEqual(['TR', 'TM']);
    expect(countryMatches(list, 'TURKEY')).toEqual([{ country: list[2], name: 'Türkiye', alias: 'Turkey' }]);
    expect(countryMatches(list, 'reunion').map((m) => m.country.code)).toEqual(['RE']);
    expect(countryMatches(list, 'au').map((m) => m.country.code)).toEqual(['AU']);
    expect(countryMatches(list, '').map((m) => m.country.code)).toEqual(['AU', 'RE', 'TR', 'TM']);
  });
});

describe('in Persian and Arabic', () => {
  it('the Advisories section runs right to left, in Persian, with Persian digits in levels, times and counts', async () => {
    await setLocale('fa');
    const down = today(14, 5);
    const c = iran();
    c.feeds = feeds({ embassy: down });
    const reissues: HistoryItem[] = Array.from({ length: 48 }, (_, i) => ({
      at: new Date(Date.parse('2026-01-10T12:00:00Z') - i * 86_400_000).toISOString(), government: 'us', source: 'us-state-json',
      kind: 'reissued', level: 4, native_label: 'Level 4: Do Not Travel', leave_now: false,
    }));
    c.history = [embassyAlert(), embassyAlert({ kind: 'baseline', at: '2025-12-01T10:00:00Z' }), ...reissues];
    await openAdvisories(() => watchView({ countries: [c], reach: { state: 'some', failed: ['us'], data_from: down } }));

    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('fa');
    expect(q('[data-testid="section-advisories"] h2').textContent).toBe(q('[data-testid="nav-advisories"] span').textContent);
    expect(q('[data-testid="check-now"]').textContent).toBe('بررسی همین حالا');
    // the level in words with a Persian digit; the government's own wording stays as it published it
    expect(plain(q('[data-testid="level"]', column('IR', 'us')))).toBe('سطح ۴');
    expect(q('[data-testid="native"]', column('IR', 'us')).textContent).toBe('Level 4: Do Not Travel');
    // the embassy's failure: its name and the time in Persian, the time in Persian digits
    const line = q('[data-testid="feed-failure"][data-source="us-embassy-alerts"]', column('IR', 'us'));
    expect(plain(line).trim()).toBe('⚠ سفارت آمریکا: منبع از ۱۴:۰۵ از دسترس خارج است (درخواست پذیرفته نشد)');
    // the timeline: the embassy's Latin title is isolated inside the Persian row; the count in Persian digits
    const top = q('[data-testid="timeline-item"]', card('IR'));
    expect(q('[data-testid="timeline-source"]', top).textContent).toBe('سفارت آمریکا');
    expect(squash(q('[data-testid="timeline-priority"]', top))).toBe('⚠ اولویت بالا — tells people to leave');
    expect(plain(q('[data-testid="timeline-more"]', card('IR')))).toBe('نمایش همه‌ی ۵۰ مورد (۴۵ مورد دیگر)');
    expect(q('[data-testid="timeline-published"]', top).textContent).toMatch(/[۰-۹]/);
    // the settings below are Persian too, and no id shows where a message should be
    expect(q('[data-testid="watch-notifications"]').parentElement!.textContent!.trim()).toBe(
      'وقتی سطح کشوری زیر نظر تغییر کرد، به من اعلان بده',
    );
    expect(q('[data-testid="section-advisories"]').textContent).not.toMatch(/advisories-[a-z]/);
  });

  it('switching the language rewords the status line and its relative time without reloading the view', async () => {
    const backend = await openAdvisories(() => watchView({ reach: { state: 'all', failed: [], data_from: new Date().toISOString() } }));
    const reach = q('[data-testid="watch-status"] [data-testid="reach"]');
    expect(plain(reach)).toBe('Checked 3 minutes ago');
    const loads = backend.callsTo('watch_view').length;
    await setLocale('fa');
    // the time comes before the verb in Persian: the <time> element moved inside the sentence
    await waitFor(() => expect(plain(reach)).toBe('۳ دقیقه پیش بررسی شد'));
    expect(q('time', reach).textContent).toBe('۳ دقیقه پیش');
    await setLocale('ar');
    await waitFor(() => expect(plain(reach)).toBe('تم التحقق قبل 3 دقائق'));
    expect(backend.callsTo('watch_view')).toHaveLength(loads);
  });

  it('the dashboard in Persian: right to left, the phase in bold where Persian puts it, counts in Persian digits', async () => {
    await setLocale('fa');
    const plan = samplePlan();
    plan.phases.current = 'normal';
    const view = watchView({ suggestion: { phase: 'leave_now', country: 'IR', government: 'us', level: 4, alert_title: embassyAlert().title } });
    await openDashboard(() => view, plan);
    expect(document.documentElement.dir).toBe('rtl');
    expect(q('[data-testid="section-dashboard"] h2').textContent).toBe(q('[data-testid="nav-dashboard"] span').textContent);
    expect(q('[data-testid="advisory-summary"] h3').textContent).toBe('هشدارهای سفر');
    const text = await waitFor(() => q('[data-testid="suggestion-text"]'));
    // "… «<phase>» را پیشنهاد می‌کند": the verb after the phase, the phase its own bold element
    const bold = [...text.querySelectorAll('strong')].at(-1)!;
    expect(squash(text).endsWith(`«${bold.textContent}» را پیشنهاد می‌کند.`)).toBe(true);
    // the embassy's Latin title keeps its own direction inside the Persian reason
    expect(q('[data-testid="suggestion-reason"]').textContent).toContain('\u2068Security Alert – U.S. Virtual Embassy Iran\u2069');
    // the governments that answered are named in a Persian list (Intl's), never "the others"
    const answered = new Intl.ListFormat('fa', { type: 'conjunction' }).format(['آمریکا', 'بریتانیا', 'استرالیا', 'آلمان']);
    expect(plain(q('[data-testid="reach"]'))).toBe(`⚠ دسترسی به کانادا ممکن نشد؛ ${answered} ساعت ${formatClock(view.last_round!, Date.now())} بررسی شدند`);
    const counts = [...q('[data-testid="plan-counts"]').querySelectorAll('dd')].map((d) => plain(d));
    expect(counts.join(' ')).not.toMatch(/[0-9]/);
    expect(counts.at(-2)).toMatch(/^[۰-۹]+ از [۰-۹]+$/); // routes open, of all routes
    // the arrow to the Advisories section mirrors; the numbers never do
    expect(q('[data-testid="open-advisories"] .dir-icon').textContent).toBe('→');
  });

  it("the priority's reason is worded by its rule in the interface's language; an entry recorded before rule codes keeps its words", async () => {
    await setLocale('fa');
    const c = iran();
    const withdrawn: HistoryItem = {
      ...embassyAlert(), at: '2026-01-11T08:00:00Z', government: 'uk', source: 'uk-fcdo', kind: 'update',
      title: 'UK staff withdrawn', reason: 'reports staff withdrawn', reason_code: 'staff_withdrawn',
    };
    const old: HistoryItem = { ...embassyAlert(), at: '2026-01-11T07:00:00Z', reason: 'reports a curfew', reason_code: undefined };
    c.history = [withdrawn, old, ...c.history];
    await openAdvisories(() => watchView({ countries: [c] }));
    expect(document.documentElement.dir).toBe('rtl');
    const rows = [...card('IR').querySelectorAll<HTMLElement>('[data-testid="timeline-item"]')];
    expect(squash(q('[data-testid="timeline-priority"]', rows[0]))).toBe('⚠ اولویت بالا — از فراخواندن کارکنان خبر می‌دهد');
    expect(squash(q('[data-testid="timeline-priority"]', rows[1]))).toBe('⚠ اولویت بالا — reports a curfew');
  });

  it("the dashboard's newest high-priority alert gives its reason in Arabic", async () => {
    await setLocale('ar');
    const item: HistoryItem = { ...embassyAlert(), reason_code: 'leave_now' };
    await openDashboard(() => watchView({ latest_high: { country: 'IR', name: 'Iran', item } }));
    expect(document.documentElement.dir).toBe('rtl');
    expect(squash(q('[data-testid="latest-high-priority"]'))).toBe(`⚠ ${t('advisories-priority-high')} — يدعو إلى المغادرة`);
    await setLocale('en');
    await waitFor(() => expect(squash(q('[data-testid="latest-high-priority"]'))).toBe('⚠ High priority — tells people to leave'));
  });

  it('Arabic and Persian numbers take their own plural forms and digits', async () => {
    await setLocale('ar');
    expect(t('advisories-interval', { minutes: 2 })).toBe('كل دقيقتين');
    expect(t('advisories-interval', { minutes: 5 })).toBe('كل \u20685\u2069 دقائق');
    expect(t('advisories-interval', { minutes: 15 })).toBe('كل \u206815\u2069 دقيقة');
    expect(t('advisories-timeline-show-all', { count: 1, hidden: 0 })).toContain('عرض الإدخال الوحيد');
    expect(t('advisories-timeline-show-all', { count: 2, hidden: 0 })).toContain('الإدخالين');
    await setLocale('fa');
    expect(t('advisories-interval', { minutes: 15 })).toBe('هر \u2068۱۵\u2069 دقیقه');
    expect(formatStamp('2026-01-10T13:57:00Z', 'UTC')).toMatch(/^[۰-۹].*۱۳:۵۷/);
  });
});
