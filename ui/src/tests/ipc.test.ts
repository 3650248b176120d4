import { describe, expect, it } from 'vitest';
import { render, waitFor } from '@testing-library/svelte';
import App from '../App.svelte';
import { backend as ipc } from '../lib/ipc';
import { mockBackend } from './mock-ipc';

describe('start-up', () => {
  it('asks for the status once and listens for the lock and a clicked notification', async () => {
    const backend = mockBackend();
    render(App);
    await waitFor(() => expect(document.querySelector('#unlock-passphrase')).not.toBeNull());
    await waitFor(() => expect(backend.listening('vault-locked')).toBe(1));
    expect(backend.listening('open-country')).toBe(1);
    expect(backend.callsTo('status')).toHaveLength(1);
    expect(backend.listening('watch-updated')).toBe(0); // only while unlocked
  });

  it('shows the first screen while the event subscriptions are still on their way', async () => {
    let subscribe!: () => void;
    mockBackend({ 'plugin:event|listen': () => new Promise((resolve) => (subscribe = () => resolve(0))) });
    render(App);
    await waitFor(() => expect(document.querySelector('#unlock-passphrase')).not.toBeNull());
    subscribe();
  });
});

describe('the requests index.html sends before the code loads', () => {
  it('are taken once each; after that the backend is asked again', async () => {
    const status = { state: 'unlocked', data_dir: '/d', app_version: '0', adopt_session: true };
    const session = { plan: {}, readiness: {}, has_recovery_key: false };
    const w = window as { __lifeboatEarly?: unknown; __TAURI_INTERNALS__?: unknown };
    const asked: string[] = [];
    w.__TAURI_INTERNALS__ = { invoke: async (cmd: string) => (asked.push(cmd), { asked: cmd }) };
    w.__lifeboatEarly = { status: Promise.resolve(status), session: Promise.resolve(session) };
    try {
      expect(await ipc.status()).toBe(status);
      expect(await ipc.currentSession()).toBe(session);
      expect(asked).toEqual([]);
      expect(await ipc.status()).toEqual({ asked: 'status' });
      expect(await ipc.currentSession()).toEqual({ asked: 'current_session' });
      // A status that offered no session (an ordinary start): the session is asked for when the code wants one.
      w.__lifeboatEarly = { session: Promise.resolve(undefined) };
      expect(await ipc.currentSession()).toEqual({ asked: 'current_session' });
      expect(asked).toEqual(['status', 'current_session', 'current_session']);
    } finally {
      delete w.__lifeboatEarly;
      delete w.__TAURI_INTERNALS__;
    }
  });
});
