import { render, waitFor } from '@testing-library/svelte';
import App from '../App.svelte';
import { setBackend } from '../lib/ipc';
import type { Section } from '../lib/generated/plan';
import type { Fake } from './fake-backend';

/** Mount the whole app on a fake backend, unlocked, showing `section`. */
export async function openApp(fake: Fake, section: Section = 'dashboard', saveDelay = 40) {
  setBackend(fake);
  const r = render(App, { props: { saveDelay, auto: { passphrase: 'correct horse battery', section } } });
  await waitFor(() => {
    if (!document.querySelector(`[data-testid="section-${section}"]`)) throw new Error('section not shown');
  });
  // lookups (countries, templates) load after the session opens
  await waitFor(() => {
    if (!fake.callsTo('templates').length) throw new Error('lookups not loaded');
  });
  return r;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function q<T extends Element = HTMLElement>(css: string, root: ParentNode = document): T {
  const el = root.querySelector<T>(css);
  if (!el) throw new Error(`nothing matches ${css}`);
  return el;
}
