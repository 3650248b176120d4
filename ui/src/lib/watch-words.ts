// What the advisory watch says to a person, in one place: the Advisories section, the timeline and the dashboard
// take their sentences from here, read from the message catalogue (locales/*/advisories.ftl, dashboard.ftl) when
// shown, so in the active language. Internal feed names ("us-state-json") never reach these sentences: a feed is
// named by its government, or "U.S. Embassy".

import type {
  ErrorPayload,
  FeedHealth,
  Government,
  HistoryItem,
  PhaseSuggestion,
  Priority,
  PriorityRule,
  WatchReason,
  WatchView,
} from './generated/plan';
import { countryName } from './country-names';
import { formatClock, formatDay } from './dates';
import { i18n, t } from './i18n.svelte';
import { governmentLabel, phaseLabel } from './plan-utils';

/** The feed of U.S. embassy security alerts (the US government's second feed for a country). */
export const EMBASSY_SOURCE = 'us-embassy-alerts';
export const isEmbassy = (source: string | undefined) => source === EMBASSY_SOURCE;

/** Where a message puts a value that is shown as an element of its own (a link, a <time>, a bold word): pass
 *  SLOTS[0] (and SLOTS[1]) as that variable, then split the text with `pieces`. Private-use characters, so no
 *  translation or value contains them. */
export const SLOTS = ['\uE000', '\uE001'] as const;

/** A message formatted with slots as variables, cut into its text and its slots (0, 1) in the order the language
 *  puts them: a Persian sentence puts the time before its verb, English after it. */
export function pieces(text: string): (string | 0 | 1)[] {
  const out: (string | 0 | 1)[] = [];
  for (const part of text.split(/([\uE000\uE001])/)) {
    if (part === SLOTS[0]) out.push(0);
    else if (part === SLOTS[1]) out.push(1);
    else if (part) out.push(part);
  }
  return out;
}

/** Who published it, as a person names it: the government, or "U.S. Embassy" for an embassy's alert. */
export function sourceName(source: string | undefined, government: Government): string {
  return isEmbassy(source) ? t('advisories-source-us-embassy') : governmentLabel(government);
}

/** The publishers' own sites, for a technical message that names a feed ("the ca-travel server failed"). */
const FEED_HOST: Record<string, string> = {
  'us-state-json': 'travel.state.gov',
  'us-state-rss': 'travel.state.gov',
  'uk-fcdo': 'gov.uk',
  'ca-travel': 'travel.gc.ca',
  'au-smartraveller': 'smartraveller.gov.au',
  'de-aa': 'auswaertiges-amt.de',
};

/** A backend message with every internal feed name replaced by the publisher's site (the embassy by its name). */
export function plainMessage(message: string): string {
  return message.replace(/\b(us-state-json|us-state-rss|uk-fcdo|ca-travel|au-smartraveller|de-aa|us-embassy-alerts)\b/g, (id) =>
    isEmbassy(id) ? t('advisories-source-us-embassy') : (FEED_HOST[id] ?? id),
  );
}

/** Why a fetch failed, in a few words, by the error's code. */
const ERROR_WORDS: Record<string, () => string> = {
  timeout: () => t('advisories-error-timeout'),
  connect: () => t('advisories-error-connect'),
  transport: () => t('advisories-error-transport'),
  rate_limited: () => t('advisories-error-rate-limited'),
  server_error: () => t('advisories-error-server'),
  http_status: () => t('advisories-error-refused'),
  challenge_page: () => t('advisories-error-challenge-page'),
  too_many_redirects: () => t('advisories-error-redirects'),
  body_too_large: () => t('advisories-error-too-large'),
  implausible_count: () => t('advisories-error-implausible'),
  empty: () => t('advisories-error-unreadable'),
  invalid_json: () => t('advisories-error-unreadable'),
  invalid_xml: () => t('advisories-error-unreadable'),
  unexpected_shape: () => t('advisories-error-unreadable'),
  no_advisories: () => t('advisories-error-unreadable'),
};

/** Why a fetch failed, in a few words ("server error"), from the error's code. */
export function errorWords(e: ErrorPayload | undefined): string {
  if (!e) return '';
  return ERROR_WORDS[e.code]?.() ?? t('advisories-error-other');
}

/** `text` with the failure's reason after it: "could not be reached (server error)". */
const withWhy = (text: string, e: ErrorPayload | undefined) => {
  const why = errorWords(e);
  return why ? t('advisories-with-reason', { text, reason: why }) : text;
};

/** "Canada: could not be reached since 14:05 (server error)"; the embassy: "U.S. Embassy: source down since 14:05". */
export function feedFailureText(f: FeedHealth, now: number): string {
  const source = sourceName(f.source, f.government);
  const time = f.failing_since ? formatClock(f.failing_since, now) : '';
  let text: string;
  if (isEmbassy(f.source)) {
    text = time ? t('advisories-feed-down-since', { source, time }) : t('advisories-feed-down', { source });
  } else {
    text = time ? t('advisories-feed-unreachable-since', { source, time }) : t('advisories-feed-unreachable', { source });
  }
  return withWhy(text, f.error);
}

/** The government answered and has nothing on this country. */
export const noAdviceText = (countryName: string) => t('advisories-no-advice', { country: countryName });
export const notCheckedText = () => t('advisories-not-checked');
export const notReachedBadge = () => t('advisories-not-reached');

/** The governments table: why the last attempt failed, in words. */
export function governmentFailureText(e: ErrorPayload | undefined, failingSince: string | undefined, now: number): string {
  const time = failingSince ? formatClock(failingSince, now) : '';
  return withWhy(time ? t('advisories-unreachable-since', { time }) : t('advisories-unreachable'), e);
}

const lists = new Map<string, Intl.ListFormat>();
/** "Canada and Germany", in the interface's language. */
function listOf(items: string[]): string {
  let f = lists.get(i18n.locale);
  if (!f) {
    f = new Intl.ListFormat(i18n.locale, { type: 'conjunction' });
    lists.set(i18n.locale, f);
  }
  return f.format(items);
}

/** The first letter of a sentence made of clauses, as the language capitalises it (after any bidi mark). */
function sentenceStart(text: string): string {
  return text.replace(/\p{L}/u, (c) => c.toLocaleUpperCase(i18n.locale));
}

/** Some feeds answered, some did not: each kind of failure said for what it is, then who was checked. A
 *  government's advisory feed failing means its levels could not be reached; a U.S. embassy's alert feed failing
 *  says nothing of the US levels, so it is its own clause ("the U.S. Embassy's alerts for Iran could not be
 *  read"). What answered is named, never "the others". */
function someReachedText(view: WatchView, time: string, now: number): string {
  const enabled = view.governments.filter((g) => g.enabled);
  const unreached = enabled.filter((g) => g.error);
  const checked = enabled.filter((g) => !g.error && g.last_attempt);
  const embassies = view.countries.flatMap((c) => c.feeds.filter((f) => isEmbassy(f.source)).map((f) => ({ country: countryName(c.country, c.name), feed: f })));
  const down = embassies.filter((e) => e.feed.failing);

  const clauses: string[] = [];
  if (unreached.length) {
    clauses.push(t('advisories-reach-failed', { governments: listOf(unreached.map((g) => governmentLabel(g.government))) }));
  }
  if (down.length) {
    const countries = listOf([...new Set(down.map((e) => e.country))]);
    // Since the first of them went down.
    const since = down.map((e) => e.feed.failing_since).filter((s): s is string => !!s).sort()[0];
    clauses.push(
      since
        ? t('advisories-reach-embassy-down-since', { countries, time: formatClock(since, now) })
        : t('advisories-reach-embassy-down', { countries }),
    );
  }
  if (!clauses.length) {
    // The view names no failing feed: the reach's own list, or none.
    const governments = view.reach.failed.length ? listOf(view.reach.failed.map(governmentLabel)) : t('advisories-reach-some-governments');
    clauses.push(t('advisories-reach-failed', { governments }));
  }
  if (checked.length) {
    const governments = listOf(checked.map((g) => governmentLabel(g.government)));
    const count = checked.length;
    clauses.push(time ? t('advisories-reach-checked-at', { governments, count, time }) : t('advisories-reach-checked', { governments, count }));
  } else if (embassies.some((e) => !e.feed.failing && e.feed.last_success)) {
    clauses.push(time ? t('advisories-reach-embassy-read-at', { time }) : t('advisories-reach-embassy-read'));
  }
  return sentenceStart(clauses.reduce((first, then) => t('advisories-reach-then', { first, then })));
}

/** Whether the last rounds reached the governments, in words: never "checked just now" beside nothing. */
export function reachText(view: WatchView, now: number): string {
  const r = view.reach;
  const at = view.last_round ?? r.data_from;
  const time = at ? formatClock(at, now) : '';
  switch (r.state) {
    case 'not_yet':
      return notCheckedText();
    case 'all':
      return time ? t('advisories-reach-all-at', { time }) : t('advisories-reach-all');
    case 'some':
      return someReachedText(view, time, now);
    case 'none': {
      const since = r.since ? formatClock(r.since, now) : '';
      const day = r.data_from ? formatDay(r.data_from, now) : '';
      if (since) {
        return day ? t('advisories-reach-none-since-data', { time: since, day }) : t('advisories-reach-none-since', { time: since });
      }
      return day ? t('advisories-reach-none-data', { day }) : t('advisories-reach-none');
    }
  }
}

const PRIORITY: Record<Priority, () => string> = {
  high: () => t('advisories-priority-high'),
  normal: () => t('advisories-priority-normal'),
  low: () => t('advisories-priority-low'),
};

/** Why the watch gave an item its priority, one per rule the watch applies (lifeboat_advisory::priority). */
const RULE: Record<PriorityRule, () => string> = {
  leave_now: () => t('advisories-rule-leave-now'),
  evacuation: () => t('advisories-rule-evacuation'),
  ordered_departure: () => t('advisories-rule-ordered-departure'),
  staff_withdrawn: () => t('advisories-rule-staff-withdrawn'),
  embassy_closed: () => t('advisories-rule-embassy-closed'),
  airport_closed: () => t('advisories-rule-airport-closed'),
  border_closed: () => t('advisories-rule-border-closed'),
  curfew: () => t('advisories-rule-curfew'),
  reissued_without_amendment: () => t('advisories-rule-reissued-without-amendment'),
  editorial: () => t('advisories-rule-editorial'),
  no_level_change: () => t('advisories-rule-no-level-change'),
  new_item: () => t('advisories-rule-new-item'),
  level_rose: () => t('advisories-rule-level-rose'),
  level_lowered: () => t('advisories-rule-level-lowered'),
  no_longer_leave_now: () => t('advisories-rule-no-longer-leave-now'),
};

/** "High priority — tells people to leave": the priority in words with the rule's reason, in the interface's
 *  language by the rule's code; an entry recorded before codes were kept (or a rule newer than this interface)
 *  shows the English words the watch stored. */
export function priorityText(p: Priority, reason: string | undefined, code?: PriorityRule): string {
  const why = (code && RULE[code]?.()) || reason?.trim();
  return why ? t('advisories-priority-with-reason', { priority: PRIORITY[p](), reason: why }) : PRIORITY[p]();
}

/** What a timeline entry is: "level 3 → 4", "first seen", "Security alert", "Advisory update", "Text edited". */
export function historyText(h: HistoryItem): string {
  switch (h.kind) {
    case 'baseline':
      return isEmbassy(h.source) ? t('advisories-history-alert-baseline') : t('advisories-history-baseline');
    case 'changed':
      return h.from !== undefined && h.level !== undefined
        ? t('advisories-history-changed', { from: h.from, level: h.level })
        : t('advisories-history-now-level', { level: h.level ?? '?' });
    case 'reissued':
      return t('advisories-history-reissued');
    case 'leave_now_changed':
      return h.leave_now ? t('advisories-history-leave-now-given') : t('advisories-history-leave-now-changed');
    case 'update':
      return isEmbassy(h.source) ? t('advisories-history-alert') : t('advisories-history-update');
    case 'edited':
      return isEmbassy(h.source) ? t('advisories-history-alert-edited') : t('advisories-history-update-edited');
  }
}

export const publishedLabel = () => t('advisories-published');
export const seenLabel = () => t('advisories-seen');
export const officialPageLabel = () => t('advisories-official-page');
/** The Official page button's whole name for a screen reader: "Official page: UK on Iran". */
export const officialPageFor = (source: string, country: string) => t('advisories-official-page-for', { source, country });
export const showAllText = (count: number, hidden: number) => t('advisories-timeline-show-all', { count, hidden });
export const showFewerText = () => t('advisories-timeline-show-fewer');
export const timelineLabel = (countryName: string) => t('advisories-timeline-label', { country: countryName });

/** The cadence rule's figures (`lifeboat_advisory::cadence`; README, "The advisory watch" → "When"), for the
 *  tooltip that states the whole rule. What is in force now comes from the view, per kind of feed. */
const CADENCE = { alerts: 15, alertsHot: 5, levelsHot: 10 } as const;

/** How often the watch checks now, per kind of feed (`alert_interval_minutes`: the U.S. embassies' alerts and the
 *  UK index, which says which UK pages moved; `level_interval_minutes`: the other advisories). */
export function intervalText(view: WatchView): string {
  const fast = view.alert_interval_minutes;
  const levels = view.level_interval_minutes;
  const uk = view.governments.some((g) => g.government === 'uk' && g.enabled);
  const embassy = view.countries.some((c) => c.feeds.some((f) => isEmbassy(f.source)));
  if ((uk || embassy) && fast !== undefined) {
    const feeds = uk && embassy ? t('advisories-interval-fast-both') : embassy ? t('advisories-interval-fast-embassy') : t('advisories-interval-fast-uk');
    if (levels === undefined) return t('advisories-interval-fast', { fast: feeds, minutes: fast });
    return levels === 60
      ? t('advisories-interval-fast-hourly', { fast: feeds, minutes: fast })
      : t('advisories-interval-fast-others', { fast: feeds, minutes: fast, others: levels });
  }
  if (levels === 60) return t('advisories-interval-hourly');
  if (levels !== undefined && levels < 60) return t('advisories-interval-hot', { minutes: levels });
  return t('advisories-interval', { minutes: view.interval_minutes });
}

/** The whole cadence rule, for the interval line's tooltip. */
export const intervalRule = () =>
  t('advisories-interval-rule', { alerts: CADENCE.alerts, alerts_hot: CADENCE.alertsHot, others_hot: CADENCE.levelsHot });

export function reasonText(r: WatchReason): string {
  switch (r.kind) {
    case 'residence':
      return t('advisories-reason-residence');
    case 'route':
      return r.route_name ? t('advisories-reason-route', { route: r.route_name }) : t('advisories-reason-route-unnamed');
    case 'added':
      return t('advisories-reason-added');
  }
}

/** Why the watch suggests a phase: "Canada: Iraq at level 4", or the alert that decided: "U.S. Embassy: <title>". */
export function suggestionReason(s: PhaseSuggestion, view: WatchView | null, countryName: string): string {
  if (s.alert_title) {
    // The suggestion names the government; the history says whether the embassy or the advisory said it.
    const item = view?.countries
      .find((c) => c.country === s.country)
      ?.history.find((h) => h.government === s.government && h.title === s.alert_title);
    return t('dashboard-suggestion-alert', { source: sourceName(item?.source, s.government), title: s.alert_title });
  }
  return t('dashboard-suggestion-level', { government: governmentLabel(s.government), country: countryName, level: s.level });
}

/** "— your tripwire suggests Leave now.", or the built-in ladder's when no tripwire of the plan decided; the phase
 *  given as `phase` (a slot, to set it in bold: see `pieces`). */
export function suggestionWho(s: PhaseSuggestion, countryName: string, phase: string = phaseLabel(s.phase)): string {
  return s.tripwire_id
    ? t('dashboard-suggestion-by-tripwire', { phase })
    : t('dashboard-suggestion-by-rule', { country: countryName, phase });
}

export const suggestionPhase = (s: PhaseSuggestion) => phaseLabel(s.phase);

export const latestHighHeading = () => t('dashboard-latest-high');
