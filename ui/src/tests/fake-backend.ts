// A Backend that records every call and answers from canned data; individual methods can be overridden.
import type { Backend } from '../lib/ipc';
import type { Plan, Readiness, SaveOutcome, Session, WatchView } from '../lib/generated/plan';

export type Call = { method: keyof Backend; args: unknown[] };

export function emptyReadiness(): Readiness {
  return { as_of: '2026-01-10', findings: [], checklists: [] };
}

export function basePlan(): Plan {
  return {
    schema_version: 1,
    name: 'Test plan',
    profile: {
      id: 'self', kind: 'person', name: 'Léa Martin', relationship: '', nationalities: ['FR'], residence_country: 'IR',
      city: 'Tehran', languages: [], blood_type: '', medical_notes: '', notes: '',
    },
    household: [],
    documents: [
      { id: 'd1', kind: 'passport', title: '', holder_id: 'self', number: 'X123', issuing_country: 'FR', expires: '2026-03-01', original_location: '', copies: [], notes: '' },
    ],
    contacts: [
      { id: 'c1', name: 'Claire', role: 'family', organisation: '', phones: ['+33 1'], email: '', messengers: [], address: '', country: 'FR', priority: 1, available_24_7: false, notes: '' },
      { id: 'c2', name: 'علی رضایی', role: 'driver', organisation: '', phones: [], email: '', messengers: [], address: '', country: 'IR', priority: 2, available_24_7: false, notes: '' },
    ],
    routes: [],
    checklists: [],
    phases: {
      current: 'normal',
      plans: {
        normal: { checklist_ids: [], instructions: 'Stay calm.' },
        prepare: { checklist_ids: [], instructions: '' },
        leave_now: { checklist_ids: [], instructions: '' },
        shelter_in_place: { checklist_ids: [], instructions: '' },
      },
      tripwires: [],
      advisory_tripwires: [],
    },
    family_instructions: '',
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

/** A watch with nothing in it yet (no poll round so far). */
export function emptyWatch(): WatchView {
  return { countries: [], governments: [], checking: false, interval_minutes: 60 };
}

export function session(plan: Plan = basePlan(), readiness: Readiness = emptyReadiness()): Session {
  return { plan, readiness, has_recovery_key: false };
}

export interface Fake extends Backend {
  calls: Call[];
  callsTo(method: keyof Backend): Call[];
  lockHandler: ((r: 'idle' | 'user') => void) | null;
  /** The live `watch-updated` subscription, null when none (locked, or unsubscribed). */
  watchHandler: (() => void) | null;
  countryHandler: ((country: string) => void) | null;
}

export function fakeBackend(overrides: Partial<Backend> = {}, state: 'new' | 'locked' = 'locked'): Fake {
  const calls: Call[] = [];
  const base: Backend = {
    status: async () => ({ state, data_dir: '/data/lifeboat', app_version: '0.0.0-test', adopt_session: false }),
    createVault: async () => session(),
    unlock: async () => session(),
    recover: async () => session(),
    lock: async () => null,
    savePlan: async (): Promise<SaveOutcome> => ({ saved: true, saved_at: '2026-01-10T14:02:00Z', errors: [], readiness: emptyReadiness() }),
    newChecklist: async (template) => ({ id: 'new-list', title: 'From template', template, items: [] }),
    countries: async () => [
      { code: 'FR', name: 'France' },
      { code: 'IR', name: 'Iran' },
      { code: 'TR', name: 'Türkiye' },
    ],
    templates: async () => [
      { template: 'go_bag_72h', title: '72-hour go-bag', items: 12 },
      { template: 'documents_and_copies', title: 'Documents and copies', items: 9 },
      { template: 'money', title: 'Money', items: 5 },
      { template: 'digital', title: 'Digital', items: 6 },
      { template: 'home_and_pets', title: 'Home and pets', items: 6 },
      { template: 'departure_day', title: 'Departure day', items: 8 },
    ],
    changePassphrase: async () => null,
    addRecoveryKey: async () => 'AGE-SECRET-KEY-1TEST',
    exportPlanJson: async () => null,
    importPlanJson: async () => session(),
    exportVcard: async () => null,
    exportPdf: async () => ({ pages: 4, bytes: 40000, warnings: [] }),
    exportIcal: async () => null,
    listBackups: async () => [],
    restoreBackup: async () => session(),
    touch: async () => null,
    onLocked: async (h) => {
      fake.lockHandler = h;
      return () => {};
    },
    pickSavePath: async (name) => `/tmp/${name}`,
    pickOpenPath: async () => '/tmp/plan.json',
    watchView: async () => emptyWatch(),
    checkNow: async () => null,
    openOfficialPage: async () => null,
    copySecret: async () => null,
    currentSession: async () => {
      throw { code: 'locked', message: 'locked' };
    },
    reportReady: async () => null,
    onWatchUpdated: async (h) => {
      fake.watchHandler = h;
      return () => {
        if (fake.watchHandler === h) fake.watchHandler = null;
      };
    },
    onOpenCountry: async (h) => {
      fake.countryHandler = h;
      return () => {
        if (fake.countryHandler === h) fake.countryHandler = null;
      };
    },
  };
  const impl = { ...base, ...overrides };
  const fake = { calls, lockHandler: null, watchHandler: null, countryHandler: null } as unknown as Fake;
  for (const key of Object.keys(impl) as (keyof Backend)[]) {
    (fake as unknown as Record<string, unknown>)[key] = (...args: unknown[]) => {
      calls.push({ method: key, args: JSON.parse(JSON.stringify(args ?? [])) });
      return (impl[key] as (...a: unknown[]) => unknown)(...args);
    };
  }
  fake.callsTo = (m) => calls.filter((c) => c.method === m);
  return fake;
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
