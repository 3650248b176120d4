import type { ErrorPayload } from './generated/plan';
import { t } from './i18n.svelte';
import { errorText } from './error-words';

type Failure = { title: string; detail: string; backups?: true; advice?: string };

/** Each failure the unlock screen explains, read from the catalogue when shown (so in the active language):
 *  a title, a detail, whether to say where the backups are, and for a damaged file what to do about it. */
const FAILURES: Record<string, () => Failure> = {
  wrong_passphrase: () => ({ title: t('unlock-error-wrong-passphrase'), detail: t('unlock-error-wrong-passphrase.detail') }),
  truncated: () => ({
    title: t('unlock-error-truncated'),
    detail: t('unlock-error-truncated.detail'),
    backups: true,
    advice: t('unlock-error-truncated.advice'),
  }),
  corrupt: () => ({
    title: t('unlock-error-corrupt'),
    detail: t('unlock-error-corrupt.detail'),
    backups: true,
    advice: t('unlock-error-corrupt.advice'),
  }),
  newer_schema: () => ({ title: t('unlock-error-newer-schema'), detail: t('unlock-error-newer-schema.detail') }),
  newer_format: () => ({ title: t('unlock-error-newer-format'), detail: t('unlock-error-newer-format.detail') }),
  not_a_vault: () => ({ title: t('unlock-error-not-a-vault'), detail: t('unlock-error-not-a-vault.detail'), backups: true }),
  incomplete: () => ({ title: t('unlock-error-incomplete'), detail: t('unlock-error-incomplete.detail'), backups: true }),
};

/** What the unlock screen says for each failure the backend can report. */
export function unlockMessage(e: ErrorPayload, dataDir: string | undefined): { title: string; detail: string } {
  if (e.code === 'weak_passphrase') return { title: t('unlock-error-weak-passphrase'), detail: errorText(e) };
  const failure = FAILURES[e.code]?.();
  if (!failure) return { title: t('unlock-error-unknown'), detail: errorText(e) };
  const parts = [failure.detail];
  if (failure.backups) parts.push(dataDir ? t('unlock-backups-in', { folder: dataDir }) : t('unlock-backups-default'));
  if (failure.advice) parts.push(failure.advice);
  return { title: failure.title, detail: parts.join(' ') };
}
