// What the notification server received on the private D-Bus session: tests/e2e/run logs every Notify call there
// (E2E_NOTIFY_LOG, from dbus-monitor).
import { readFile } from 'node:fs/promises';
import { waitFor } from './webdriver.mjs';

/** The Notify calls whose application name is Lifeboat, oldest first. */
export async function notificationsFromLifeboat() {
  const log = await readFile(process.env.E2E_NOTIFY_LOG, 'utf8');
  return log.split('method call').filter((call) => call.includes('"Lifeboat"'));
}

/** Waits for Lifeboat's notifications after the first `before` of them; resolves to those (at least one). */
export async function newNotifications(before, what = 'a notification') {
  return waitFor(
    what,
    async () => {
      const calls = (await notificationsFromLifeboat()).slice(before);
      return calls.length ? calls : null;
    },
    { timeout: 60000, interval: 500 },
  );
}
