// The one door to the Rust backend. Every Tauri command, the events (`vault-locked`, `watch-updated`,
// `directory-updated`, `open-country`, read by ./event-stream) and the native file dialogs go through `Backend`;
// nothing else in the UI imports `@tauri-apps/*`. Tests and the mock build answer these commands through Tauri's
// IPC mock (src/tests/mock-ipc.ts).

import { invoke } from '@tauri-apps/api/core';
import { open as openDialog, save as saveDialog } from '@tauri-apps/plugin-dialog';
import type {
  BackupEntry,
  Checklist,
  ChecklistTemplate,
  Country,
  DirectoryView,
  ErrorCode,
  ErrorPayload,
  EventBatch,
  LockReason,
  Onboarding,
  PdfChoices,
  PdfReport,
  PlaceHit,
  Plan,
  PointInfo,
  PointQuery,
  Route,
  RouteMapView,
  SaveOutcome,
  Session,
  Status,
  TemplateInfo,
  WatchView,
} from './generated/plan';
import { EventStream } from './event-stream';

export type { LockReason };

/** The backend's events, for as long as the page runs. */
export const events = new EventStream((after) => invoke<EventBatch>('next_events', { after }));
export type FileFilter = { name: string; extensions: string[] };

/** Every command, in one place; `Backend` is its type. */
export const backend = {
  status: () => invoke<Status>('status'),
  createVault: (passphrase: string, onboarding: Onboarding) => invoke<Session>('create_vault', { passphrase, onboarding }),
  unlock: (passphrase: string) => invoke<Session>('unlock', { passphrase }),
  /** Open the vault with a recovery key and set a new passphrase. */
  recover: (recoveryKey: string, newPassphrase: string) => invoke<Session>('recover', { recoveryKey, newPassphrase }),
  lock: () => invoke<null>('lock'),
  savePlan: (plan: Plan) => invoke<SaveOutcome>('save_plan', { plan }),
  newChecklist: (template: ChecklistTemplate) => invoke<Checklist>('new_checklist', { template }),
  countries: () => invoke<Country[]>('countries'),
  /** Titled in `locale` (onboarding has no plan, hence no plan language, yet). */
  templates: (locale: string) => invoke<TemplateInfo[]>('templates', { locale }),
  /** Keeps the language picked as the next start's (answers the shipped language it was negotiated to). */
  rememberLanguage: (code: string) => invoke<string>('remember_language', { code }),
  changePassphrase: (oldPassphrase: string, newPassphrase: string) =>
    invoke<null>('change_passphrase', { old: oldPassphrase, new: newPassphrase }),
  /** Needs the current passphrase; returns the `AGE-SECRET-KEY-1…` once. */
  addRecoveryKey: (passphrase: string) => invoke<string>('add_recovery_key', { passphrase }),
  exportPlanJson: (path: string, passphrase: string | null) => invoke<null>('export_plan_json', { path, passphrase }),
  importPlanJson: (path: string, passphrase: string | null) => invoke<Session>('import_plan_json', { path, passphrase }),
  exportVcard: (path: string) => invoke<null>('export_vcard', { path }),
  /** Typesets the family PDF and writes it to `path`. */
  exportPdf: (path: string, choices: PdfChoices) => invoke<PdfReport>('export_pdf', { path, choices }),
  exportIcal: (path: string) => invoke<null>('export_ical', { path }),
  listBackups: () => invoke<BackupEntry[]>('list_backups'),
  restoreBackup: (id: string) => invoke<Session>('restore_backup', { id }),
  touch: () => invoke<null>('touch'),
  /** Subscribe to the backend's `vault-locked` event; resolves to an unsubscribe function. */
  onLocked: (handler: (reason: LockReason) => void) =>
    Promise.resolve(events.on('vault-locked', (event) => handler(event.reason))),
  /** Native save dialog; null when the user cancels. */
  pickSavePath: async (defaultName: string, filters: FileFilter[]): Promise<string | null> => {
    const path = await saveDialog({ defaultPath: defaultName, filters });
    return path ?? null;
  },
  /** Native open dialog; null when the user cancels. */
  pickOpenPath: async (filters: FileFilter[]): Promise<string | null> => {
    const path = await openDialog({ multiple: false, directory: false, filters });
    return typeof path === 'string' ? path : null;
  },
  /** The advisory watch as the Advisories section and the dashboard show it; rejects with `locked` when locked. */
  watchView: () => invoke<WatchView>('watch_view'),
  /** Start a poll round now; the result arrives later through `watch-updated`. */
  checkNow: () => invoke<null>('check_now'),
  /** Open an https government page in the system browser (the backend checks it; `invalid_url` otherwise). */
  openOfficialPage: (url: string) => invoke<null>('open_official_page', { url }),
  /** Copies a document number (or phone) to the clipboard; the backend clears it after 30 seconds. */
  copySecret: (text: string) => invoke<null>('copy_secret', { text }),
  /** The first painted frame of a screen, for the start-up figure: the page's marks, and when the page began
   *  loading (`performance.timeOrigin`, ms since the Unix epoch). */
  reportReady: (screen: string, marks?: [string, number][], origin?: number) =>
    invoke<null>('report_ready', { screen, marks: marks ?? null, origin: origin ?? null }),
  /** Subscribe to `watch-updated` (after every poll round and every change of the watch state). */
  onWatchUpdated: (handler: () => void) => Promise.resolve(events.on('watch-updated', () => handler())),
  /** Who helps each nationality of the household in each country the plan touches (the Contacts section). */
  directoryView: () => invoke<DirectoryView>('directory_view'),
  /** Fetches the governments' embassy data again now; answers the new view. */
  refreshDirectory: () => invoke<DirectoryView>('refresh_directory'),
  /** The routes' map as the backend draws it (the same SVG the family PDF prints), in `locale`'s words. */
  routeMap: (routes: Route[], locale: string) => invoke<RouteMapView>('route_map', { routes, locale }),
  /** Towns, airports and border crossings of the offline gazetteer whose name in any script begins with `query`. */
  searchPlaces: (query: string) => invoke<PlaceHit[]>('search_places', { query }),
  /** The country and nearest town of a click on the map or of typed coordinates. */
  pointInfo: (query: PointQuery) => invoke<PointInfo>('point_info', { query }),
  /** Subscribe to `directory-updated` (the embassy directory was refreshed in the background). */
  onDirectoryUpdated: (handler: () => void) => Promise.resolve(events.on('directory-updated', () => handler())),
  /** Subscribe to `open-country` (the user clicked a notification about that country). */
  onOpenCountry: (handler: (country: string) => void) =>
    Promise.resolve(events.on('open-country', (event) => handler(event.country))),
};

export type Backend = typeof backend;

/** Normalise anything a command rejects with into an `ErrorPayload`. */
export function toErrorPayload(err: unknown): ErrorPayload {
  if (err && typeof err === 'object' && 'code' in err && 'message' in err) {
    const e = err as { code: unknown; message: unknown };
    return { code: String(e.code) as ErrorCode, message: String(e.message) };
  }
  if (err instanceof Error) return { code: 'internal', message: err.message };
  return { code: 'internal', message: String(err) };
}
