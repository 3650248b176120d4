// Pure helpers over the generated plan types: ids, labels, new entries, and the cleaning a plan gets
// before it crosses to the backend (which parses dates strictly and denies unknown fields).

import type {
  AdvisoryTripwire,
  Checklist,
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
 *  so a variant the backend adds is a type error here until it has a label. */
function choices<T extends string>(labels: Record<T, string>): { id: T; label: string }[] {
  return (Object.keys(labels) as T[]).map((id) => ({ id, label: labels[id] }));
}

export const SECTIONS = choices<Section>({
  dashboard: 'Dashboard',
  household: 'Household',
  documents: 'Documents',
  contacts: 'Contacts',
  routes: 'Routes',
  checklists: 'Checklists',
  phases: 'Phases',
  advisories: 'Advisories',
  settings: 'Settings',
});

export const PHASES: { id: Phase; label: string; hint: string }[] = [
  { id: 'normal', label: 'Normal', hint: 'Keep the plan current.' },
  { id: 'prepare', label: 'Prepare', hint: 'Get ready to leave at short notice.' },
  { id: 'leave_now', label: 'Leave now', hint: 'Follow the route and go.' },
  { id: 'shelter_in_place', label: 'Shelter in place', hint: 'Stay put, stay safe.' },
];

export const phaseLabel = (p: Phase) => PHASES.find((x) => x.id === p)?.label ?? p;

/** How far up the ladder a phase is (as the backend ranks it): a suggestion only ever moves the plan up. */
export const PHASE_RANK: Record<Phase, number> = { normal: 0, prepare: 1, leave_now: 2, shelter_in_place: 2 };

/** In the backend's `Government::ALL` order; the labels are the ones notifications use. */
export const GOVERNMENTS = choices<Government>({ us: 'US', uk: 'UK', ca: 'Canada', au: 'Australia', de: 'Germany' });
export const governmentLabel = (g: Government) => GOVERNMENTS.find((x) => x.id === g)?.label ?? g;

export const DOCUMENT_KINDS = choices<DocumentKind>({
  passport: 'Passport',
  national_id: 'National ID',
  visa: 'Visa',
  residence_permit: 'Residence permit',
  exit_reentry_permit: 'Exit/re-entry permit',
  driving_licence: 'Driving licence',
  birth_certificate: 'Birth certificate',
  marriage_certificate: 'Marriage certificate',
  vaccination_record: 'Vaccination record',
  insurance_policy: 'Insurance policy',
  property_deed: 'Property deed',
  other: 'Other document',
});
export const documentKindLabel = (k: DocumentKind) => DOCUMENT_KINDS.find((x) => x.id === k)?.label ?? k;

export const COPY_MEDIA = choices<CopyMedium>({
  paper: 'Paper',
  usb: 'USB stick',
  cloud: 'Cloud',
  phone: 'Phone',
  other: 'Other',
});

export const CONTACT_ROLES = choices<ContactRole>({
  family: 'Family',
  out_of_country: 'Out-of-country contact',
  employer_security: 'Employer security',
  embassy: 'Embassy / consulate',
  protecting_power: 'Protecting power',
  lawyer: 'Lawyer',
  doctor: 'Doctor',
  driver: 'Driver',
  airline: 'Airline',
  other: 'Other',
});

export const MESSENGER_APPS = choices<MessengerApp>({
  signal: 'Signal',
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
  other: 'Other',
});

export const TRAVEL_MODES = choices<TravelMode>({
  road: 'Road',
  air: 'Air',
  rail: 'Rail',
  sea: 'Sea',
  foot: 'On foot',
});

export const ROUTE_STATUSES = choices<RouteStatus>({ open: 'Open', uncertain: 'Uncertain', closed: 'Closed' });

export const NEED_KINDS = choices<NeedKind>({
  document: 'Document',
  visa: 'Visa',
  cash: 'Cash',
  fuel: 'Fuel',
  other: 'Other',
});

export const SEVERITY_LABEL: Record<Severity, string> = { critical: 'Critical', warning: 'Warning', info: 'Info' };
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

export function newChecklist(title = 'New list'): Checklist {
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

/** "2:15" → 135, "90" → 90, "" → undefined, junk → NaN. */
export function parseMinutes(s: string): number | undefined {
  const t = s.trim();
  if (t === '') return undefined;
  const hm = /^(\d+):([0-5]?\d)$/.exec(t);
  if (hm) return Number(hm[1]) * 60 + Number(hm[2]);
  if (/^\d+$/.test(t)) return Number(t);
  return NaN;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
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
