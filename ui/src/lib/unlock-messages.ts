import type { ErrorPayload } from './generated/plan';

/** What the unlock screen says for each failure the backend can report. */
export function unlockMessage(e: ErrorPayload, dataDir: string | undefined): { title: string; detail: string } {
  const where = dataDir ? ` Backups are kept in ${dataDir}.` : ' Earlier backups are kept in the data folder.';
  switch (e.code) {
    case 'wrong_passphrase':
      return {
        title: 'Wrong passphrase.',
        detail: 'Check the keyboard layout and Caps Lock, then try again. If it is lost, use a recovery key below.',
      };
    case 'truncated':
      return {
        title: 'The plan file is cut short (truncated).',
        detail: `It was probably interrupted while being copied or saved. The file was NOT changed.${where} Restore the newest backup, or copy a good file over it.`,
      };
    case 'corrupt':
      return {
        title: 'The plan file is damaged (corrupt).',
        detail: `It cannot be decrypted as it is. The file was NOT changed.${where} Restore the newest backup, or copy a good file over it.`,
      };
    case 'newer_schema':
      return {
        title: 'This plan was saved by a newer version of Lifeboat.',
        detail: 'Update Lifeboat to open it. Nothing was changed, so no data is lost.',
      };
    case 'newer_format':
      return {
        title: 'This vault uses a newer file format.',
        detail: 'Update Lifeboat to open it. Nothing was changed, so no data is lost.',
      };
    case 'not_a_vault':
      return {
        title: 'The file in the data folder is not a Lifeboat vault.',
        detail: `Something else was saved in its place. It was not changed.${where}`,
      };
    case 'incomplete':
      return {
        title: 'The vault is incomplete: a part of it is missing.',
        detail: `A file in the data folder is missing (perhaps a partial copy). Nothing was changed.${where}`,
      };
    case 'weak_passphrase':
      return { title: 'The passphrase is too short.', detail: e.message };
    default:
      return { title: 'Could not unlock.', detail: e.message };
  }
}
