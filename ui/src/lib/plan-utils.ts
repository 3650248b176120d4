// Pure helpers over the generated plan types: ids, labels, new entries, and the cleaning a plan gets
// before it crosses to the backend (which parses dates strictly and denies unknown fields).

import { i18n, t } from './i18n.svelte';
import type {
  AdvisoryTripwire,
  Checklist,
  ChecklistTemplate,
  ChecklistItem,
  Contact,
  ContactRole,
  CopyMedium,
  Document,
  DocumentKind,
  Government,
  Leg,
  MessengerApp,
  NeedKind,
  Person,
  PersonKind,
  Phase,
  Plan,
  Route,
  RouteStatus,
  Severity,
  Section,
  TravelMode,
  Tripwire,
} from './generated/plan';

export const newId = (): string => crypto.randomUUID();

/** A label per variant, in display order, as the `{ id, label }` list a select or the nav shows. Typed as a Record,
 *  so a variant the backend adds is a type error here until it has a label. The words live in the catalogue
 *  (locales/<locale>/plan.ftl, the same ids the Rust side and the PDF use): `label` is a getter, read where it is
 *  shown, so a language switch re-renders it. */
function choices<T extends string>(labels: Record<T, () => string>): { id: T; readonly label: string }[] {
  return (Object.keys(labels) as T[]).map((id) => ({
    id,
    get label() {
      return labels[id]();
    },
  }));
}

/** A `Record<T, string>` whose values are read from the catalogue each time (so in the active language). */
function labelRecord<T extends string>(labels: Record<T, () => string>): Readonly<Record<T, string>> {
  const out = {} as Record<T, string>;
  for (const id of Object.keys(labels) as T[]) {
    Object.defineProperty(out, id, { get: labels[id], enumerable: true });
  }
  return out;
}

export const SECTIONS = choices<Section>({
  dashboard: () => t('plan-section-dashboard'),
  household: () => t('plan-section-household'),
  documents: () => t('plan-section-documents'),
  contacts: () => t('plan-section-contacts'),
  routes: () => t('plan-section-routes'),
  checklists: () => t('plan-section-checklists'),
  phases: () => t('plan-section-phases'),
  advisories: () => t('plan-section-advisories'),
  settings: () => t('plan-section-settings'),
});

/** Each phase with its label and the one line the dashboard shows under it. */
export const PHASES: { id: Phase; readonly label: string; readonly hint: string }[] = (
  [
    ['normal', () => t('plan-phase-normal'), () => t('plan-phase-normal.hint')],
    ['prepare', () => t('plan-phase-prepare'), () => t('plan-phase-prepare.hint')],
    ['leave_now', () => t('plan-phase-leave-now'), () => t('plan-phase-leave-now.hint')],
    ['shelter_in_place', () => t('plan-phase-shelter-in-place'), () => t('plan-phase-shelter-in-place.hint')],
  ] as [Phase, () => string, () => string][]
).map(([id, label, hint]) => ({
  id,
  get label() {
    return label();
  },
  get hint() {
    return hint();
  },
}));

export const phaseLabel = (p: Phase) => PHASES.find((x) => x.id === p)?.label ?? p;

/** How far up the ladder a phase is (as the backend ranks it): a suggestion only ever moves the plan up. */
export const PHASE_RANK: Record<Phase, number> = { normal: 0, prepare: 1, leave_now: 2, shelter_in_place: 2 };

/** In the backend's `Government::ALL` order; the labels are the ones notifications use. */
export const GOVERNMENTS = choices<Government>({
  us: () => t('plan-government-us'),
  uk: () => t('plan-government-uk'),
  ca: () => t('plan-government-ca'),
  au: () => t('plan-government-au'),
  de: () => t('plan-government-de'),
});
export const governmentLabel = (g: Government) => GOVERNMENTS.find((x) => x.id === g)?.label ?? g;

export const DOCUMENT_KINDS = choices<DocumentKind>({
  passport: () => t('plan-document-kind-passport'),
  national_id: () => t('plan-document-kind-national-id'),
  visa: () => t('plan-document-kind-visa'),
  residence_permit: () => t('plan-document-kind-residence-permit'),
  exit_reentry_permit: () => t('plan-document-kind-exit-reentry-permit'),
  driving_licence: () => t('plan-document-kind-driving-licence'),
  birth_certificate: () => t('plan-document-kind-birth-certificate'),
  marriage_certificate: () => t('plan-document-kind-marriage-certificate'),
  vaccination_record: () => t('plan-document-kind-vaccination-record'),
  insurance_policy: () => t('plan-document-kind-insurance-policy'),
  property_deed: () => t('plan-document-kind-property-deed'),
  other: () => t('plan-document-kind-other'),
});
export const documentKindLabel = (k: DocumentKind) => DOCUMENT_KINDS.find((x) => x.id === k)?.label ?? k;

export const COPY_MEDIA = choices<CopyMedium>({
  paper: () => t('plan-copy-medium-paper'),
  usb: () => t('plan-copy-medium-usb'),
  cloud: () => t('plan-copy-medium-cloud'),
  phone: () => t('plan-copy-medium-phone'),
  other: () => t('plan-copy-medium-other'),
});

export const CONTACT_ROLES = choices<ContactRole>({
  family: () => t('plan-contact-role-family'),
  out_of_country: () => t('plan-contact-role-out-of-country'),
  employer_security: () => t('plan-contact-role-employer-security'),
  embassy: () => t('plan-contact-role-embassy'),
  protecting_power: () => t('plan-contact-role-protecting-power'),
  lawyer: () => t('plan-contact-role-lawyer'),
  doctor: () => t('plan-contact-role-doctor'),
  driver: () => t('plan-contact-role-driver'),
  airline: () => t('plan-contact-role-airline'),
  other: () => t('plan-contact-role-other'),
});

export const MESSENGER_APPS = choices<MessengerApp>({
  signal: () => t('plan-messenger-signal'),
  whatsapp: () => t('plan-messenger-whatsapp'),
  telegram: () => t('plan-messenger-telegram'),
  other: () => t('plan-messenger-other'),
});

export const PERSON_KINDS = choices<PersonKind>({
  person: () => t('plan-person-kind-person'),
  pet: () => t('plan-person-kind-pet'),
});

export const TRAVEL_MODES = choices<TravelMode>({
  road: () => t('plan-travel-mode-road'),
  air: () => t('plan-travel-mode-air'),
  rail: () => t('plan-travel-mode-rail'),
  sea: () => t('plan-travel-mode-sea'),
  foot: () => t('plan-travel-mode-foot'),
});

export const ROUTE_STATUSES = choices<RouteStatus>({
  open: () => t('plan-route-status-open'),
  uncertain: () => t('plan-route-status-uncertain'),
  closed: () => t('plan-route-status-closed'),
});

export const NEED_KINDS = choices<NeedKind>({
  document: () => t('plan-need-kind-document'),
  visa: () => t('plan-need-kind-visa'),
  cash: () => t('plan-need-kind-cash'),
  fuel: () => t('plan-need-kind-fuel'),
  other: () => t('plan-need-kind-other'),
});

/** The built-in checklist templates, named as the backend names the lists it makes from them. */
export const TEMPLATES = choices<ChecklistTemplate>({
  go_bag_72h: () => t('plan-template-go-bag-72h'),
  documents_and_copies: () => t('plan-template-documents-and-copies'),
  money: () => t('plan-template-money'),
  digital: () => t('plan-template-digital'),
  home_and_pets: () => t('plan-template-home-and-pets'),
  departure_day: () => t('plan-template-departure-day'),
});
export const templateLabel = (c: ChecklistTemplate) => TEMPLATES.find((x) => x.id === c)?.label ?? c;

export const SEVERITY_LABEL = labelRecord<Severity>({
  critical: () => t('plan-severity-critical'),
  warning: () => t('plan-severity-warning'),
  info: () => t('plan-severity-info'),
});
export const SEVERITY_RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

export function newPerson(kind: PersonKind = 'person'): Person {
  return {
    id: newId(),
    kind,
    name: '',
    relationship: '',
    nationalities: [],
    residence_country: '',
    city: '',
    languages: [],
    blood_type: '',
    medical_notes: '',
    notes: '',
  };
}

export function newDocument(holderId = 'self'): Document {
  return {
    id: newId(),
    kind: 'passport',
    title: '',
    holder_id: holderId,
    number: '',
    issuing_country: '',
    original_location: '',
    copies: [],
    notes: '',
  };
}

export function newContact(priority = 10): Contact {
  return {
    id: newId(),
    name: '',
    role: 'family',
    organisation: '',
    phones: [''],
    email: '',
    messengers: [],
    address: '',
    country: '',
    priority,
    available_24_7: false,
    notes: '',
  };
}

export function newLeg(from = '', fromCountry = ''): Leg {
  return {
    id: newId(),
    from,
    to: '',
    from_country: fromCountry,
    to_country: '',
    mode: 'road',
    border_crossing: '',
    needs: [],
    notes: '',
  };
}

export function newRoute(name: string): Route {
  return { id: newId(), name, summary: '', legs: [], rally_points: [], status: 'open', notes: '' };
}

/** A list started from scratch; its title is the user's from then on, so it is written once, in the active language. */
export function newChecklist(title = t('plan-checklist-new')): Checklist {
  return { id: newId(), title, items: [] };
}

export function newItem(): ChecklistItem {
  return { id: newId(), text: '', done: false, notes: '' };
}

export function newTripwire(): Tripwire {
  return { id: newId(), condition: '', phase: 'prepare', notes: '' };
}

/** "Level ≥ 4 from any government for the residence → leave now": the common case, ready to adjust. */
export function newAdvisoryTripwire(country = ''): AdvisoryTripwire {
  return { id: newId(), country, min_level: 4, phase: 'leave_now' };
}

/** Keys that are `?:` in the generated types: absent means "not set", never "". */
const OPTIONAL_KEYS = new Set([
  'date_of_birth',
  'issued',
  'expires',
  'last_verified',
  'since',
  'updated_at',
  'route_id',
  'document_id',
  'template',
  'quantity',
  'expected_minutes',
  'saved_at',
  'government',
]);

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined || v === null) continue;
      if (OPTIONAL_KEYS.has(k) && (v === '' || (typeof v === 'number' && Number.isNaN(v)))) continue;
      out[k] = strip(v);
    }
    return out;
  }
  return value;
}

/** A plain deep copy of the plan with unset optional fields removed (not `""`, not `undefined`). */
export function cleanPlan(plan: Plan): Plan {
  return strip(JSON.parse(JSON.stringify(plan))) as Plan;
}

/** Today as `YYYY-MM-DD` in local time. */
export function today(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export type ExpiryStatus = 'expired' | 'soon' | 'ok' | 'none';

/** Expired, or less than six months left (many borders ask for six months of validity). */
export function expiryStatus(expires: string | undefined, now = new Date()): ExpiryStatus {
  if (!expires) return 'none';
  const t = today(now);
  if (expires < t) return 'expired';
  const six = new Date(now);
  six.setMonth(six.getMonth() + 6);
  return expires < today(six) ? 'soon' : 'ok';
}

/** 135 → "2:15". */
export function formatMinutes(m: number | undefined): string {
  if (m === undefined || m === null || Number.isNaN(m)) return '';
  return `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`;
}

/** Persian (۰–۹) and Arabic-Indic (٠–٩) digits as 0–9: a number read as a Persian or Arabic keyboard types it. */
export function asciiDigits(s: string): string {
  // Both blocks start at a code point ending in 0 (U+06F0, U+0660): the digit is the last hex digit.
  return s.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) % 16));
}

/** "2:15" → 135, "90" → 90, "" → undefined, junk → NaN. */
export function parseMinutes(s: string): number | undefined {
  const t = s.trim();
  if (t === '') return undefined;
  const hm = /^(\d+):([0-5]?\d)$/.exec(t);
  if (hm) return Number(hm[1]) * 60 + Number(hm[2]);
  if (/^\d+$/.test(t)) return Number(t);
  return NaN;
}

/** A file size in the interface's language: its digits, its decimal sign and its word for the unit (Persian
 *  «۷٫۲ کیلوبایت»). Right-to-left locales get the unit written out: their short form can be a Latin abbreviation
 *  (Persian «kB»), which the bidi algorithm moves to the wrong side of the number. */
export function formatBytes(n: number): string {
  const steps = n < 1024 ? 0 : n < 1024 * 1024 ? 1 : 2;
  const digits = steps ? 1 : 0;
  return new Intl.NumberFormat(i18n.locale, {
    style: 'unit',
    unit: (['byte', 'kilobyte', 'megabyte'] as const)[steps],
    unitDisplay: i18n.dir === 'rtl' ? 'long' : 'short',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(n / 1024 ** steps);
}

export function moveItem<T>(list: T[], index: number, delta: number): void {
  const to = index + delta;
  if (to < 0 || to >= list.length) return;
  const [x] = list.splice(index, 1);
  list.splice(to, 0, x);
}

/** The key a field error or a "Fix" target is filed under. */
export function fieldKey(section: Section, id: string | undefined | null, field: string): string {
  return `${section}|${id ?? ''}|${field}`;
}

/** The DOM id of an input, so "Fix" can focus it and `<label for>` can name it. */
export function fieldDomId(section: Section, id: string | undefined | null, field: string): string {
  return `f-${section}-${(id ?? '_').replace(/[^A-Za-z0-9_-]/g, '_')}-${field.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}
