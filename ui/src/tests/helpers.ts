import { render, waitFor } from '@testing-library/svelte';
import App from '../App.svelte';
import type { Section } from '../lib/generated/plan';
import type { MockBackend } from './mock-ipc';

/** Mount the whole app on the mocked backend, unlocked, showing `section`. */
export async function openApp(backend: MockBackend, section: Section = 'dashboard', saveDelay = 40) {
  const r = render(App, { props: { saveDelay, auto: { passphrase: 'correct horse battery', section } } });
  // The editor is a chunk of its own: the first test in a file waits for it to be transformed.
  await waitFor(
    () => {
      if (!document.querySelector(`[data-testid="section-${section}"]`)) throw new Error('section not shown');
    },
    { timeout: 5000 },
  );
  // lookups (countries, templates) load after the session opens
  await waitFor(() => {
    if (!backend.callsTo('templates').length) throw new Error('lookups not loaded');
  });
  return r;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function q<T extends Element = HTMLElement>(css: string, root: ParentNode = document): T {
  const el = root.querySelector<T>(css);
  if (!el) throw new Error(`nothing matches ${css}`);
  return el;
}

