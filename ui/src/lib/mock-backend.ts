// An in-memory backend for looking at the UI in a plain browser (`VITE_MOCK_BACKEND=1 npm run dev`).
// Only imported behind `import.meta.env.VITE_MOCK_BACKEND === '1'`, so production builds never contain it.
// Query parameters: `state=new|locked` (default locked), `fail=<error code>` makes unlock fail with that code,
// `section=<id>` unlocks at once and opens that section, `country=<ISO>` clicks a notification about that
// country three seconds after start.
// The passphrase is "lifeboat-demo".

import type {
  BackupEntry,
  Checklist,
  ChecklistTemplate,
  Country,
  FieldError,
  Finding,
  Plan,
  Readiness,
  Session,
  Status,
  TemplateInfo,
} from './generated/plan';
import type { Backend } from './ipc';
import { createMockWatch } from './mock-watch';
import { newId, today } from './plan-utils';

export const MOCK_PASSPHRASE = 'lifeboat-demo';

const COUNTRIES: Country[] = [
  ['AE', 'United Arab Emirates'], ['AF', 'Afghanistan'], ['AM', 'Armenia'], ['AZ', 'Azerbaijan'], ['CA', 'Canada'],
  ['CH', 'Switzerland'], ['DE', 'Germany'], ['FR', 'France'], ['GB', 'United Kingdom'], ['GE', 'Georgia'],
  ['IQ', 'Iraq'], ['IR', 'Iran, Islamic Republic of'], ['IT', 'Italy'], ['NL', 'Netherlands'], ['OM', 'Oman'],
  ['PK', 'Pakistan'], ['QA', 'Qatar'], ['TM', 'Turkmenistan'], ['TR', 'Türkiye'], ['US', 'United States of America'],
].map(([code, name]) => ({ code, name }));

const TEMPLATES: Record<ChecklistTemplate, { title: string; items: [string, number?][] }> = {
  go_bag_72h: {
    title: 'Go-bag (72 hours)',
    items: [['Drinking water, litres per person', 9], ['Non-perishable food for 3 days'], ['Prescription medicines for 2 weeks'], ['First-aid kit', 1], ['Power bank, charged', 2], ['Paper map of the city and the routes out', 1]],
  },
  documents_and_copies: {
    title: 'Documents and copies',
    items: [['Passports for everyone, valid 6+ months'], ['Residence permits and exit/re-entry permits'], ['Paper copies stored with family abroad'], ['Scans on an encrypted USB stick', 1]],
  },
  money: { title: 'Money', items: [['USD/EUR cash, small notes'], ['Card that works abroad'], ['Emergency fund reachable from abroad']] },
  digital: { title: 'Digital', items: [['Backups of phones'], ['2FA recovery codes printed'], ['VPN installed on every phone']] },
  home_and_pets: { title: 'Home and pets', items: [['Pet carrier and papers'], ['Neighbour has a key'], ['Gas and water shut-off known']] },
  departure_day: { title: 'Departure day', items: [['Tell the out-of-country contact'], ['Charge phones'], ['Lock up, gas off'], ['Take the go-bags']] },
};

function instantiate(t: ChecklistTemplate): Checklist {
  const def = TEMPLATES[t];
  return {
    id: newId(),
    title: def.title,
    template: t,
    items: def.items.map(([text, quantity]) => ({ id: newId(), text, done: false, quantity, notes: '' })),
  };
}

function addDays(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() + n);
  return today(d);
}

export function samplePlan(): Plan {
  const goBag = instantiate('go_bag_72h');
  goBag.items.forEach((it, i) => (it.done = i < 4));
  goBag.items[2].expires = addDays(-10);
  const docs = instantiate('documents_and_copies');
  docs.items[0].done = true;
  const day = instantiate('departure_day');
  return {
    schema_version: 1,
    name: 'Rezaei–Martin family plan',
    updated_at: new Date(Date.now() - 3600_000).toISOString(),
    profile: {
      id: 'self', kind: 'person', name: 'Léa Martin', relationship: '', nationalities: ['FR', 'IR'],
      residence_country: 'IR', city: 'Tehran', languages: ['fr', 'en', 'fa'], blood_type: 'A+',
      date_of_birth: '1986-04-12', medical_notes: '', notes: '',
    },
    household: [
      { id: 'p-ali', kind: 'person', name: 'علی رضایی', relationship: 'spouse', nationalities: ['IR'], residence_country: 'IR', city: 'Tehran', languages: ['fa', 'en'], blood_type: 'O+', date_of_birth: '1983-09-30', medical_notes: 'Allergic to penicillin.', notes: '' },
      { id: 'p-sara', kind: 'person', name: 'Sara Rezaei', relationship: 'daughter', nationalities: ['FR', 'IR'], residence_country: 'IR', city: 'Tehran', languages: ['fa', 'fr'], blood_type: 'O+', date_of_birth: '2015-02-03', medical_notes: 'Asthma: inhaler in the go-bag.', notes: '' },
      { id: 'p-pashmak', kind: 'pet', name: 'Pashmak', relationship: 'cat', nationalities: [], residence_country: 'IR', city: 'Tehran', languages: [], blood_type: '', medical_notes: 'Rabies vaccine due in spring.', notes: 'Carrier under the stairs.' },
    ],
    documents: [
      { id: 'd-lea-fr', kind: 'passport', title: '', holder_id: 'self', number: '19AB12345', issuing_country: 'FR', issued: '2019-05-02', expires: addDays(120), original_location: 'Fire safe, study', copies: [{ medium: 'paper', location: 'With sister in Lyon' }, { medium: 'usb', location: 'Encrypted USB in go-bag' }], notes: 'Renewal takes ~6 weeks at the consulate.' },
      { id: 'd-ali-ir', kind: 'passport', title: '', holder_id: 'p-ali', number: 'K98765432', issuing_country: 'IR', issued: '2021-01-10', expires: '2031-01-09', original_location: 'Fire safe, study', copies: [], notes: '' },
      { id: 'd-sara-fr', kind: 'passport', title: '', holder_id: 'p-sara', number: '21CD67890', issuing_country: 'FR', issued: '2020-07-01', expires: addDays(-20), original_location: 'Fire safe, study', copies: [{ medium: 'cloud', location: 'Proton Drive /docs' }], notes: '' },
      { id: 'd-lea-permit', kind: 'residence_permit', title: 'Residence permit (work)', holder_id: 'self', number: 'RP-4471', issuing_country: 'IR', expires: addDays(400), original_location: 'Wallet', copies: [{ medium: 'phone', location: 'Photo on phone, encrypted album' }], notes: '' },
    ],
    contacts: [
      { id: 'c-claire', name: 'Claire Martin', role: 'out_of_country', organisation: '', phones: ['+33 6 12 34 56 78'], email: 'claire.martin@example.fr', messengers: [{ app: 'signal', handle: '+33 6 12 34 56 78' }], address: '12 rue Mercière, Lyon', country: 'FR', priority: 1, available_24_7: true, notes: 'Has copies of every passport.' },
      { id: 'c-embassy', name: 'Embassy of France, consular section', role: 'embassy', organisation: 'Ambassade de France', phones: ['+98 21 6409 4000'], email: '', messengers: [], address: 'Neauphle-le-Château Ave, Tehran', country: 'IR', priority: 2, available_24_7: true, notes: 'Register on Ariane before travel.' },
      { id: 'c-reza', name: 'رضا کریمی', role: 'driver', organisation: '', phones: ['+98 912 555 0101'], email: '', messengers: [{ app: 'whatsapp', handle: '+98 912 555 0101' }], address: '', country: 'IR', priority: 3, available_24_7: false, notes: 'Knows the Bazargan road; has a 7-seater.' },
    ],
    routes: [
      {
        id: 'r-a', name: 'Plan A: fly out via Istanbul', summary: 'IKA → IST on the first available flight', status: 'open', last_verified: addDays(-12), notes: '',
        rally_points: [{ name: 'Home', address: 'Vali-Asr St., Tehran', notes: '' }],
        legs: [
          { id: 'l-a1', from: 'Tehran, home', to: 'IKA airport', from_country: 'IR', to_country: 'IR', mode: 'road', border_crossing: '', expected_minutes: 75, needs: [{ kind: 'fuel', detail: 'Full tank' }], notes: '' },
          { id: 'l-a2', from: 'IKA airport', to: 'Istanbul IST', from_country: 'IR', to_country: 'TR', mode: 'air', border_crossing: '', expected_minutes: 210, needs: [{ kind: 'document', detail: 'Passports', document_id: 'd-lea-fr' }, { kind: 'cash', detail: 'USD 300 per adult' }], notes: '' },
        ],
      },
      {
        id: 'r-b', name: 'Plan B: road to Van', summary: 'By car via Tabriz and the Bazargan crossing', status: 'uncertain', notes: 'Queues of 6+ hours reported at the border.',
        rally_points: [],
        legs: [
          { id: 'l-b1', from: 'Tehran, home', to: 'Tabriz', from_country: 'IR', to_country: 'IR', mode: 'road', border_crossing: '', expected_minutes: 570, needs: [], notes: '' },
          { id: 'l-b2', from: 'Tabriz', to: 'Doğubayazıt', from_country: 'IR', to_country: 'TR', mode: 'road', border_crossing: 'Bazargan / Gürbulak', expected_minutes: 240, needs: [{ kind: 'visa', detail: 'None needed for FR; Ali: e-visa' }], notes: '' },
        ],
      },
    ],
    checklists: [goBag, docs, day],
    phases: {
      current: 'prepare',
      since: new Date(Date.now() - 2 * 86400_000).toISOString(),
      plans: {
        normal: { checklist_ids: [docs.id], instructions: 'Keep documents current; review the plan monthly.' },
        prepare: { route_id: 'r-a', checklist_ids: [goBag.id, docs.id], instructions: 'Pack the go-bags and keep them by the door.\nBuy refundable tickets for Plan A.\nCall Claire every evening at 21:00.' },
        leave_now: { route_id: 'r-a', checklist_ids: [day.id], instructions: 'Take the go-bags, lock up, leave for IKA. Call Claire from the car.' },
        shelter_in_place: { checklist_ids: [goBag.id], instructions: 'Stay in the basement room, water and radio there.' },
      },
      tripwires: [
        { id: 't-1', condition: 'Embassy advises nationals to leave', phase: 'leave_now', notes: '' },
        { id: 't-2', condition: 'Internet shut down for more than 24 hours', phase: 'prepare', notes: '' },
      ],
      advisory_tripwires: [
        { id: 'at-1', country: 'IR', min_level: 4, phase: 'leave_now' },
        { id: 'at-2', country: 'TR', min_level: 3, government: 'uk', phase: 'prepare' },
      ],
    },
    family_instructions: 'If you cannot reach us for 24 hours, call Claire first; she decides with the embassy.',
    settings: {
      auto_lock_minutes: 5,
      watch: {
        governments: ['us', 'uk', 'ca', 'au', 'de'],
        extra_countries: [],
        notifications: true,
        plan_in_notifications: true,
        close_to_tray: true,
        start_at_login: false,
      },
    },
  };
}

function validate(plan: Plan): FieldError[] {
  const errors: FieldError[] = [];
  for (const k of plan.contacts) {
    if (k.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(k.email)) errors.push({ at: { section: 'contacts', id: k.id, field: 'email' }, message: 'not an e-mail address' });
    if (k.priority < 1 || k.priority > 99) errors.push({ at: { section: 'contacts', id: k.id, field: 'priority' }, message: 'priority runs from 1 (call first) to 99' });
    k.phones.forEach((p, n) => {
      if (p && !/^[\d +\-().]+$/.test(p)) errors.push({ at: { section: 'contacts', id: k.id, field: `phones.${n}` }, message: 'use digits, spaces, + - ( ) only' });
    });
  }
  for (const d of plan.documents) {
    if (d.issued && d.expires && d.expires < d.issued) errors.push({ at: { section: 'documents', id: d.id, field: 'expires' }, message: 'expires before it was issued' });
  }
  for (const r of plan.routes) if (!r.name.trim()) errors.push({ at: { section: 'routes', id: r.id, field: 'name' }, message: 'give the route a name (“Plan A”)' });
  if (plan.settings.auto_lock_minutes > 1440) errors.push({ at: { section: 'settings', field: 'auto_lock_minutes' }, message: 'at most 1440 minutes (24 hours)' });
  for (const t of plan.phases.advisory_tripwires) {
    if (!t.country) errors.push({ at: { section: 'phases', id: t.id, field: 'country' }, message: 'choose a country' });
    if (t.min_level < 1 || t.min_level > 4) errors.push({ at: { section: 'phases', id: t.id, field: 'min_level' }, message: 'a level from 1 to 4' });
    if (t.phase === 'normal') errors.push({ at: { section: 'phases', id: t.id, field: 'phase' }, message: 'a tripwire moves the plan up: choose prepare, leave now or shelter in place' });
  }
  const watch = plan.settings.watch;
  if (watch.extra_countries.length > 50) errors.push({ at: { section: 'advisories', field: 'extra_countries' }, message: 'at most 50 added countries' });
  for (const c of watch.extra_countries)
    if (!COUNTRIES.some((k) => k.code === c)) errors.push({ at: { section: 'advisories', field: 'extra_countries' }, message: `${c} is not an ISO 3166-1 country code` });
  if (new Set(watch.governments).size !== watch.governments.length) errors.push({ at: { section: 'advisories', field: 'governments' }, message: 'a government is listed twice' });
  return errors;
}

function assess(plan: Plan): Readiness {
  const t = today();
  const six = new Date();
  six.setMonth(six.getMonth() + 6);
  const findings: Finding[] = [];
  const who = (id: string) => [plan.profile, ...plan.household].find((p) => p.id === id)?.name || 'someone';
  for (const d of plan.documents) {
    const label = `${d.title || d.kind.replace(/_/g, ' ')} of ${who(d.holder_id)}`;
    if (d.expires && d.expires < t) findings.push({ rule: 'document_expired', severity: 'critical', message: `${label} expired on ${d.expires}`, fix: { section: 'documents', id: d.id, field: 'expires' } });
    else if (d.expires && d.expires < today(six) && (d.kind === 'passport' || d.kind === 'residence_permit'))
      findings.push({ rule: 'document_expiring_soon', severity: 'warning', message: `${label} expires on ${d.expires}: many borders want six months of validity`, fix: { section: 'documents', id: d.id, field: 'expires' } });
    if (d.copies.every((c) => !c.location.trim())) findings.push({ rule: 'document_without_copy', severity: 'warning', message: `${label} has no copy stored anywhere else`, fix: { section: 'documents', id: d.id, field: 'copies' } });
  }
  const usable = plan.routes.filter((r) => r.status !== 'closed').length;
  if (usable < 2)
    findings.push({ rule: 'no_alternate_route', severity: usable ? 'warning' : 'critical', message: usable ? 'only one open route: add an alternate (Plan B) in case it closes' : 'no open route out: add Plan A and an alternate', fix: { section: 'routes', field: 'routes' } });
  if (!plan.contacts.some((c) => c.country && c.country !== plan.profile.residence_country))
    findings.push({ rule: 'no_contact_outside_country', severity: 'warning', message: 'no contact outside the country: someone abroad must know the plan if phones here go down', fix: { section: 'contacts', field: 'country' } });
  for (const r of plan.routes.filter((r) => r.status !== 'closed'))
    if (!r.last_verified) findings.push({ rule: 'route_not_verified', severity: 'warning', message: `${r.name || 'A route'} has never been verified`, fix: { section: 'routes', id: r.id, field: 'last_verified' } });
  const rank = { critical: 0, warning: 1, info: 2 } as const;
  findings.sort((a, b) => rank[a.severity] - rank[b.severity]);
  return {
    as_of: t,
    findings,
    checklists: plan.checklists.map((l) => ({ checklist_id: l.id, title: l.title, done: l.items.filter((i) => i.done).length, total: l.items.length })),
  };
}

const wait = (ms = 120) => new Promise((r) => setTimeout(r, ms));
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const err = (code: string, message: string) => ({ code, message });

export function createMockBackend(params: URLSearchParams = new URLSearchParams()): Backend {
  let state: Status['state'] = params.get('state') === 'new' ? 'new' : 'locked';
  let passphrase = MOCK_PASSPHRASE;
  let plan: Plan = samplePlan();
  const fail = params.get('fail');
  const backups: { entry: BackupEntry; plan: Plan }[] = [
    { entry: { id: 'b3', saved_at: new Date(Date.now() - 86400_000).toISOString(), size: 18211 }, plan: clone(plan) },
    { entry: { id: 'b2', saved_at: new Date(Date.now() - 3 * 86400_000).toISOString(), size: 17904 }, plan: clone(plan) },
  ];
  const lockHandlers: ((r: 'idle' | 'user') => void)[] = [];
  const watchHandlers: (() => void)[] = [];
  const countryHandlers: ((country: string) => void)[] = [];
  const watch = createMockWatch();
  const emitWatch = () => watchHandlers.forEach((h) => h());
  const countryName = (code: string) => COUNTRIES.find((c) => c.code === code)?.name ?? code;
  const openCountry = params.get('country');
  if (openCountry) setTimeout(() => countryHandlers.forEach((h) => h(openCountry)), 3000);
  const session = (): Session => ({ plan: clone(plan), readiness: assess(plan), has_recovery_key: false });
  const requireUnlocked = () => {
    if (state !== 'unlocked') throw err('locked', 'The plan is locked.');
  };

  return {
    async status() {
      return { state, data_dir: '/home/lea/.local/share/org.lifeboat.app', app_version: '0.1.0-mock', adopt_session: false };
    },
    async createVault(pass, o) {
      await wait();
      if (pass.length < 10) throw err('weak_passphrase', 'at least 10 characters');
      passphrase = pass;
      plan = samplePlan();
      plan.household = [];
      plan.documents = [];
      plan.contacts = [];
      plan.routes = [];
      plan.profile = { ...plan.profile, name: o.name, residence_country: o.residence_country, city: o.city, nationalities: o.nationalities };
      plan.name = o.name ? `${o.name}'s plan` : 'Our plan';
      plan.checklists = o.templates.map(instantiate);
      state = 'unlocked';
      return session();
    },
    async unlock(pass) {
      await wait(250);
      if (fail) throw err(fail, `mock failure: ${fail}`);
      if (pass !== passphrase) throw err('wrong_passphrase', 'wrong passphrase');
      state = 'unlocked';
      return session();
    },
    async recover(key, next) {
      await wait(250);
      if (!key.startsWith('AGE-SECRET-KEY-1')) throw err('wrong_passphrase', 'that recovery key does not open this plan');
      if (next.length < 10) throw err('weak_passphrase', 'at least 10 characters');
      passphrase = next;
      state = 'unlocked';
      return session();
    },
    async lock() {
      state = 'locked';
      return null;
    },
    async savePlan(next) {
      requireUnlocked();
      await wait(150);
      const errors = validate(next);
      if (errors.length) return { saved: false, errors, readiness: assess(next) };
      plan = clone(next);
      const saved_at = new Date().toISOString();
      plan.updated_at = saved_at;
      setTimeout(emitWatch, 0); // the watch list and the suggestion follow the saved plan
      return { saved: true, saved_at, errors: [], readiness: assess(plan) };
    },
    async newChecklist(t) {
      requireUnlocked();
      return instantiate(t);
    },
    async countries() {
      return COUNTRIES;
    },
    async templates(): Promise<TemplateInfo[]> {
      return (Object.keys(TEMPLATES) as ChecklistTemplate[]).map((t) => ({ template: t, title: TEMPLATES[t].title, items: TEMPLATES[t].items.length }));
    },
    async changePassphrase(old, next) {
      requireUnlocked();
      if (old !== passphrase) throw err('wrong_passphrase', 'wrong passphrase');
      if (next.length < 10) throw err('weak_passphrase', 'at least 10 characters');
      passphrase = next;
      return null;
    },
    async addRecoveryKey(pass) {
      requireUnlocked();
      if (pass !== passphrase) throw err('wrong_passphrase', 'wrong passphrase');
      return 'AGE-SECRET-KEY-1QYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQSZQGPQYQS0MOCK';
    },
    async exportPlanJson() {
      requireUnlocked();
      return null;
    },
    async importPlanJson() {
      requireUnlocked();
      return session();
    },
    async exportPdf() {
      return { pages: 4, bytes: 52_000, warnings: [] };
    },
    async exportVcard() {
      requireUnlocked();
      return null;
    },
    async exportIcal() {
      requireUnlocked();
      return null;
    },
    async listBackups() {
      requireUnlocked();
      return backups.map((b) => b.entry);
    },
    async restoreBackup(id) {
      requireUnlocked();
      const b = backups.find((x) => x.entry.id === id);
      if (!b) throw err('not_found', 'no such backup');
      plan = clone(b.plan);
      return session();
    },
    async touch() {
      return null;
    },
    async onLocked(handler) {
      lockHandlers.push(handler);
      return () => lockHandlers.splice(lockHandlers.indexOf(handler), 1);
    },
    async pickSavePath(name) {
      return `/home/lea/Documents/${name}`;
    },
    async pickOpenPath() {
      return '/home/lea/Documents/lifeboat-plan.age';
    },
    async watchView() {
      requireUnlocked();
      await wait(60);
      return watch.view(plan, countryName);
    },
    async checkNow() {
      if (!watch.checking) {
        watch.checking = true;
        setTimeout(emitWatch, 0);
        setTimeout(() => {
          watch.checking = false;
          watch.lastRound = new Date().toISOString();
          emitWatch();
        }, 1500);
      }
      return null;
    },
    async currentSession() {
      throw { code: 'locked', message: 'the mock has no session to adopt' };
    },
    async reportReady() {
      return null;
    },
    async copySecret(text) {
      // The browser build has no backend to clear it later; the real app does.
      await navigator.clipboard?.writeText(text).catch(() => {});
      return null;
    },
    async openOfficialPage(url) {
      if (!/^https:\/\/[^\s/]+\//.test(url)) throw err('invalid_url', `not an https address: ${url}`);
      globalThis.open?.(url, '_blank', 'noopener,noreferrer');
      return null;
    },
    async onWatchUpdated(handler) {
      watchHandlers.push(handler);
      return () => {
        const i = watchHandlers.indexOf(handler);
        if (i >= 0) watchHandlers.splice(i, 1);
      };
    },
    async onOpenCountry(handler) {
      countryHandlers.push(handler);
      return () => {
        const i = countryHandlers.indexOf(handler);
        if (i >= 0) countryHandlers.splice(i, 1);
      };
    },
  };
}
