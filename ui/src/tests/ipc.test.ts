import { describe, expect, it } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import App from '../App.svelte';
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

  it("reports each screen's first frame, the editor's once its own chunk has arrived and it is on screen", async () => {
    const onScreen: Record<string, boolean> = {};
    const backend = mockBackend({
      report_ready: ({ screen }) => {
        onScreen[screen] = !!document.querySelector(screen === 'locked' ? '#unlock-passphrase' : '[data-testid="section-dashboard"]');
        return null;
      },
    });
    render(App);
    await waitFor(() => expect(onScreen.locked).toBe(true));
    const input = document.querySelector<HTMLInputElement>('#unlock-passphrase')!;
    input.value = 'correct horse battery';
    await fireEvent.input(input);
    await fireEvent.click(document.querySelector('[data-testid="unlock"]')!);
    await waitFor(() => expect(onScreen.unlocked).toBe(true), { timeout: 5000 });
    const unlocked = backend.callsTo('report_ready').find((c) => c.args.screen === 'unlocked')!;
    const marks = (unlocked.args.marks as [string, number][]).map(([name]) => name);
    expect(marks.indexOf('editor')).toBeGreaterThan(marks.lastIndexOf('frame-locked'));
    expect(marks.at(-1)).toBe('frame-unlocked');
  });

  it('shows the first screen while the event subscriptions are still on their way', async () => {
    let subscribe!: () => void;
    mockBackend({ 'plugin:event|listen': () => new Promise((resolve) => (subscribe = () => resolve(0))) });
    render(App);
    await waitFor(() => expect(document.querySelector('#unlock-passphrase')).not.toBeNull());
    subscribe();
  });
});
