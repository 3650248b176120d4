// How times are shown, by Intl in the interface's language (`i18n.locale`: Persian gets its own calendar and
// digits, Arabic its own month names) with the 24-hour clock the app has always used. Values in the plan stay ISO
// 8601; only what is displayed goes through here. Every function reads the active locale when called, so a time
// in the markup is written again when the language changes.

import { i18n, t } from './i18n.svelte';

// A time a government published or this machine noticed is shown with its zone ("14:28 EDT"): a bare 18:28 reads
// as the government's own clock. dateStyle/timeStyle cannot be combined with timeZoneName, hence the fields.
const STAMP: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
};
const CLOCK: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' };
const TIME: Intl.DateTimeFormatOptions = { timeStyle: 'short', hourCycle: 'h23' };
// A plan date ("2026-11-25") is a calendar day, not an instant: read and shown in UTC so no time zone shifts it.
const PLAN_DAY: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeZone: 'UTC' };

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Formatters by locale, options and zone, made once: the timeline formats up to 50 rows per country on every
 *  tick. */
function fmt(options: Intl.DateTimeFormatOptions, timeZone?: string): Intl.DateTimeFormat {
  const locale = i18n.locale;
  const key = locale + JSON.stringify(options) + (timeZone ?? '');
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, timeZone ? { ...options, timeZone } : options);
    formatters.set(key, f);
  }
  return f;
}

const relatives = new Map<string, Intl.RelativeTimeFormat>();
function relative(): Intl.RelativeTimeFormat {
  const locale = i18n.locale;
  let r = relatives.get(locale);
  if (!r) {
    r = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    relatives.set(locale, r);
  }
  return r;
}

const numbers = new Map<string, Intl.NumberFormat>();
/** A count shown on its own (not inside a message, where Fluent formats it): "12", in Persian "۱۲". */
export function formatNumber(n: number): string {
  const locale = i18n.locale;
  let f = numbers.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale);
    numbers.set(locale, f);
  }
  return f.format(n);
}

function parse(iso: string | undefined): Date | null {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** "14:02"; "" when unset or unreadable. */
export function formatTime(iso: string | undefined): string {
  const d = parse(iso);
  return d ? fmt(TIME).format(d) : '';
}

/** "Jan 10, 2026, 14:02"; an unreadable value is shown as it is. */
export function formatDateTime(iso: string | undefined): string {
  const d = parse(iso);
  return d ? fmt(DATE_TIME).format(d) : (iso ?? '');
}

/** "Jan 10, 2026, 14:02 UTC", "May 1, 2026, 14:28 EDT": an instant with its time zone (this machine's, or
 *  `timeZone`); an unreadable value is shown as it is, "" when unset. */
export function formatStamp(iso: string | undefined, timeZone?: string): string {
  const d = parse(iso);
  return d ? fmt(STAMP, timeZone).format(d) : (iso ?? '');
}

function sameDay(a: Date, b: Date, timeZone: string | undefined): boolean {
  const f = fmt({ year: 'numeric', month: 'numeric', day: 'numeric' }, timeZone);
  return f.format(a) === f.format(b);
}

/** The same year in the locale's own calendar (a Persian year starts in March). */
function sameYear(a: Date, b: Date, timeZone: string | undefined): boolean {
  const f = fmt({ year: 'numeric' }, timeZone);
  return f.format(a) === f.format(b);
}

/** "14:05" when `iso` is on the same day as `now`, else "Dec 2, 14:05" (and the year when another year): for
 *  "since 14:05" in a sentence; the full stamp with its zone goes in a title beside it. */
export function formatClock(iso: string | undefined, now: number, timeZone?: string): string {
  const d = parse(iso);
  if (!d) return '';
  const today = new Date(now);
  if (sameDay(d, today, timeZone)) return fmt(CLOCK, timeZone).format(d);
  const year = sameYear(d, today, timeZone) ? {} : { year: 'numeric' as const };
  return fmt({ month: 'short', day: 'numeric', ...year, ...CLOCK }, timeZone).format(d);
}

/** "December 2" (with the year when not `now`'s): the day data is from. */
export function formatDay(iso: string | undefined, now: number, timeZone?: string): string {
  const d = parse(iso);
  if (!d) return '';
  const year = sameYear(d, new Date(now), timeZone) ? {} : { year: 'numeric' as const };
  return fmt({ month: 'long', day: 'numeric', ...year }, timeZone).format(d);
}

/** "Nov 25, 2026" for a plan date; an unreadable value is shown as it is. */
export function formatDate(ymd: string | undefined): string {
  const d = parse(ymd);
  return d ? fmt(PLAN_DAY).format(d) : (ymd ?? '');
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "3 minutes ago", "in 57 minutes", "5 hours ago", "3 days ago", in the largest unit that fits; "just now" under a
 *  minute; "" when unset or unreadable. */
export function relativeTime(iso: string | undefined, now: number): string {
  const d = parse(iso);
  if (!d) return '';
  const ms = d.getTime() - now;
  const a = Math.abs(ms);
  if (a < MINUTE) return ms > 0 ? t('advisories-time-under-a-minute') : t('advisories-time-just-now');
  const [unit, size] = a < HOUR ? (['minute', MINUTE] as const) : a < 2 * DAY ? (['hour', HOUR] as const) : (['day', DAY] as const);
  return relative().format(Math.sign(ms) * Math.floor(a / size), unit);
}
