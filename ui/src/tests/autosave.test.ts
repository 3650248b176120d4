import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, waitFor } from '@testing-library/svelte';
import { Autosaver } from '../lib/autosave';
import type { Plan, SaveOutcome } from '../lib/generated/plan';
import { deferred, mockBackend, samplePlan, saved } from './mock-ipc';
import { openApp, q, sleep } from './helpers';

const ok = (): SaveOutcome => saved();

describe('Autosaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('debounces several edits into one save carrying the latest plan', async () => {
    const plan = samplePlan();
    const saved: Plan[] = [];
    const a = new Autosaver({
      delay: 600,
      snapshot: () => structuredClone(plan),
      save: async (p) => {
        saved.push(p);
        return ok();
      },
    });
    plan.name = 'one';
    a.schedule();
    await vi.advanceTimersByTimeAsync(300);
    plan.name = 'two';
    a.schedule();
    await vi.advanceTimersByTimeAsync(300);
    plan.name = 'three';
    a.schedule();
    expect(saved).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(600);
    expect(saved.map((p) => p.name)).toEqual(['three']);
  });

  it('never runs two saves at once and saves the latest edit after the running one', async () => {
    const plan = samplePlan();
    let running = 0;
    let maxRunning = 0;
    const pending: ReturnType<typeof deferred<SaveOutcome>>[] = [];
    const names: string[] = [];
    const a = new Autosaver({
      delay: 100,
      snapshot: () => structuredClone(plan),
      save: async (p) => {
        names.push(p.name);
        running++;
        maxRunning = Math.max(maxRunning, running);
        const d = deferred<SaveOutcome>();
        pending.push(d);
        try {
          return await d.promise;
        } finally {
          running--;
        }
      },
    });
    plan.name = 'first';
    a.schedule();
    await vi.advanceTimersByTimeAsync(100);
    expect(names).toEqual(['first']);
    // edits while the first save is in flight
    plan.name = 'second';
    a.schedule();
    await vi.advanceTimersByTimeAsync(150);
    plan.name = 'third';
    a.schedule();
    await vi.advanceTimersByTimeAsync(150);
    expect(names).toEqual(['first']);
    pending[0].resolve(ok());
    await vi.advanceTimersByTimeAsync(0);
    expect(names).toEqual(['first', 'third']);
    pending[1].resolve(ok());
    const flushed = a.flush();
    await vi.advanceTimersByTimeAsync(0);
    await flushed;
    expect(maxRunning).toBe(1);
    expect(names).toEqual(['first', 'third']);
  });

  it('flush saves pending edits at once', async () => {
    const plan = samplePlan();
    const save = vi.fn(async () => ok());
    const a = new Autosaver({ delay: 600, snapshot: () => structuredClone(plan), save });
    a.schedule();
    await a.flush();
    expect(save).toHaveBeenCalledTimes(1);
  });
});

describe('autosave in the editor', () => {
  it('typing several characters results in one save_plan with the final text', async () => {
    const backend = mockBackend();
    await openApp(backend, 'contacts', 80);
    const input = q<HTMLInputElement>('[data-entry="c-mireille"] [data-testid="contact-name"]');
    for (const v of ['C', 'Cl', 'Cla', 'Clara']) {
      input.value = v;
      await fireEvent.input(input);
      await sleep(10);
    }
    expect(document.querySelector('[data-testid="save-state"]')?.textContent).not.toMatch(/^Saved/);
    await waitFor(() => expect(backend.callsTo('save_plan')).toHaveLength(1));
    const plan = backend.callsTo('save_plan')[0].args.plan as Plan;
    expect(plan.contacts.find((c) => c.id === 'c-mireille')?.name).toBe('Clara');
    await waitFor(() => expect(q('[data-testid="save-state"]').textContent).toMatch(/Saved/));
    await sleep(150);
    expect(backend.callsTo('save_plan')).toHaveLength(1);
  });
});
