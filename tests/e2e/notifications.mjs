// What the notification server received on the private D-Bus session: tests/e2e/run logs every Notify call there
// (E2E_NOTIFY_LOG, from dbus-monitor).
import { readFile } from 'node:fs/promises';

/** The Notify calls whose application name is Lifeboat, oldest first. */
export async function notificationsFromLifeboat() {
  const log = await readFile(process.env.E2E_NOTIFY_LOG, 'utf8');
  return log.split('method call').filter((call) => call.includes('"Lifeboat"'));
}
