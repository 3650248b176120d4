// The advisory watch of the mock backend: plausible levels for Iran and Türkiye from five governments, a
// history, Canada failing (stale), and the tripwire suggestion computed from the plan the way the backend does.
// Only imported by mock-backend.ts, so production builds never contain it.

import type {
  CountryView,
  Government,
  GovernmentLevel,
  GovernmentStatus,
  HistoryItem,
  Plan,
  PhaseSuggestion,
  WatchReason,
  WatchView,
} from './generated/plan';
import { PHASE_RANK } from './plan-utils';

const ALL: Government[] = ['us', 'uk', 'ca', 'au', 'de'];
const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

type Advice = Omit<GovernmentLevel, 'checked' | 'stale'>;

const ADVICE: Record<string, Advice[]> = {
  IR: [
    {
      government: 'us', source: 'us-state-json', level: 4, native_label: 'Level 4: Do Not Travel', leave_now: false,
      updated: ago(60 * 26),
      url: 'https://travel.state.gov/content/travel/en/traveladvisories/traveladvisories/iran-travel-advisory.html',
      summary_html:
        '<p>Do not travel to Iran due to the risk of terrorism, unrest, kidnapping, and the arbitrary arrest and detention of U.S. citizens.</p>' +
        '<p>U.S. citizens in Iran should <strong>consider departing</strong> when it is safe to do so. Read the ' +
        '<a href="https://travel.state.gov/content/travel/en/traveladvisories/traveladvisories/iran-travel-advisory.html" rel="noopener noreferrer">full advisory</a>.</p>',
    },
    {
      government: 'uk', source: 'uk-fcdo', level: 4, native_label: 'FCDO advises against all travel to Iran', leave_now: false,
      updated: ago(60 * 50), url: 'https://www.gov.uk/foreign-travel-advice/iran',
      summary_html:
        '<p>FCDO advises against all travel to Iran.</p><ul><li>British-Iranian dual nationals are at significant risk of arbitrary detention.</li>' +
        '<li>Check <a href="https://www.gov.uk/foreign-travel-advice/iran/safety-and-security" rel="noopener noreferrer">safety and security</a> before you go.</li></ul>',
    },
    {
      government: 'ca', source: 'ca-travel', level: 3, native_label: 'Avoid non-essential travel', leave_now: false,
      updated: ago(60 * 24 * 6), url: 'https://travel.gc.ca/destinations/iran',
      summary_html: '<p>Avoid non-essential travel to Iran due to the volatile security situation.</p>',
    },
    {
      government: 'au', source: 'au-smartraveller', level: 4, native_label: 'Do not travel', leave_now: false,
      updated: ago(60 * 30), url: 'https://www.smartraveller.gov.au/destinations/middle-east/iran',
      summary_html: '<p><strong>Do not travel</strong> to Iran due to the volatile security situation and the risk of arbitrary detention.</p>',
    },
    {
      government: 'de', source: 'de-aa', level: 4, native_label: 'Reisewarnung', leave_now: true,
      updated: ago(60 * 20), url: 'https://www.auswaertiges-amt.de/de/service/laender/iran-node/iransicherheit-202396',
      summary_html:
        '<p>Vor Reisen nach Iran wird gewarnt. Deutsche Staatsangehörige werden <strong>aufgefordert, das Land zu verlassen</strong>.</p>' +
        '<p><a href="https://www.auswaertiges-amt.de/de/service/laender/iran-node/iransicherheit-202396" rel="noopener noreferrer">Reise- und Sicherheitshinweise</a></p>',
    },
  ],
  TR: [
    {
      government: 'us', source: 'us-state-json', level: 2, native_label: 'Level 2: Exercise Increased Caution', leave_now: false,
      regional_max: 4, updated: ago(60 * 24 * 40),
      url: 'https://travel.state.gov/content/travel/en/traveladvisories/traveladvisories/turkey-travel-advisory.html',
      summary_html: '<p>Exercise increased caution in Türkiye due to terrorism and arbitrary detentions. Do not travel to Sirnak and Hakkari provinces.</p>',
    },
    {
      government: 'uk', source: 'uk-fcdo', level: 1, native_label: 'See our travel advice before travelling', leave_now: false,
      regional_max: 4, updated: ago(60 * 24 * 9), url: 'https://www.gov.uk/foreign-travel-advice/turkey',
      summary_html: '<p>FCDO advises against all travel to within 10km of the border with Syria.</p>',
    },
    {
      government: 'ca', source: 'ca-travel', level: 2, native_label: 'Exercise a high degree of caution', leave_now: false,
      regional_max: 4, updated: ago(60 * 24 * 12), url: 'https://travel.gc.ca/destinations/turkey',
      summary_html: '<p>Exercise a high degree of caution in Türkiye due to the threat of terrorism.</p>',
    },
    {
      government: 'au', source: 'au-smartraveller', level: 3, native_label: 'Reconsider your need to travel', leave_now: false,
      regional_max: 4, updated: ago(60 * 24 * 3), url: 'https://www.smartraveller.gov.au/destinations/europe/turkey',
      summary_html: '<p>Reconsider your need to travel to Türkiye overall due to the threat of terrorism.</p>',
    },
    {
      government: 'de', source: 'de-aa', level: 1, native_label: 'Sicherheitshinweise', leave_now: false,
      regional_max: 3, updated: ago(60 * 24 * 20), url: 'https://www.auswaertiges-amt.de/de/service/laender/tuerkei-node/tuerkeisicherheit-201962',
      summary_html: '<p>Von Reisen in die Grenzgebiete zu Syrien und Irak wird abgeraten.</p>',
    },
  ],
};

const HISTORY: Record<string, HistoryItem[]> = {
  IR: [
    { at: ago(60 * 20), government: 'de', kind: 'leave_now_changed', level: 4, native_label: 'Reisewarnung', updated: ago(60 * 20) },
    { at: ago(60 * 25), government: 'us', kind: 'changed', level: 4, from: 3, native_label: 'Level 4: Do Not Travel', updated: ago(60 * 26) },
    { at: ago(60 * 48), government: 'uk', kind: 'reissued', level: 4, native_label: 'FCDO advises against all travel to Iran', updated: ago(60 * 50) },
    ...ALL.map((g, i): HistoryItem => ({
      at: ago(60 * 24 * 5 + i),
      government: g,
      kind: 'baseline',
      level: g === 'us' || g === 'ca' ? 3 : 4,
      native_label: g === 'us' ? 'Level 3: Reconsider Travel' : (ADVICE.IR.find((a) => a.government === g)?.native_label ?? ''),
    })),
  ],
  TR: ALL.map((g, i): HistoryItem => {
    const a = ADVICE.TR.find((x) => x.government === g)!;
    return { at: ago(60 * 24 * 5 + i), government: g, kind: 'baseline', level: a.level, native_label: a.native_label };
  }),
};

const COUNTS: Record<Government, number> = { us: 211, uk: 226, ca: 231, au: 177, de: 201 };

/** Watched countries in the backend's order: residences, then route countries, then the user's additions. */
function watched(plan: Plan): { country: string; reasons: WatchReason[] }[] {
  const out = new Map<string, WatchReason[]>();
  const add = (code: string, why: WatchReason) => {
    const c = code.trim().toUpperCase();
    if (!c) return;
    const list = out.get(c) ?? [];
    if (!list.some((r) => JSON.stringify(r) === JSON.stringify(why))) list.push(why);
    out.set(c, list);
  };
  for (const p of [plan.profile, ...plan.household]) add(p.residence_country, { kind: 'residence' });
  for (const r of plan.routes)
    for (const l of r.legs) {
      const why: WatchReason = { kind: 'route', route_id: r.id, route_name: r.name };
      add(l.from_country, why);
      add(l.to_country, why);
    }
  for (const c of plan.settings.watch.extra_countries) add(c, { kind: 'added' });
  return [...out].map(([country, reasons]) => ({ country, reasons }));
}

export interface MockWatch {
  checking: boolean;
  lastRound: string;
  view(plan: Plan, name: (code: string) => string): WatchView;
}

export function createMockWatch(): MockWatch {
  return {
    checking: false,
    lastRound: ago(3),
    view(plan, name) {
      const on = new Set(plan.settings.watch.governments);
      const countries: CountryView[] = watched(plan).map(({ country, reasons }) => {
        const levels: GovernmentLevel[] = (ADVICE[country] ?? [])
          .filter((a) => on.has(a.government))
          .map((a) => ({ ...a, stale: a.government === 'ca', checked: a.government === 'ca' ? ago(60 * 7) : this.lastRound }));
        const nums = levels.map((l) => l.level);
        return {
          country,
          name: name(country),
          reasons,
          levels,
          highest: nums.length ? Math.max(...nums) : undefined,
          disagree: nums.length > 1 && Math.max(...nums) - Math.min(...nums) >= 2,
          history: (HISTORY[country] ?? []).filter((h) => on.has(h.government)),
        };
      });
      const governments: GovernmentStatus[] = ALL.map((g) => ({
        government: g,
        enabled: on.has(g),
        last_success: g === 'ca' ? ago(60 * 7) : this.lastRound,
        last_attempt: this.lastRound,
        error: g === 'ca' ? { code: 'http_status', message: 'travel.gc.ca answered 503 Service Unavailable' } : undefined,
        stale: g === 'ca',
        countries: COUNTS[g],
      }));
      const highs = countries.flatMap((c) => (c.highest === undefined ? [] : [c.highest]));
      const highest = highs.length ? Math.max(...highs) : undefined;
      let suggestion: PhaseSuggestion | undefined;
      for (const t of plan.phases.advisory_tripwires) {
        if (PHASE_RANK[t.phase] <= PHASE_RANK[plan.phases.current]) continue;
        if (suggestion && PHASE_RANK[suggestion.phase] >= PHASE_RANK[t.phase]) continue;
        const hit = countries
          .find((c) => c.country === t.country.toUpperCase())
          ?.levels.filter((l) => (!t.government || l.government === t.government) && l.level >= t.min_level)
          .sort((a, b) => b.level - a.level)[0];
        if (hit) suggestion = { phase: t.phase, tripwire_id: t.id, country: t.country.toUpperCase(), government: hit.government, level: hit.level };
      }
      const fast = (highest ?? 0) >= 3 || plan.phases.current !== 'normal';
      const interval = fast ? 10 : 60;
      return {
        countries,
        governments,
        highest,
        suggestion,
        checking: this.checking,
        last_round: this.lastRound,
        next_round: new Date(Date.parse(this.lastRound) + interval * 60_000).toISOString(),
        interval_minutes: interval,
      };
    },
  };
}
