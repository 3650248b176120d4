// How times are shown, by Intl in the page's language (the UI's: English for now) with the 24-hour clock the
// app has always used. Values in the plan stay ISO 8601; only what is displayed goes through here.

const LANG = (typeof document !== 'undefined' && document.documentElement.lang) || 'en';

const dateTime = new Intl.DateTimeFormat(LANG, { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' });
const time = new Intl.DateTimeFormat(LANG, { timeStyle: 'short', hourCycle: 'h23' });
// A plan date ("2026-11-25") is a calendar day, not an instant: read and shown in UTC so no time zone shifts it.
const day = new Intl.DateTimeFormat(LANG, { dateStyle: 'medium', timeZone: 'UTC' });
const relative = new Intl.RelativeTimeFormat(LANG, { numeric: 'auto' });

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
