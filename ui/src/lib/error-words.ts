// What a person reads when a command fails, worded by the error's code in the interface's language (locales/*/
// errors.ftl), never the backend's English `message` on its own. That message comes in only as a detail, for the
// codes whose message names something a person needs (a file's path, a field, a size). Call `errorText` where the
// words are shown (markup or $derived), keeping the ErrorPayload itself in state, so a language switch rewords an
// error already on screen.

import type { ErrorCode, ErrorPayload } from './generated/plan';
import { t } from './i18n.svelte';
import { errorWords } from './watch-words';

/** The shortest passphrase the backend accepts (`lifeboat_store`), as Settings and Unlock check it. */
const MIN_PASSPHRASE = 10;
/** How every recovery key starts. */
const RECOVERY_PREFIX = 'AGE-SECRET-KEY-1';
/** The program that lays out the family PDF. */
const TYPESETTER = 'lifeboat-pdf';

type Words = (detail: string, e: ErrorPayload) => string;

/** The unlock screen's words for a failure it already explains: its title and what it means. */
const fromUnlock = (title: () => string, detail: () => string) => () => `${title()} ${detail()}`;

/** An advisory feed's failure: the few words the Advisories section uses for it, in a sentence. */
const advisories: Words = (_, e) => t('errors-advisories', { reason: errorWords(e) });

const WORDS: Record<ErrorCode, Words> = {
  locked: () => t('errors-locked'),
  weak_passphrase: () => t('errors-weak-passphrase', { min: MIN_PASSPHRASE }),
  passphrase_required: () => t('errors-passphrase-required'),
  wrong_passphrase: () => t('unlock-error-wrong-passphrase'),
  wrong_recovery_key: () => t('unlock-recover-wrong-key'),
  bad_recovery_key: () => t('errors-bad-recovery-key', { prefix: RECOVERY_PREFIX }),
  truncated: fromUnlock(
    () => t('unlock-error-truncated'),
    () => t('unlock-error-truncated.detail'),
  ),
  corrupt: fromUnlock(
    () => t('unlock-error-corrupt'),
    () => t('unlock-error-corrupt.detail'),
  ),
  newer_schema: fromUnlock(
    () => t('unlock-error-newer-schema'),
    () => t('unlock-error-newer-schema.detail'),
  ),
  newer_format: fromUnlock(
    () => t('unlock-error-newer-format'),
    () => t('unlock-error-newer-format.detail'),
  ),
  incomplete: fromUnlock(
    () => t('unlock-error-incomplete'),
    () => t('unlock-error-incomplete.detail'),
  ),
  invalid_export: () => t('errors-invalid-export'),
  not_a_plan: () => t('errors-not-a-plan'),
  font: () => t('errors-pdf-font'),
  typesetter_missing: () => t('errors-pdf-typesetter-missing', { program: TYPESETTER }),
  // The message names the file, the field or the size: kept as the detail.
  invalid_plan: (detail) => t('errors-invalid-plan', { detail }),
  file: (detail) => t('errors-file', { detail }),
  io: (detail) => t('errors-file', { detail }),
  invalid_path: (detail) => t('errors-invalid-path', { detail }),
  invalid_url: (detail) => t('errors-invalid-url', { detail }),
  stale_map: () => t('errors-stale-map'),
  invalid_point: () => t('errors-invalid-point'),
  internal: (detail) => t('errors-internal', { detail }),
  not_a_vault: (detail) => t('errors-not-a-vault', { detail }),
  key_mismatch: (detail) => t('errors-key-mismatch', { detail }),
  already_exists: (detail) => t('errors-already-exists', { detail }),
  not_found: (detail) => t('errors-not-found', { detail }),
  disk_full: (detail) => t('errors-disk-full', { detail }),
  read_only: (detail) => t('errors-read-only', { detail }),
  too_large: (detail) => t('errors-too-large', { detail }),
  invalid_options: (detail) => t('errors-invalid-options', { detail }),
  invalid_recipient: (detail) => t('errors-invalid-recipient', { detail }),
  invalid_json: (detail) => t('errors-invalid-json', { detail }),
  no_migration: (detail) => t('errors-no-migration', { detail }),
  export_failed: (detail) => t('errors-export-failed', { detail }),
  data: (detail) => t('errors-pdf-data', { detail }),
  template: (detail) => t('errors-pdf-template', { detail }),
  export: (detail) => t('errors-pdf-export', { detail }),
  // The advisory feeds' own failures (a command that fetched, the watch view).
  empty: advisories,
  challenge_page: advisories,
  invalid_xml: advisories,
  unexpected_shape: advisories,
  no_advisories: advisories,
  unknown_source: advisories,
  not_a_level_feed: advisories,
  unknown_embassy: advisories,
  insecure_url: advisories,
  client_setup: advisories,
  timeout: advisories,
  connect: advisories,
  transport: advisories,
  rate_limited: advisories,
  server_error: advisories,
  http_status: advisories,
  too_many_redirects: advisories,
  body_too_large: advisories,
  implausible_count: advisories,
};

/** What went wrong, in the interface's language: "The disk is full. Free some space and try again (…)". A code this
 *  interface does not know (a newer backend) reads as an internal error with the backend's message. */
export function errorText(e: ErrorPayload): string {
  const detail = e.message?.trim() ?? '';
  return (WORDS[e.code] ?? WORDS.internal)(detail, e);
}
