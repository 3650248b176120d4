// The backend for the UI's tests and for `npm run dev:mock`: Tauri's own IPC mock (`mockIPC`) answering every
// command with canned data (the sample plan, a watch of Iran and Türkiye). The UI goes through the same `invoke`
// calls as in the app, its event stream's `next_events` included. Nothing here re-implements a rule of the
// backend (validation, readiness, templates, the watch): a test that needs such an answer (a field error, a
// finding, a suggestion) gives it.

import { mockIPC } from '@tauri-apps/api/mocks';
import type { EventName } from '../lib/event-stream';
import { events } from '../lib/ipc';
import sample from '../../../tests/fixtures/sample-plan.json';
import type { CountryView, EventBatch, FeedHealth, Government, GovernmentStatus, HistoryItem, PlaceHit, Plan, Point, Readiness, Route, RouteMapView, SaveOutcome, Session, Status, WatchView } from '../lib/generated/plan';

// A command's arguments as the UI sends them (`{ plan }`, `{ path, choices }`…); tests read what they check.
export type Args = Record<string, any>;
export type Answer = (args: Args) => unknown;
export type Call = { cmd: string; args: Args };

/** The sample plan as the backend sends it: parsing fills in what later schema versions added, with their defaults. */
export function samplePlan(): Plan {
  const plan = structuredClone(sample) as unknown as Plan;
  plan.phases.advisory_tripwires ??= [];
  plan.settings.watch ??= {
    governments: ['us', 'uk', 'ca', 'au', 'de'],
    extra_countries: [],
    notifications: true,
    plan_in_notifications: true,
    close_to_tray: true,
    start_at_login: false,
  };
  return plan;
}

export function emptyReadiness(): Readiness {
  return { as_of: '2026-11-25', findings: [], checklists: [] };
}

export function session(plan: Plan = samplePlan(), readiness: Readiness = emptyReadiness()): Session {
  return { plan, readiness, has_recovery_key: false };
}

export function status(state: Status['state'] = 'locked'): Status {
  return { state, data_dir: '/data/lifeboat', app_version: '0.0.0-test' };
}

export const saved = (readiness = emptyReadiness()): SaveOutcome => ({
  saved: true,
  saved_at: '2026-11-25T14:02:00Z',
  errors: [],
  readiness,
});

const US_URL = 'https://travel.state.gov/content/travel/en/traveladvisories/traveladvisories/iran-travel-advisory.html';

/** Canada's feed has failed since 13:40 UTC on the day of the sample round; everyone else answered at 13:57. */
export const CA_FAILING_SINCE = '2026-01-10T13:40:00Z';
const ADVISORY_FEED: Record<Government, string> = {
  us: 'us-state-json',
  uk: 'uk-fcdo',
  ca: 'ca-travel',
  au: 'au-smartraveller',
  de: 'de-aa',
};

/** A card's feeds as the watch reports them: every enabled government's advisory feed and the U.S. embassy's. */
export function feeds(failing: Partial<Record<Government | 'embassy', string>> = { ca: CA_FAILING_SINCE }): FeedHealth[] {
  const one = (government: Government, source: string, since: string | undefined): FeedHealth =>
    since
      ? { government, source, failing: true, failing_since: since, error: { code: source === 'us-embassy-alerts' ? 'http_status' : 'server_error', message: `the ${source} server failed (HTTP 503)` } }
      : { government, source, failing: false, last_success: '2026-01-10T13:57:00Z' };
  return [
    one('us', 'us-state-json', failing.us),
    one('us', 'us-embassy-alerts', failing.embassy),
    ...(['uk', 'ca', 'au', 'de'] as const).map((g) => one(g, ADVISORY_FEED[g], failing[g])),
  ];
}

/** The U.S. Virtual Embassy Iran telling citizens to leave, at Level 4 as for years. */
export function embassyAlert(extra: Partial<HistoryItem> = {}): HistoryItem {
  return {
    at: '2026-01-10T13:57:00Z',
    government: 'us',
    source: 'us-embassy-alerts',
    kind: 'update',
    native_label: '',
    updated: '2026-01-10T13:30:00Z',
    title: 'Security Alert – U.S. Virtual Embassy Iran',
    text: 'Leave Iran now. Have a plan for departing Iran that does not rely on U.S. government help.',
    priority: 'high',
    reason: 'tells people to leave',
    url: 'https://ir.usembassy.gov/security-alert-u-s-virtual-embassy-iran/',
    leave_now: true,
    ...extra,
  };
}

export function iranView(summary = `<p>Do not travel. Read the <a href="${US_URL}">full advisory</a>.</p>`): CountryView {
  return {
    country: 'IR',
    name: 'Iran',
    reasons: [{ kind: 'residence' }, { kind: 'route', route_id: 'r-a', route_name: 'Plan A' }],
    levels: [
      { government: 'us', source: 'us-state-json', level: 4, native_label: 'Level 4: Do Not Travel', leave_now: false, updated: '2026-01-09T10:00:00Z', checked: '2026-01-10T13:57:00Z', stale: false, url: US_URL, summary_html: summary },
      { government: 'uk', source: 'uk-fcdo', level: 4, native_label: 'Advice against all travel', leave_now: false, stale: false, url: 'https://www.gov.uk/foreign-travel-advice/iran', summary_html: '' },
      { government: 'ca', source: 'ca-travel', level: 3, native_label: 'Avoid non-essential travel', leave_now: false, checked: new Date(Date.now() - 7 * 3600_000).toISOString(), stale: true, summary_html: '' },
      { government: 'de', source: 'de-aa', level: 4, native_label: 'Reisewarnung', leave_now: true, stale: false, summary_html: '' },
    ],
    highest: 4,
    disagree: false,
    history: [
      { at: '2026-01-10T12:00:00Z', government: 'us', source: 'us-state-json', kind: 'changed', level: 4, from: 3, native_label: 'Level 4: Do Not Travel', updated: '2026-01-09T10:00:00Z', leave_now: false },
      { at: '2026-01-05T12:00:00Z', government: 'us', source: 'us-state-json', kind: 'baseline', level: 3, native_label: 'Level 3: Reconsider Travel', leave_now: false },
    ],
    feeds: feeds(),
  };
}

export function turkiyeView(): CountryView {
  return {
    country: 'TR',
    name: 'Türkiye',
    reasons: [{ kind: 'added' }],
    levels: [
      { government: 'us', source: 'us-state-json', level: 2, native_label: 'Level 2: Exercise Increased Caution', leave_now: false, regional_max: 4, stale: false, summary_html: '' },
      { government: 'uk', source: 'uk-fcdo', level: 1, native_label: 'See our travel advice before travelling', leave_now: false, stale: false, summary_html: '' },
      { government: 'au', source: 'au-smartraveller', level: 3, native_label: 'Reconsider your need to travel', leave_now: false, stale: false, summary_html: '' },
    ],
    highest: 3,
    disagree: true,
    history: [],
    feeds: feeds(),
  };
}

function answered(government: Government, countries: number): GovernmentStatus {
  return { government, enabled: true, last_success: '2026-01-10T13:57:00Z', last_attempt: '2026-01-10T13:57:00Z', stale: false, countries };
}

/** A watch three minutes after a round: Iran and Türkiye, Canada failing since 13:40 (its data is stale). */
export function sampleWatch(extra: Partial<WatchView> = {}): WatchView {
  return {
    countries: [iranView(), turkiyeView()],
    governments: [
      answered('us', 211),
      answered('uk', 226),
      {
        government: 'ca',
        enabled: true,
        last_success: '2026-01-09T09:00:00Z',
        last_attempt: '2026-01-10T13:57:00Z',
        error: { code: 'server_error', message: 'the ca-travel server failed (HTTP 503)' },
        stale: true,
        failing_since: CA_FAILING_SINCE,
        countries: 231,
      },
      answered('au', 177),
      answered('de', 201),
    ],
    highest: 4,
    checking: false,
    last_round: new Date(Date.now() - 3 * 60_000).toISOString(),
    next_round: new Date(Date.now() + 57 * 60_000 + 30_000).toISOString(),
    interval_minutes: 10,
    reach: { state: 'some', failed: ['ca'], data_from: '2026-01-10T13:57:00Z' },
    ...extra,
  };
}

/** A watch with nothing in it yet (no poll round so far). */
export function emptyWatch(): WatchView {
  return { countries: [], governments: [], checking: false, interval_minutes: 60, reach: { state: 'not_yet', failed: [] } };
}

// Names and aliases as the backend's table has them (the UI invents none).
const COUNTRIES = (
  [
    ['AM', 'Armenia', []],
    ['DE', 'Germany', ['Deutschland']],
    ['FR', 'France', []],
    ['GB', 'United Kingdom', ['UK', 'Britain', 'Great Britain']],
    ['GE', 'Georgia', []],
    ['IQ', 'Iraq', []],
    ['IR', 'Iran', ['Persia', 'Islamic Republic of Iran']],
    ['TR', 'Türkiye', ['Turkey']],
    ['US', 'United States', ['USA', 'United States of America']],
  ] as const
).map(([code, name, aliases]) => ({ code, name, aliases: [...aliases] }));

/**
 * A stand-in for the backend's map: each placed leg a straight line in plain degrees (x = longitude + 180,
 * y = 90 − latitude), with the `data-route`/`data-leg` hooks the real SVG has. It draws no borders and shades
 * nothing: what the real map looks like is the map crate's tests' and the end-to-end tests' to check.
 */
export function drawnMap(routes: Route[], frame = 1): RouteMapView {
  const xy = (p: Point) => `${(p.lon + 180).toFixed(2)} ${(90 - p.lat).toFixed(2)}`;
  const view: RouteMapView = { svg: '', frame, routes: [], unplaced: [] };
  const groups = routes.map((r, ri) => {
    view.routes.push({ route_id: r.id, leg_ids: r.legs.map((l) => l.id) });
    const lines = r.legs.map((l, li) => {
      if (l.border_crossing && !l.crossing_point) view.unplaced.push({ route_id: r.id, leg_id: l.id, crossing: true });
      if (!l.from_point || !l.to_point) {
        view.unplaced.push({ route_id: r.id, leg_id: l.id, crossing: false });
        return '';
      }
      return `<path class="leg" data-leg="${li}" d="M${xy(l.from_point)} L${xy(l.to_point)}" stroke="#000"/>`;
    });
    return `<g class="route" data-route="${ri}">${lines.join('')}</g>`;
  });
  view.svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 180" width="360" height="180"><title>Routes out</title>${groups.join('')}</svg>`;
  return view;
}

/** A few places of the gazetteer, as `search_places` answers them. */
export const PLACES: PlaceHit[] = [
  { kind: 'town', matched: 'Tehran', name: 'Tehran', code: '', countries: ['IR'], point: { lat: 35.6944, lon: 51.4215 }, source: 'geonames:112931' },
  { kind: 'airport', matched: 'Imam Khomeini International Airport', name: 'Imam Khomeini International Airport', code: 'IKA', countries: ['IR'], point: { lat: 35.4161, lon: 51.1522 }, serves: 'Tehran', source: 'ourairports:OIIE' },
  { kind: 'crossing', matched: 'Bazargan / Gürbulak', name: 'Bazargan / Gürbulak', code: '', countries: ['IR', 'TR'], point: { lat: 39.3997, lon: 44.3697 }, source: 'crossing:bazargan-gurbulak' },
];
const SPELLINGS: Record<string, string[]> = { 'geonames:112931': ['تهران'], 'crossing:bazargan-gurbulak': ['بازرگان'] };

function searchPlaces(query: string): PlaceHit[] {
  const q = query.trim().toLowerCase();
  return PLACES.flatMap((p) => {
    const matched = [p.name, ...(SPELLINGS[p.source] ?? [])].find((n) => q && n.toLowerCase().startsWith(q));
    return matched ? [{ ...p, matched }] : [];
  });
}

let frames = 0;

const CANNED: Record<string, Answer> = {
  status: () => status(),
  create_vault: () => session(),
  unlock: () => session(),
  recover: () => session(),
  import_plan_json: () => session(),
  restore_backup: () => session(),
  save_plan: () => saved(),
  new_checklist: ({ template }) => ({ id: 'new-list', title: 'From template', template, items: [] }),
  countries: () => COUNTRIES,
  templates: () => [
    { template: 'go_bag_72h', title: '72-hour go-bag', items: 12 },
    { template: 'documents_and_copies', title: 'Documents and copies', items: 9 },
    { template: 'money', title: 'Money', items: 5 },
    { template: 'digital', title: 'Digital', items: 6 },
    { template: 'home_and_pets', title: 'Home and pets', items: 6 },
    { template: 'departure_day', title: 'Departure day', items: 8 },
  ],
  add_recovery_key: () => 'AGE-SECRET-KEY-1TEST',
  export_pdf: () => ({ pages: 4, bytes: 40_000, warnings: [] }),
  list_backups: () => [],
  remember_language: ({ code }) => code,
  watch_view: () => sampleWatch(),
  route_map: ({ routes }) => drawnMap(routes, ++frames),
  search_places: ({ query }) => searchPlaces(query),
  point_info: ({ query }) =>
    query.at === 'coordinates'
      ? { point: { lat: query.lat, lon: query.lon }, country: 'IR' }
      : { point: { lat: 90 - query.y, lon: query.x - 180 }, country: 'TR' },
  'plugin:dialog|save': ({ options }) => `/tmp/${options.defaultPath}`,
  'plugin:dialog|open': () => '/tmp/plan.json',
};
for (const cmd of ['lock', 'touch', 'change_passphrase', 'export_plan_json', 'export_vcard', 'export_ical', 'check_now',
  'open_official_page', 'copy_secret', 'report_ready'])
  CANNED[cmd] = () => null;

export interface MockBackend {
  /** Every command the UI sent, the event stream's requests included, in order. */
  calls: Call[];
  callsTo(cmd: string): Call[];
  /** The backend sends an event (`vault-locked`, `watch-updated`, `open-country`…), with its fields; resolves
   *  once the page's waiting `next_events` request has been answered and its handlers have run. */
  emit(event: EventName, fields?: Record<string, unknown>): Promise<void>;
  /** How many handlers the UI holds for an event right now. */
  listening(event: EventName): number;
}

/** Answer the UI's commands: `answers` first (by command name), then the canned ones; `next_events` as the
 *  backend's event stream does (src-tauri/src/events.rs). Tests clear it with `clearMocks()` (setup.ts). */
export function mockBackend(answers: Record<string, Answer> = {}): MockBackend {
  const calls: Call[] = [];
  // The event stream: numbered events, and the requests waiting for the next one.
  const sent: unknown[] = [];
  let waiting: (() => void)[] = [];
  const nextEvents = async ({ after }: Args): Promise<EventBatch> => {
    // No cursor: from now. A cursor past the end comes from an earlier test's backend (the page's modules outlive
    // each mock): from now too.
    const from = typeof after === 'number' && after <= sent.length ? after : sent.length;
    while (sent.length <= from) await new Promise<void>((resolve) => waiting.push(resolve));
    return { next: sent.length, events: sent.slice(from) as EventBatch['events'], missed: false };
  };
  mockIPC((cmd, args) => {
    if (cmd === 'next_events') return nextEvents((args ?? {}) as Args);
    const answer = CANNED[cmd];
    if (!answer) throw new Error(`the mock backend has no answer for ${cmd}`);
    return answer((args ?? {}) as Args);
  });
  const internals = (window as unknown as { __TAURI_INTERNALS__: { invoke: (...a: unknown[]) => Promise<unknown> } })
    .__TAURI_INTERNALS__;
  const mocked = internals.invoke;
  internals.invoke = async (cmd, args, options) => {
    calls.push({ cmd: cmd as string, args: JSON.parse(JSON.stringify(args ?? {})) });
    const answer = answers[cmd as string];
    return answer ? answer((args ?? {}) as Args) : mocked(cmd, args, options);
  };
  const callsTo = (cmd: string) => calls.filter((c) => c.cmd === cmd);
  return {
    calls,
    callsTo,
    async emit(event, fields) {
      sent.push({ event, ...fields });
      const woken = waiting;
      waiting = [];
      woken.forEach((wake) => wake());
      // The answer travels through a few promise steps, then the handlers run: a task later, all of them have.
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    listening: (event) => events.listeners(event),
  };
}

export function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
