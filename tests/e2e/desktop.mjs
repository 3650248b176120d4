// The desktop around the app as the end-to-end tests see it: its processes, its tray menu over D-Bus (there is
// no tray host on the test bus, so the menu is driven over com.canonical.dbusmenu, as a panel would), and its
// window on the X display.
import { execFileSync } from 'node:child_process';
import assert from 'node:assert/strict';

/** Pids of the processes called `name` whose command line holds `marker` (a test's own plan folder). */
export function pidsOf(name, marker) {
  let out = '';
  try {
    out = execFileSync('pgrep', ['-x', name, '-a']).toString();
  } catch {
    return []; // none
  }
  return out
    .split('\n')
    .filter((line) => marker && line.includes(marker))
    .map((line) => Number(line.split(' ')[0]))
    .filter(Boolean);
}

/** A D-Bus call on the session bus; its failure (a name gone, no such object) throws, with no noise on stderr. */
export function dbus(args, { timeoutMs = 5000 } = {}) {
  return execFileSync('dbus-send', ['--session', '--print-reply', `--reply-timeout=${timeoutMs}`, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  }).toString();
}

/** A process's tray menu as a panel sees it: `{ dest, path, layout, entries: [{ id, props }] }`, props as dbus-send prints them. */
export function trayMenu(pid) {
  const { dest, path } = trayOf(pid);
  const layout = dbus([`--dest=${dest}`, path, 'com.canonical.dbusmenu.GetLayout', 'int32:0', 'int32:-1', 'array:string:']);
  const entries = [...layout.matchAll(/int32 (\d+)\s+array \[([\s\S]*?)\]/g)].map((m) => ({ id: m[1], props: m[2] }));
  return { dest, path, layout, entries };
}

/**
 * Where a process's tray menu answers. lifeboat-watch (ksni) owns a well-known StatusNotifierItem name; the app's
 * tray (libayatana-appindicator), finding no StatusNotifierWatcher on the test bus, registers no name but still
 * serves its item and menu on its own connection, which is found by the process id.
 */
function trayOf(pid) {
  const names = dbus(['--dest=org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus.ListNames']);
  const item = names.match(new RegExp(`org\\.kde\\.StatusNotifierItem-${pid}-\\d+`))?.[0];
  if (item) return { dest: item, path: '/MenuBar' };
  for (const name of names.match(/:\d+\.\d+/g) ?? []) {
    let owner;
    try {
      owner = dbus(['--dest=org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus.GetConnectionUnixProcessID', `string:${name}`]);
    } catch {
      continue; // gone since the listing
    }
    if (!new RegExp(`uint32 ${pid}\\b`).test(owner)) continue;
    let nodes;
    try {
      nodes = dbus([`--dest=${name}`, '/org/ayatana/NotificationItem', 'org.freedesktop.DBus.Introspectable.Introspect']);
    } catch {
      continue; // another of the process's connections
    }
    const id = nodes.match(/<node name="([^"]+)"/)?.[1];
    if (id) return { dest: name, path: `/org/ayatana/NotificationItem/${id}/Menu` };
  }
  assert.fail(`no tray item of ${pid} on the bus:\n${names}`);
}

/** Clicks the entry labelled `label` in the tray menu of process `pid`. */
export function clickTray(pid, label) {
  const { dest, path, entries } = trayMenu(pid);
  const entry = entries.find((e) => e.props.includes(`string "${label}"`));
  assert.ok(entry, `no "${label}" in the tray menu`);
  dbus([`--dest=${dest}`, path, 'com.canonical.dbusmenu.Event', `int32:${entry.id}`, 'string:clicked', 'variant:int32:0', 'uint32:0']);
}

/** Whether a window titled exactly "Lifeboat" is mapped (on screen) on the X display. */
export function lifeboatWindowShown() {
  try {
    return execFileSync('xdotool', ['search', '--onlyvisible', '--name', '^Lifeboat$'], { timeout: 5000 }).toString().trim() !== '';
  } catch {
    return false; // xdotool exits 1 when nothing matches
  }
}

// What a window manager sends when a person clicks a window's close button: the ICCCM WM_DELETE_WINDOW client
// message. The test display has no window manager and xdotool 3.2016 has no windowclose, so python3-xlib sends it
// (an XSendEvent with no event mask goes to the client that created the window, as a WM's does).
const DELETE_WINDOW_PY = `
import sys
from Xlib import X, display, protocol
d = display.Display()
w = d.create_resource_object('window', int(sys.argv[1]))
msg = protocol.event.ClientMessage(window=w, client_type=d.intern_atom('WM_PROTOCOLS'),
                                   data=(32, [d.intern_atom('WM_DELETE_WINDOW'), X.CurrentTime, 0, 0, 0]))
w.send_event(msg, event_mask=X.NoEventMask)
d.sync()
`;

/** Closes the one visible window titled "Lifeboat" as a person would, with the window manager's close button. */
export function closeLifeboatWindow() {
  const ids = execFileSync('xdotool', ['search', '--onlyvisible', '--name', '^Lifeboat$'], { timeout: 5000 })
    .toString()
    .trim()
    .split('\n')
    .filter(Boolean);
  assert.equal(ids.length, 1, `one Lifeboat window on screen, found ${ids.length}`);
  execFileSync('/usr/bin/python3', ['-c', DELETE_WINDOW_PY, ids[0]], { timeout: 10000 });
}
