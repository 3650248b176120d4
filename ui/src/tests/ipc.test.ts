import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import App from '../App.svelte';
import { mockBackend } from './mock-ipc';
import { events } from '../lib/ipc';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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

  it('shows the first screen when the events cannot be read, and asks for them again later, not in a loop', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const backend = mockBackend({ next_events: () => Promise.reject({ code: 'internal', message: 'no events' }) });
    render(App);
    await waitFor(() => expect(document.querySelector('#unlock-passphrase')).not.toBeNull());
    await sleep(200);
    expect(backend.callsTo('next_events')).toHaveLength(1);
    await waitFor(() => expect(backend.callsTo('next_events')).toHaveLength(2), { timeout: 2000 });
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('a page that missed events is told so, and reads the watch and the embassy directory again', async () => {
    let answered = false;
    mockBackend({
      next_events: () => {
        if (answered) return new Promise(() => {});
        answered = true;
        return { next: 70, events: [{ event: 'open-country', country: 'TR' }], missed: true };
      },
    });
    const heard: string[] = [];
    const offs = (['watch-updated', 'directory-updated', 'open-country'] as const).map((name) =>
      events.on(name, (event) => heard.push(event.event)),
    );
    await waitFor(() => expect(heard).toEqual(['open-country', 'watch-updated', 'directory-updated']));
    offs.forEach((off) => off());
  });
});
