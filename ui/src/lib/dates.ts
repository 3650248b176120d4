// How times are shown, by Intl in the page's language (the UI's: English for now) with the 24-hour clock the
// app has always used. Values in the plan stay ISO 8601; only what is displayed goes through here.

const LANG = (typeof document !== 'undefined' && document.documentElement.lang) || 'en';

const dateTime = new Intl.DateTimeFormat(LANG, { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' });
const time = new Intl.DateTimeFormat(LANG, { timeStyle: 'short', hourCycle: 'h23' });
// A plan date ("2026-11-25") is a calendar day, not an instant: read and shown in UTC so no time zone shifts it.
const day = new Intl.DateTimeFormat(LANG, { dateStyle: 'medium', timeZone: 'UTC' });
const relative = new Intl.RelativeTimeFormat(LANG, { numeric: 'auto' });

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
const formatters = new Map<string, Intl.DateTimeFormat>();
/** Formatters by options and zone, made once: the timeline formats up to 50 rows per country on every tick. */
function fmt(options: Intl.DateTimeFormatOptions, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = JSON.stringify(options) + (timeZone ?? '');
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LANG, timeZone ? { ...options, timeZone } : options);
    formatters.set(key, f);
  }
  return f;
}

function parse(iso: string | undefined): Date | null {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** "14:02"; "" when unset or unreadable. */
export function formatTime(iso: string | undefined): string {
  const d = parse(iso);
  return d ? time.format(d) : '';
}

/** "Jan 10, 2026, 14:02"; an unreadable value is shown as it is. */
export function formatDateTime(iso: string | undefined): string {
  const d = parse(iso);
  return d ? dateTime.format(d) : (iso ?? '');
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

/** "14:05" when `iso` is on the same day as `now`, else "Dec 2, 14:05" (and the year when another year): for
 *  "since 14:05" in a sentence; the full stamp with its zone goes in a title beside it. */
export function formatClock(iso: string | undefined, now: number, timeZone?: string): string {
  const d = parse(iso);
  if (!d) return '';
  const today = new Date(now);
  if (sameDay(d, today, timeZone)) return fmt(CLOCK, timeZone).format(d);
  const year = d.getFullYear() === today.getFullYear() ? {} : { year: 'numeric' as const };
  return fmt({ month: 'short', day: 'numeric', ...year, ...CLOCK }, timeZone).format(d);
}

/** "December 2" (with the year when not `now`'s): the day data is from. */
export function formatDay(iso: string | undefined, now: number, timeZone?: string): string {
  const d = parse(iso);
  if (!d) return '';
  const year = d.getFullYear() === new Date(now).getFullYear() ? {} : { year: 'numeric' as const };
  return fmt({ month: 'long', day: 'numeric', ...year }, timeZone).format(d);
}

/** "Nov 25, 2026" for a plan date; an unreadable value is shown as it is. */
export function formatDate(ymd: string | undefined): string {
  const d = parse(ymd);
  return d ? day.format(d) : (ymd ?? '');
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
  if (a < MINUTE) return ms > 0 ? 'in less than a minute' : 'just now';
  const [unit, size] = a < HOUR ? (['minute', MINUTE] as const) : a < 2 * DAY ? (['hour', HOUR] as const) : (['day', DAY] as const);
  return relative.format(Math.sign(ms) * Math.floor(a / size), unit);
}
