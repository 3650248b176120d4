// What the advisory watch says to a person, in one place: the Advisories section, the timeline and the dashboard
// take their sentences from here, so the message catalogue (issue 15) can take them over in one move. Internal feed
// names ("us-state-json") never reach these sentences: a feed is named by its government, or "U.S. Embassy".

import type {
  ErrorPayload,
  FeedHealth,
  Government,
  HistoryItem,
  PhaseSuggestion,
  Priority,
  WatchReason,
  WatchView,
} from './generated/plan';
import { formatClock, formatDay } from './dates';
import { governmentLabel, phaseLabel } from './plan-utils';

/** The feed of U.S. embassy security alerts (the US government's second feed for a country). */
export const EMBASSY_SOURCE = 'us-embassy-alerts';
export const isEmbassy = (source: string | undefined) => source === EMBASSY_SOURCE;

/** Who published it, as a person names it: the government, or "U.S. Embassy" for an embassy's alert. */
export function sourceName(source: string | undefined, government: Government): string {
  return isEmbassy(source) ? 'U.S. Embassy' : governmentLabel(government);
}

/** The publishers' own sites, for a technical message that names a feed ("the ca-travel server failed"). */
const FEED_HOST: Record<string, string> = {
  'us-state-json': 'travel.state.gov',
  'us-state-rss': 'travel.state.gov',
  'uk-fcdo': 'gov.uk',
  'ca-travel': 'travel.gc.ca',
  'au-smartraveller': 'smartraveller.gov.au',
  'de-aa': 'auswaertiges-amt.de',
  [EMBASSY_SOURCE]: 'U.S. Embassy',
};

/** A backend message with every internal feed name replaced by the publisher's site. */
export function plainMessage(message: string): string {
  return message.replace(/\b(us-state-json|us-state-rss|uk-fcdo|ca-travel|au-smartraveller|de-aa|us-embassy-alerts)\b/g, (id) => FEED_HOST[id] ?? id);
}

/** Why a fetch failed, in a few words ("server error"), from the error's code. */
export function errorWords(e: ErrorPayload | undefined): string {
  switch (e?.code) {
    case undefined:
      return '';
    case 'timeout':
      return 'no answer in time';
    case 'connect':
      return 'no connection';
    case 'transport':
      return 'connection broken';
    case 'rate_limited':
      return 'too many requests';
    case 'server_error':
      return 'server error';
    case 'http_status':
      return 'request refused';
    case 'challenge_page':
      return 'blocked by a check page';
    case 'too_many_redirects':
      return 'redirected in circles';
    case 'body_too_large':
      return 'answer too large';
    case 'implausible_count':
      return 'answer looked wrong, kept the last good data';
    case 'empty':
    case 'invalid_json':
    case 'invalid_xml':
    case 'unexpected_shape':
    case 'no_advisories':
      return 'answer could not be read';
    default:
      return 'error';
  }
}

/** "Canada: could not be reached since 14:05 (server error)"; the embassy: "U.S. Embassy: source down since 14:05". */
export function feedFailureText(f: FeedHealth, now: number): string {
  const since = f.failing_since ? ` since ${formatClock(f.failing_since, now)}` : '';
  const why = errorWords(f.error);
  const tail = why ? ` (${why})` : '';
  return isEmbassy(f.source)
    ? `${sourceName(f.source, f.government)}: source down${since}${tail}`
    : `${sourceName(f.source, f.government)}: could not be reached${since}${tail}`;
}

/** The government answered and has nothing on this country. */
export const noAdviceText = (countryName: string) => `No advice from this government for ${countryName} yet.`;
export const notCheckedText = 'Not checked yet';
export const notReachedBadge = 'Not reached';

/** The governments table: why the last attempt failed, in words. */
export function governmentFailureText(e: ErrorPayload | undefined, failingSince: string | undefined, now: number): string {
  const since = failingSince ? ` since ${formatClock(failingSince, now)}` : '';
  const why = errorWords(e);
  return `could not be reached${since}${why ? ` (${why})` : ''}`;
}

const list = new Intl.ListFormat('en', { type: 'conjunction' });

/** Whether the last rounds reached the governments, in words: never "checked just now" beside nothing. */
export function reachText(view: WatchView, now: number): string {
  const r = view.reach;
  const at = view.last_round ?? r.data_from;
  switch (r.state) {
    case 'not_yet':
      return notCheckedText;
    case 'all':
      return at ? `checked at ${formatClock(at, now)}` : 'checked';
    case 'some': {
      const failed = list.format(r.failed.map(governmentLabel));
      const others = at ? `the others were checked at ${formatClock(at, now)}` : 'the others were checked';
      return `${failed || 'Some governments'} could not be reached; ${others}`;
    }
    case 'none': {
      const since = r.since ? ` since ${formatClock(r.since, now)}` : '';
      const data = r.data_from
        ? `the levels shown are from ${formatDay(r.data_from, now)}`
        : 'there are no levels to show yet';
      return `No government could be reached${since}; ${data}`;
    }
  }
}

const PRIORITY: Record<Priority, string> = { high: 'High priority', normal: 'Normal priority', low: 'Low priority' };

/** "High priority — tells people to leave": the priority in words with the rule's reason. */
export function priorityText(p: Priority, reason: string | undefined): string {
  const why = reason?.trim();
  return why ? `${PRIORITY[p]} — ${why}` : PRIORITY[p];
}

/** What a timeline entry is: "level 3 → 4", "first seen", "Security alert", "Advisory update", "Text edited". */
export function historyText(h: HistoryItem): string {
  switch (h.kind) {
    case 'baseline':
      return 'first seen';
    case 'changed':
      return h.from !== undefined ? `level ${h.from} → ${h.level}` : `now level ${h.level}`;
    case 'reissued':
      return 're-issued, same level';
    case 'leave_now_changed':
      return h.leave_now ? '“leave now” advice given' : '“leave now” advice changed';
    case 'update':
      return isEmbassy(h.source) ? 'Security alert' : 'Advisory update';
    case 'edited':
      return isEmbassy(h.source) ? 'Alert text edited' : 'Update text edited';
  }
}

export const publishedLabel = 'Published';
export const seenLabel = 'seen by this computer';
export const officialPageLabel = 'Official page';
export const showAllText = (n: number) => `Show all ${n} entries`;
export const showFewerText = 'Show fewer';
export const timelineLabel = (countryName: string) => `Timeline for ${countryName}, newest first`;

export function intervalText(minutes: number): string {
  return minutes < 60
    ? `every ${minutes} min while a watched country is at level 3+ or your plan is above normal`
    : `every ${minutes} min`;
}

export function reasonText(r: WatchReason): string {
  switch (r.kind) {
    case 'residence':
      return 'you live here';
    case 'route':
      return `on route ${r.route_name || 'unnamed route'}`;
    case 'added':
      return 'added by you';
  }
}

/** Why the watch suggests a phase: "Canada: Iraq at level 4", or the alert that decided: "U.S. Embassy: <title>". */
export function suggestionReason(s: PhaseSuggestion, view: WatchView | null, countryName: string): string {
  if (s.alert_title) {
    // The suggestion names the government; the history says whether the embassy or the advisory said it.
    const item = view?.countries
      .find((c) => c.country === s.country)
      ?.history.find((h) => h.government === s.government && h.title === s.alert_title);
    return `${sourceName(item?.source, s.government)}: ${s.alert_title}`;
  }
  return `${governmentLabel(s.government)}: ${countryName} at level ${s.level}`;
}

/** "your tripwire suggests Leave now", or the built-in ladder's when no tripwire of the plan decided. */
export function suggestionWho(s: PhaseSuggestion, countryName: string): string {
  return s.tripwire_id
    ? 'your tripwire suggests'
    : `no tripwire of yours covers ${countryName}, so Lifeboat’s built-in rule suggests`;
}

export const suggestionPhase = (s: PhaseSuggestion) => phaseLabel(s.phase);

export const latestHighHeading = 'Newest high-priority alert';
