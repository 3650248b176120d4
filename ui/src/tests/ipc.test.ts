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
