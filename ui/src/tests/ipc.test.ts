import { describe, expect, it } from 'vitest';
import { render, waitFor } from '@testing-library/svelte';
import App from '../App.svelte';
import { backend, setBackend, tauriBackend } from '../lib/ipc';
import { fakeBackend } from './fake-backend';

describe('ipc swap', () => {
  it('setBackend replaces the Tauri backend and returns the previous one', () => {
    const fake = fakeBackend();
    const previous = setBackend(fake);
    expect(backend()).toBe(fake);
    setBackend(previous);
    expect(backend()).toBe(previous);
  });

  it('the app talks only to the swapped-in backend', async () => {
    const fake = fakeBackend();
    const previous = setBackend(fake);
    try {
      expect(previous).toBe(tauriBackend);
      render(App);
      await waitFor(() => expect(document.querySelector('#unlock-passphrase')).not.toBeNull());
      expect(fake.callsTo('status')).toHaveLength(1);
      expect(fake.callsTo('onLocked')).toHaveLength(1);
    } finally {
      setBackend(previous);
    }
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
      expect(await tauriBackend.status()).toBe(status);
      expect(await tauriBackend.currentSession()).toBe(session);
      expect(asked).toEqual([]);
      expect(await tauriBackend.status()).toEqual({ asked: 'status' });
      expect(await tauriBackend.currentSession()).toEqual({ asked: 'current_session' });
      // A status that offered no session (an ordinary start): the session is asked for when the code wants one.
      w.__lifeboatEarly = { session: Promise.resolve(undefined) };
      expect(await tauriBackend.currentSession()).toEqual({ asked: 'current_session' });
      expect(asked).toEqual(['status', 'current_session', 'current_session']);
    } finally {
      delete w.__lifeboatEarly;
      delete w.__TAURI_INTERNALS__;
    }
  });
});

describe('start-up', () => {
  it('shows the first screen while the event subscriptions are still on their way', async () => {
    let subscribe!: () => void;
    const fake = fakeBackend({
      onLocked: () => new Promise((resolve) => (subscribe = () => resolve(() => {}))),
    });
    const previous = setBackend(fake);
    try {
      render(App);
      await waitFor(() => expect(document.querySelector('#unlock-passphrase')).not.toBeNull());
      subscribe();
    } finally {
      setBackend(previous);
    }
  });
});
