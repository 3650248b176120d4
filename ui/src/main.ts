// First, so its clock reading marks the moment the bundle starts to run.
import { mark } from './lib/marks';
import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { completeCatalogue, setLocale, startWithHandedMessages, startingLocale } from './lib/i18n.svelte';
import { afterPaint } from './lib/after-paint';

import type { Section } from './lib/generated/plan';

mark('script');

// WebKitGTK (Linux) gets the desktop's fonts first; see `:root.linux` in app.css.
if (/\bLinux\b|\bX11\b/.test(navigator.userAgent) && !/\bAndroid\b/.test(navigator.userAgent)) {
  document.documentElement.classList.add('linux');
}

async function start() {
  let auto: { passphrase: string; section?: Section } | undefined;
  // Mock mode (`npm run dev:mock`) serves the UI in a plain browser, every command answered by the tests' IPC mock
  // (any passphrase unlocks the sample plan; `?section=advisories` opens one at once). The condition is a
  // build-time constant, so production bundles drop the mock entirely.
  if (import.meta.env.VITE_MOCK_BACKEND === '1') {
    const { mockBackend } = await import('./tests/mock-ipc');
    mockBackend();
    const section = new URLSearchParams(location.search).get('section') as Section | null;
    if (section) auto = { passphrase: 'mock', section };
  }
  // The first frame is in the user's language. The backend handed the page its first screen's messages; the
  // rest of the catalogue loads once that screen is painted. Without them (a plain browser), only that locale's
  // catalogue is fetched, before mounting; should it not load, English is tried, and failing that the app still
  // starts (showing message ids).
  const handed = startWithHandedMessages();
  if (!handed) {
    await setLocale(startingLocale())
      .catch(() => setLocale('en'))
      .catch((err) => console.error('i18n: no catalogue could be loaded', err));
  }
  mark('locale');
  mount(App, { target: document.getElementById('app')!, props: { auto } });
  mark('mounted');
  if (handed) {
    void afterPaint()
      .then(completeCatalogue)
      .catch((err) => console.error('i18n: the catalogue could not be loaded', err));
  }
}

void start();
