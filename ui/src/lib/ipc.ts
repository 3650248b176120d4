// The one door to the Rust backend. Every Tauri command, the events (`vault-locked`, `watch-updated`,
// `open-country`) and the native file dialogs go through `Backend`; nothing else in the UI imports
// `@tauri-apps/*`. Tests and the mock build answer these commands through Tauri's IPC mock (src/tests/mock-ipc.ts).

import { invoke } from '@tauri-apps/api/core';
import { listen } from '@tauri-apps/api/event';
import { open as openDialog, save as saveDialog } from '@tauri-apps/plugin-dialog';
import type {
  BackupEntry,
  Checklist,
  ChecklistTemplate,
  Country,
  ErrorCode,
  ErrorPayload,
  Onboarding,
  PdfChoices,
  PdfReport,
  Plan,
  SaveOutcome,
  Session,
  Status,
  TemplateInfo,
  WatchView,
} from './generated/plan';

export type LockReason = 'idle' | 'user';
export type FileFilter = { name: string; extensions: string[] };

export interface Backend {
  status(): Promise<Status>;
  createVault(passphrase: string, onboarding: Onboarding): Promise<Session>;
  unlock(passphrase: string): Promise<Session>;
  /** Open the vault with a recovery key and set a new passphrase. */
  recover(recoveryKey: string, newPassphrase: string): Promise<Session>;
  lock(): Promise<null>;
  savePlan(plan: Plan): Promise<SaveOutcome>;
  newChecklist(template: ChecklistTemplate): Promise<Checklist>;
  countries(): Promise<Country[]>;
  templates(): Promise<TemplateInfo[]>;
  changePassphrase(oldPassphrase: string, newPassphrase: string): Promise<null>;
  /** Needs the current passphrase; returns the `AGE-SECRET-KEY-1…` once. */
  addRecoveryKey(passphrase: string): Promise<string>;
  exportPlanJson(path: string, passphrase: string | null): Promise<null>;
  importPlanJson(path: string, passphrase: string | null): Promise<Session>;
  exportVcard(path: string): Promise<null>;
  /** Typesets the family PDF and writes it to `path`. */
  exportPdf(path: string, choices: PdfChoices): Promise<PdfReport>;
  exportIcal(path: string): Promise<null>;
  listBackups(): Promise<BackupEntry[]>;
  restoreBackup(id: string): Promise<Session>;
  touch(): Promise<null>;
  /** Subscribe to the backend's `vault-locked` event; resolves to an unsubscribe function. */
  onLocked(handler: (reason: LockReason) => void): Promise<() => void>;
  /** Native save dialog; null when the user cancels. */
  pickSavePath(defaultName: string, filters: FileFilter[]): Promise<string | null>;
  /** Native open dialog; null when the user cancels. */
  pickOpenPath(filters: FileFilter[]): Promise<string | null>;
  /** The advisory watch as the Advisories section and the dashboard show it; rejects with `locked` when locked. */
  watchView(): Promise<WatchView>;
  /** Start a poll round now; the result arrives later through `watch-updated`. */
  checkNow(): Promise<null>;
  /** Open an https government page in the system browser (the backend checks it; `invalid_url` otherwise). */
  openOfficialPage(url: string): Promise<null>;
  /** Copies a document number (or phone) to the clipboard; the backend clears it after 30 seconds. */
  copySecret(text: string): Promise<null>;
  /** The first painted frame of a screen, for the start-up figure: the page's marks, and when the page began
   *  loading (`performance.timeOrigin`, ms since the Unix epoch). */
  reportReady(screen: string, marks?: [string, number][], origin?: number): Promise<null>;
  /** Subscribe to `watch-updated` (after every poll round and every change of the watch state). */
  onWatchUpdated(handler: () => void): Promise<() => void>;
  /** Subscribe to `open-country` (the user clicked a notification about that country). */
  onOpenCountry(handler: (country: string) => void): Promise<() => void>;
}

export const backend: Backend = {
  status: () => invoke<Status>('status'),
  createVault: (passphrase, onboarding) => invoke<Session>('create_vault', { passphrase, onboarding }),
  unlock: (passphrase) => invoke<Session>('unlock', { passphrase }),
  recover: (recoveryKey, newPassphrase) => invoke<Session>('recover', { recoveryKey, newPassphrase }),
  lock: () => invoke<null>('lock'),
  savePlan: (plan) => invoke<SaveOutcome>('save_plan', { plan }),
  newChecklist: (template) => invoke<Checklist>('new_checklist', { template }),
  countries: () => invoke<Country[]>('countries'),
  templates: () => invoke<TemplateInfo[]>('templates'),
  changePassphrase: (oldPassphrase, newPassphrase) =>
    invoke<null>('change_passphrase', { old: oldPassphrase, new: newPassphrase }),
  addRecoveryKey: (passphrase) => invoke<string>('add_recovery_key', { passphrase }),
  exportPlanJson: (path, passphrase) => invoke<null>('export_plan_json', { path, passphrase }),
  importPlanJson: (path, passphrase) => invoke<Session>('import_plan_json', { path, passphrase }),
  exportVcard: (path) => invoke<null>('export_vcard', { path }),
  exportPdf: (path, choices) => invoke<PdfReport>('export_pdf', { path, choices }),
  exportIcal: (path) => invoke<null>('export_ical', { path }),
  listBackups: () => invoke<BackupEntry[]>('list_backups'),
  restoreBackup: (id) => invoke<Session>('restore_backup', { id }),
  touch: () => invoke<null>('touch'),
  onLocked: (handler) =>
    listen<{ reason: LockReason }>('vault-locked', (event) => handler(event.payload?.reason ?? 'user')),
  pickSavePath: async (defaultName, filters) => {
    const path = await saveDialog({ defaultPath: defaultName, filters });
    return path ?? null;
  },
  pickOpenPath: async (filters) => {
    const path = await openDialog({ multiple: false, directory: false, filters });
    return typeof path === 'string' ? path : null;
  },
  watchView: () => invoke<WatchView>('watch_view'),
  checkNow: () => invoke<null>('check_now'),
  openOfficialPage: (url) => invoke<null>('open_official_page', { url }),
  copySecret: (text) => invoke<null>('copy_secret', { text }),
  reportReady: (screen, marks, origin) =>
    invoke<null>('report_ready', { screen, marks: marks ?? null, origin: origin ?? null }),
  onWatchUpdated: (handler) => listen('watch-updated', () => handler()),
  onOpenCountry: (handler) =>
    listen<{ country: string }>('open-country', (event) => {
      if (event.payload?.country) handler(event.payload.country);
    }),
};

/** Normalise anything a command rejects with into an `ErrorPayload`. */
export function toErrorPayload(err: unknown): ErrorPayload {
  if (err && typeof err === 'object' && 'code' in err && 'message' in err) {
    const e = err as { code: unknown; message: unknown };
    return { code: String(e.code) as ErrorCode, message: String(e.message) };
  }
  if (err instanceof Error) return { code: 'internal', message: err.message };
  return { code: 'internal', message: String(err) };
}
