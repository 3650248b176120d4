import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, waitFor } from '@testing-library/svelte';
import type { Plan, SaveOutcome, WatchView } from '../lib/generated/plan';
import policy from '../lib/generated/summary-policy.json';
import { cleanSummaryHtml, httpsUrl, interceptLinks } from '../lib/safe-html';
import { WatchState } from '../lib/watch.svelte';
import { formatClock, formatDate, formatDateTime, formatTime, relativeTime } from '../lib/dates';
import { CA_FAILING_SINCE, deferred, emptyReadiness, emptyWatch, iranView as iran, mockBackend, samplePlan, sampleWatch as watchView, session, turkiyeView as turkiye, type Answer } from './mock-ipc';
import { openApp, q, sleep } from './helpers';

const US_URL = 'https://travel.state.gov/content/travel/en/traveladvisories/traveladvisories/iran-travel-advisory.html';

const card = (code: string) => q(`[data-testid="advisory-country"][data-country="${code}"]`);

async function openAdvisories(view: () => WatchView = () => watchView(), more: Record<string, Answer> = {}) {
  const backend = mockBackend({ watch_view: () => view(), ...more });
  await openApp(backend, 'advisories');
  await waitFor(() => card('IR'));
  return backend;
}

afterEach(() => vi.restoreAllMocks());

/** What a person reads: the text without the bidi isolation marks (U+2068, U+2069) the catalogue puts around each
 *  value inserted in a sentence. */
const plain = (el: Element) => el.textContent!.replace(/[\u2068\u2069]/g, '');

describe('Advisories section', () => {
  it("shows each government's native wording and level side by side for a country", async () => {
    await openAdvisories();
    const govs = [...card('IR').querySelectorAll<HTMLElement>('[data-testid="gov-level"]')];
    expect(govs.map((g) => g.dataset.government)).toEqual(['us', 'uk', 'ca', 'de']);
    // one list, one item per government: the comparison is side by side, not one government at a time
    expect(new Set(govs.map((g) => g.parentElement)).size).toBe(1);
    const read = (g: HTMLElement) => ({
      name: plain(q('.gov-name', g)),
      native: plain(q('[data-testid="native"]', g)),
      level: plain(q('[data-testid="level"]', g)),
    });
    expect(govs.map(read)).toEqual([
      { name: 'US', native: 'Level 4: Do Not Travel', level: 'Level 4' },
      { name: 'UK', native: 'Advice against all travel', level: 'Level 4' },
      { name: 'Canada', native: 'Avoid non-essential travel', level: 'Level 3' },
      { name: 'Germany', native: 'Reisewarnung', level: 'Level 4' },
    ]);
    // native wording may be in any script
    expect(q('[data-testid="native"]', govs[0]).getAttribute('dir')).toBe('auto');
    // leave-now is flagged only where the government says so; staleness only where it is stale
    expect(govs.map((g) => !!g.querySelector('[data-testid="leave-now"]'))).toEqual([false, false, false, true]);
    expect(plain(q('[data-testid="stale"]', govs[2]))).toBe('Stale: last confirmed 7 hours ago');
    expect(govs[0].querySelector('[data-testid="stale"]')).toBeNull();
    // regional maximum and reasons
    expect(plain(q('[data-testid="gov-level"][data-government="us"] [data-testid="regional"]', card('TR')))).toBe('parts: level 4');
    expect(q('[data-testid="reasons"]', card('IR')).textContent).toContain('you live here');
    expect(plain(q('[data-testid="reasons"]', card('IR')))).toContain('on route Plan A');
    expect(q('[data-testid="reasons"]', card('TR')).textContent).toContain('added by you');
    // header: Canada failed this round, so the status says so instead of "checked"; then the next round and interval
    const status = plain(q('[data-testid="watch-status"]'));
    const view = watchView();
    // the governments that answered are named: never "the others"
    expect(status).toContain(`Canada could not be reached; US, UK, Australia, and Germany were checked at ${formatClock(view.last_round, Date.now())}`);
    expect(status).not.toContain('the others');
    expect(status).not.toMatch(/Checked .* ago/);
    expect(status).toContain('next in 57 minutes');
    // government status: the failure in words, with since when; the server's message without internal feed names
    const failure = q('[data-government="ca"] [data-testid="government-error"]', q('[data-testid="government-status"]'));
    expect(plain(failure)).toBe(`⚠ could not be reached since ${formatClock(CA_FAILING_SINCE, Date.now())} (server error)`);
    expect(q('[data-testid="government-status"]').textContent).toContain('the travel.gc.ca server failed (HTTP 503)');
    expect(q('[data-testid="government-status"]').textContent).not.toContain('ca-travel');
    // history: one timeline, newest first, with the change spelled out
    const history = [...card('IR').querySelectorAll('[data-testid="timeline"] [data-testid="timeline-item"]')].map((li) => plain(li));
    expect(history).toHaveLength(2);
    expect(history[0]).toContain('level 3 → 4');
    expect(history[1]).toContain('first seen');
  });

  it('says "Checked 3 minutes ago" when every government answered the last round', async () => {
    await openAdvisories(() => watchView({ reach: { state: 'all', failed: [], data_from: new Date().toISOString() } }));
    const reach = q('[data-testid="watch-status"] [data-testid="reach"]');
    expect(reach.dataset.state).toBe('all');
    expect(plain(reach)).toBe('Checked 3 minutes ago');
  });

  it('marks "Governments disagree" only on countries where they do', async () => {
    await openAdvisories();
    expect(card('IR').querySelector('[data-testid="disagree"]')).toBeNull();
    expect(q('[data-testid="disagree"]', card('TR')).textContent).toContain('Governments disagree');
  });

  it('the Official page button opens the https page through the backend', async () => {
    const backend = await openAdvisories();
    await fireEvent.click(q('[data-testid="gov-level"][data-government="us"] [data-testid="official-page"]', card('IR')));
    await waitFor(() => expect(backend.callsTo('open_official_page')).toHaveLength(1));
    expect(backend.callsTo('open_official_page')[0].args).toEqual({ url: US_URL });
    // no URL, no button
    expect(card('IR').querySelector('[data-government="ca"] [data-testid="official-page"]')).toBeNull();
  });

  it('a link in a summary opens the https page in the system browser and never navigates the webview', async () => {
    const summary =
      `<p>Read the <a href="${US_URL}"><strong>full advisory</strong></a>, ` +
      '<a href="http://travel.state.gov/plain">plain http</a>, <a href="javascript:alert(1)">script</a>, ' +
      '<a href="/relative">relative</a>.</p>';
    const backend = await openAdvisories(() => watchView({ countries: [iran(summary)] }));
    const box = q('[data-testid="summary-html"]', card('IR'));
    const before = window.location.href;

    // a click on the text inside the link counts; the default action is cancelled
    const notCancelled = await fireEvent.click(q('strong', box));
    expect(notCancelled).toBe(false);
    await waitFor(() => expect(backend.callsTo('open_official_page')).toHaveLength(1));
    expect(backend.callsTo('open_official_page')[0].args).toEqual({ url: US_URL });

    for (const text of ['plain http', 'script', 'relative']) {
      const a = [...box.querySelectorAll('a')].find((x) => x.textContent === text)!;
      expect(await fireEvent.click(a)).toBe(false);
    }
    await sleep(10);
    expect(backend.callsTo('open_official_page')).toHaveLength(1);
    expect(window.location.href).toBe(before);
  });

  it('an unsanitised <img onerror> in a summary never reaches the page and is not a way out', async () => {
    const hostile =
      '<p>Hi<img src=x onerror="window.__pwned = 1"></p><script>window.__pwned = 2</script>' +
      '<a href="javascript:window.__pwned=3"><img src=x onerror="window.__pwned=4">click</a>' +
      '<svg onload="window.__pwned=5"><a href="https://evil.example/">svg link</a></svg>';
    const backend = await openAdvisories(() => watchView({ countries: [iran(hostile)] }));
    const box = q('[data-testid="summary-html"]', card('IR'));
    expect(box.querySelector('img, script, svg')).toBeNull();
    expect(box.innerHTML).not.toMatch(/onerror|onload|javascript:/i);
    // the click interception ignores it too
    const a = [...box.querySelectorAll('a')].find((x) => x.textContent === 'click')!;
    expect(await fireEvent.click(a)).toBe(false);
    await sleep(20);
    expect(backend.callsTo('open_official_page')).toHaveLength(0);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('"Check now" calls checkNow and is disabled while a round is running', async () => {
    let checking = false;
    const started = deferred<null>();
    const backend = await openAdvisories(() => watchView({ checking }), { check_now: () => started.promise });
    const button = q<HTMLButtonElement>('[data-testid="check-now"]');
    expect(button.disabled).toBe(false);
    await fireEvent.click(button);
    expect(backend.callsTo('check_now')).toHaveLength(1);
    await waitFor(() => expect(button.disabled).toBe(true)); // on its way to the backend
    checking = true;
    started.resolve(null);
    await waitFor(() => expect(q('[data-testid="watch-status"]').textContent).toContain('Checking'));
    expect(button.disabled).toBe(true); // the backend says the round is running
    await fireEvent.click(button);
    expect(backend.callsTo('check_now')).toHaveLength(1);
    // the round ends: the backend emits watch-updated and the view says so
    checking = false;
    await backend.emit('watch-updated');
    await waitFor(() => expect(button.disabled).toBe(false));
  });

  it('watch-updated reloads the view', async () => {
    let level = 3;
    const view = () => {
      const c = turkiye();
      c.levels[0].level = level;
      return watchView({ countries: [iran(), c] });
    };
    const backend = await openAdvisories(view);
    const us = () => plain(q('[data-testid="gov-level"][data-government="us"] [data-testid="level"]', card('TR')));
    expect(us()).toBe('Level 3');
    const loads = backend.callsTo('watch_view').length;
    level = 4;
    await backend.emit('watch-updated');
    await waitFor(() => expect(backend.callsTo('watch_view').length).toBe(loads + 1));
    await waitFor(() => expect(us()).toBe('Level 4'));
  });

  it('locking unsubscribes from watch-updated and forgets the view', async () => {
    const backend = await openAdvisories();
    await waitFor(() => expect(backend.listening('watch-updated')).toBe(1));
    await fireEvent.click(q('[data-testid="lock"]'));
    await waitFor(() => expect(document.querySelector('#unlock-passphrase')).not.toBeNull());
    await waitFor(() => expect(backend.listening('watch-updated')).toBe(0));
  });

  it('a clicked notification opens the Advisories section on that country', async () => {
    const scrolled: string[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push((this as HTMLElement).dataset.country ?? this.tagName);
    };
    try {
      const backend = mockBackend();
      await openApp(backend, 'dashboard');
      await backend.emit('open-country', { country: 'TR' });
      await waitFor(() => card('TR'));
      expect(q('[data-testid="nav-advisories"]').getAttribute('aria-current')).toBe('page');
      await waitFor(() => expect(scrolled).toContain('TR'));
      expect(document.activeElement).toBe(q('h3', card('TR')));
    } finally {
      Element.prototype.scrollIntoView = original;
    }
  });

  it('a notification clicked while locked shows its country after unlocking', async () => {
    const backend = mockBackend();
    await openApp(backend, 'dashboard');
    await fireEvent.click(q('[data-testid="lock"]'));
    await waitFor(() => q('#unlock-passphrase'));
    await backend.emit('open-country', { country: 'TR' });
    const input = q<HTMLInputElement>('#unlock-passphrase');
    input.value = 'correct horse battery';
    await fireEvent.input(input);
    await fireEvent.click(q('[data-testid="unlock"]'));
    await waitFor(() => card('TR'));
  });

  it('shows an empty state when nothing is watched', async () => {
    const backend = mockBackend({ watch_view: () => emptyWatch() });
    await openApp(backend, 'advisories');
    await waitFor(() => expect(plain(q('[data-testid="watch-empty"]'))).toMatch(/add your residence in\s+Household/i));
  });

  it('watch settings edit settings.watch through autosave; an extra_countries error shows beside that field', async () => {
    const outcome: SaveOutcome = {
      saved: false,
      errors: [{ at: { section: 'advisories', field: 'extra_countries' }, message: 'XX is not a country code' }],
      readiness: emptyReadiness(),
    };
    const backend = await openAdvisories(() => watchView(), { save_plan: () => outcome });
    await fireEvent.click(q('[data-testid="watch-government-de"]'));
    await fireEvent.click(q('[data-testid="watch-plan-in-notifications"]'));
    await waitFor(() => expect(backend.callsTo('save_plan')).toHaveLength(1));
    const sent = backend.callsTo('save_plan')[0].args.plan as Plan;
    expect(sent.settings.watch.governments).toEqual(['us', 'uk', 'ca', 'au']);
    expect(sent.settings.watch.plan_in_notifications).toBe(false);

    const select = q('#f-advisories-_-extra_countries');
    const box = select.closest('[data-field="extra_countries"]')!.parentElement!;
    await waitFor(() => expect(q('[data-testid="field-error"]', box).textContent).toContain('XX is not a country code'));
    // and not next to the governments
    const govBox = q('[data-testid="watch-government-us"]').closest('fieldset')!;
    expect(govBox.querySelector('[data-testid="field-error"]')).toBeNull();
    expect(q('[data-testid="nav-advisories"]').textContent).toContain('1');
  });

  it('warns when no government is selected', async () => {
    await openAdvisories();
    expect(document.querySelector('[data-testid="no-governments"]')).toBeNull();
    for (const g of ['us', 'uk', 'ca', 'au', 'de']) await fireEvent.click(q(`[data-testid="watch-government-${g}"]`));
    expect(q('[data-testid="no-governments"]').textContent).toMatch(/nothing is watched/);
  });
});

describe('dashboard suggestion', () => {
  const suggesting = () =>
    watchView({ suggestion: { phase: 'leave_now', tripwire_id: 'at-1', country: 'IR', government: 'us', level: 4 } });

  async function openDashboard(view: () => WatchView = suggesting) {
    const plan = samplePlan();
    plan.phases.current = 'normal';
    plan.phases.advisory_tripwires = [{ id: 'at-1', country: 'IR', min_level: 4, phase: 'leave_now' }];
    const backend = mockBackend({ unlock: () => session(plan), watch_view: () => view() });
    await openApp(backend, 'dashboard');
    await waitFor(() => q('[data-testid="suggestion"]'));
    return backend;
  }

  it('shows the compact summary per watched country', async () => {
    await openDashboard();
    const rows = [...document.querySelectorAll<HTMLElement>('[data-testid="advisory-summary"] li')];
    expect(rows.map((r) => [r.dataset.country, plain(q('.level-badge', r))])).toEqual([
      ['IR', 'Level 4'],
      ['TR', 'Level 3'],
    ]);
  });

  it('accepting switches the phase through autosave', async () => {
    const backend = await openDashboard();
    // the reason first (one rule decides; the dashboard shows which), then who suggests
    expect(plain(q('[data-testid="suggestion-text"]')).replace(/\s+/g, ' ').trim()).toBe(
      'US: Iran at level 4 — your tripwire suggests Leave now.',
    );
    await fireEvent.click(q('[data-testid="accept-suggestion"]'));
    await waitFor(() => expect(backend.callsTo('save_plan')).toHaveLength(1));
    const sent = backend.callsTo('save_plan')[0].args.plan as Plan;
    expect(sent.phases.current).toBe('leave_now');
    expect(Date.now() - Date.parse(sent.phases.since!)).toBeLessThan(60_000);
    expect(plain(q('[data-testid="phase-badge"]'))).toContain('Leave now');
    expect(document.querySelector('[data-testid="suggestion"]')).toBeNull(); // the plan is there now
  });

  it('"Not now" changes nothing and hides the banner until the suggestion changes', async () => {
    let view = suggesting();
    const backend = await openDashboard(() => view);
    await fireEvent.click(q('[data-testid="dismiss-suggestion"]'));
    expect(document.querySelector('[data-testid="suggestion"]')).toBeNull();
    await sleep(120); // longer than the test save delay
    expect(backend.callsTo('save_plan')).toHaveLength(0);
    expect(plain(q('[data-testid="phase-badge"]'))).toContain('Normal');
    // the same suggestion again: still hidden
    await backend.emit('watch-updated');
    await sleep(30);
    expect(document.querySelector('[data-testid="suggestion"]')).toBeNull();
    // a different one (another government, another level): shown
    view = watchView({ suggestion: { phase: 'prepare', tripwire_id: 'at-2', country: 'TR', government: 'au', level: 3 } });
    await backend.emit('watch-updated');
    await waitFor(() => expect(plain(q('[data-testid="suggestion-reason"]'))).toBe('Australia: Türkiye at level 3'));
  });
});

describe('advisory tripwires (Phases)', () => {
  it('adds a row with defaults and edits update plan.phases.advisory_tripwires', async () => {
    const backend = mockBackend();
    await openApp(backend, 'phases');
    await fireEvent.click(q('[data-testid="add-advisory-tripwire"]'));
    const row = q('[data-testid="advisory-tripwire"]');
    expect(q<HTMLSelectElement>('[data-testid="advisory-tripwire-country"]', row).value).toBe('IR'); // the residence
    expect(q<HTMLSelectElement>('[data-testid="advisory-tripwire-level"]', row).value).toBe('4');
    expect(q<HTMLSelectElement>('[data-testid="advisory-tripwire-phase"]', row).value).toBe('leave_now');
    // "normal" is not offered: a tripwire only moves the plan up
    const phases = [...q<HTMLSelectElement>('[data-testid="advisory-tripwire-phase"]', row).options].map((o) => o.value);
    expect(phases).toEqual(['prepare', 'leave_now', 'shelter_in_place']);

    const set = async (testid: string, value: string) => {
      const el = q<HTMLSelectElement>(`[data-testid="${testid}"]`, row);
      el.value = value;
      await fireEvent.input(el);
      await fireEvent.change(el);
    };
    await set('advisory-tripwire-country', 'TR');
    await set('advisory-tripwire-level', '3');
    await set('advisory-tripwire-government', 'uk');
    await set('advisory-tripwire-phase', 'prepare');
    await waitFor(() => {
      const last = backend.callsTo('save_plan').at(-1)?.args.plan as Plan | undefined;
      expect(last?.phases.advisory_tripwires[0]).toMatchObject({ country: 'TR', min_level: 3, government: 'uk', phase: 'prepare' });
    });
    const sent = backend.callsTo('save_plan').at(-1)!.args.plan as Plan;
    const t = sent.phases.advisory_tripwires[0];
    expect(t.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(typeof t.min_level).toBe('number');

    // back to "any government": the key is absent, not ""
    await set('advisory-tripwire-government', '');
    await waitFor(() => {
      const last = backend.callsTo('save_plan').at(-1)!.args.plan as Plan;
      expect('government' in last.phases.advisory_tripwires[0]).toBe(false);
    });
  });

  it('shows each tripwire error beside its field', async () => {
    const plan = samplePlan();
    plan.phases.advisory_tripwires = [{ id: 'at-1', country: 'IR', min_level: 4, phase: 'leave_now' }];
    const outcome: SaveOutcome = {
      saved: false,
      errors: [{ at: { section: 'phases', id: 'at-1', field: 'min_level' }, message: 'a level from 1 to 4' }],
      readiness: emptyReadiness(),
    };
    const backend = mockBackend({ unlock: () => session(plan), save_plan: () => outcome });
    await openApp(backend, 'phases');
    const level = q<HTMLSelectElement>('[data-entry="at-1"] [data-testid="advisory-tripwire-level"]');
    level.value = '2';
    await fireEvent.change(level);
    await waitFor(() => expect(level.parentElement!.querySelector('[data-testid="field-error"]')?.textContent).toContain('a level from 1 to 4'));
    expect(level.getAttribute('aria-invalid')).toBe('true');
    const country = q('[data-entry="at-1"] [data-testid="advisory-tripwire-country"]');
    expect(country.parentElement!.querySelector('[data-testid="field-error"]')).toBeNull();
  });
});

describe('watch helpers', () => {
  it('relative times read naturally', () => {
    const now = Date.parse('2026-01-10T14:00:00Z');
    expect(relativeTime('2026-01-10T13:57:00Z', now)).toBe('3 minutes ago');
    expect(relativeTime('2026-01-10T14:57:00Z', now)).toBe('in 57 minutes');
    expect(relativeTime('2026-01-10T13:59:40Z', now)).toBe('just now');
    expect(relativeTime('2026-01-10T14:00:20Z', now)).toBe('in less than a minute');
    expect(relativeTime('2026-01-10T09:00:00Z', now)).toBe('5 hours ago');
    expect(relativeTime('2026-01-09T13:00:00Z', now)).toBe('25 hours ago');
    expect(relativeTime('2026-01-07T14:00:00Z', now)).toBe('3 days ago');
    expect(relativeTime('not a time', now)).toBe('');
    expect(relativeTime(undefined, now)).toBe('');
  });

  it('dates and times are shown by Intl in the page language, on the 24-hour clock', () => {
    const at = new Date(2026, 0, 10, 14, 2).toISOString(); // 14:02 local time
    expect(formatTime(at)).toBe('14:02');
    expect(formatDateTime(at)).toBe('Jan 10, 2026, 14:02');
    expect(formatDateTime('not a time')).toBe('not a time');
    expect(formatDate('2026-11-25')).toBe('Nov 25, 2026'); // a calendar day, whatever the time zone
  });

  it('a suggestion only ever moves the plan up, and "Not now" is per suggestion', () => {
    const w = new WatchState({ locked: () => {}, fail: () => ({ code: 'internal', message: 'x' }) });
    w.view = watchView({ suggestion: { phase: 'prepare', tripwire_id: 't', country: 'IR', government: 'us', level: 3 } });
    expect(w.suggestionFor('normal')?.phase).toBe('prepare');
    expect(w.suggestionFor('prepare')).toBeNull();
    expect(w.suggestionFor('leave_now')).toBeNull(); // a stale view must not offer a step down
    w.dismiss(w.view.suggestion!);
    expect(w.suggestionFor('normal')).toBeNull();
    w.view = watchView({ suggestion: { phase: 'prepare', tripwire_id: 't', country: 'IR', government: 'us', level: 4 } });
    expect(w.suggestionFor('normal')?.level).toBe(4);
  });

  it('httpsUrl accepts absolute https only', () => {
    expect(httpsUrl('https://www.gov.uk/foreign-travel-advice/iran')).toBe('https://www.gov.uk/foreign-travel-advice/iran');
    for (const bad of ['http://www.gov.uk/', 'javascript:alert(1)', '/relative', '//evil.example/x', 'data:text/html,x', 'https://user:pw@evil.example/', '', null])
      expect(httpsUrl(bad)).toBeNull();
  });

  it('cleanSummaryHtml keeps the allow-list and drops everything executable', () => {
    const out = cleanSummaryHtml(
      '<p style="color:red" onclick="x()">Text <em>em</em></p><script>alert(1)</script><iframe src="https://x"></iframe>' +
        '<a href="https://ok.example/a" target="_blank" onmouseover="x()">ok</a><a href="javascript:x()">js</a>' +
        '<div><img src=x onerror=alert(1)>kept text</div><!-- comment --><abbr title="Foreign Office" class="c">FCDO</abbr>',
    );
    expect(out).toBe(
      '<p>Text <em>em</em></p><a href="https://ok.example/a">ok</a><a>js</a>kept text<abbr title="Foreign Office">FCDO</abbr>',
    );
  });

  it('cleanSummaryHtml keeps what the generated allow-list names, attributes only on their own elements', () => {
    const every = policy.tags.map((t) => `<${t}>${t}</${t}>`).join('');
    expect(cleanSummaryHtml(every)).toBe(every.replace('<br>br</br>', '<br>br<br>'));
    expect(cleanSummaryHtml('<abbr href="https://a.example/" title="t">x</abbr><a title="t" href="https://a.example/">y</a>')).toBe(
      '<abbr title="t">x</abbr><a href="https://a.example/">y</a>',
    );
    // an href is judged as the URL standard reads it (a browser drops the leading control character), and only
    // https is kept
    expect(cleanSummaryHtml('<a href="\u0007https://www.faa.gov/">faa</a>')).toBe('<a href="\u0007https://www.faa.gov/">faa</a>');
    expect(httpsUrl('\u0007https://www.faa.gov/')).toBe('https://www.faa.gov/');
    expect(cleanSummaryHtml('<a href="\u0007javascript:alert(1)">js</a><a href="http://x.example/">http</a>')).toBe('<a>js</a><a>http</a>');
  });

  it('interceptLinks swallows every link click in its element', () => {
    const div = document.createElement('div');
    div.innerHTML = '<a href="https://ok.example/">ok</a><a href="javascript:alert(1)">js</a><span>text</span>';
    document.body.append(div);
    const opened: string[] = [];
    const action = interceptLinks(div, (u) => opened.push(u));
    const [ok, js] = div.querySelectorAll('a');
    expect(ok.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }))).toBe(false);
    expect(js.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }))).toBe(false);
    expect(ok.dispatchEvent(new MouseEvent('auxclick', { bubbles: true, cancelable: true, button: 1 }))).toBe(false);
    expect(div.querySelector('span')!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }))).toBe(true);
    expect(opened).toEqual(['https://ok.example/']);
    action?.destroy?.();
    div.remove();
  });
});
