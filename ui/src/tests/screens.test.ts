import { describe, expect, it } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import App from '../App.svelte';
import type { Onboarding } from '../lib/generated/plan';
import { mockBackend, status } from './mock-ipc';
import { q } from './helpers';

async function unlockWith(code: string) {
  mockBackend({
    unlock: () => {
      throw { code, message: `backend says ${code}` };
    },
  });
  render(App);
  await waitFor(() => q('#unlock-passphrase'));
  const input = q<HTMLInputElement>('#unlock-passphrase');
  input.value = 'whatever passphrase';
  await fireEvent.input(input);
  await fireEvent.click(q('[data-testid="unlock"]'));
  const el = await waitFor(() => q('[data-testid="unlock-error"]'));
  return el.textContent ?? '';
}

describe('unlock screen', () => {
  it('says something different for each failure', async () => {
    const wrong = await unlockWith('wrong_passphrase');
    document.body.innerHTML = '';
    const corrupt = await unlockWith('corrupt');
    document.body.innerHTML = '';
    const truncated = await unlockWith('truncated');
    document.body.innerHTML = '';
    const newer = await unlockWith('newer_schema');

    expect(wrong).toMatch(/wrong passphrase/i);
    expect(corrupt).toMatch(/damaged/i);
    expect(corrupt).toMatch(/NOT changed/);
    expect(corrupt).toContain('/data/lifeboat'); // backups live in status().data_dir
    expect(truncated).toMatch(/cut short/i);
    expect(truncated).toMatch(/NOT changed/);
    expect(newer).toMatch(/newer version of Lifeboat/i);
    expect(new Set([wrong, corrupt, truncated, newer]).size).toBe(4);
    expect(newer).not.toMatch(/passphrase/i);
  });

  it('an unknown code shows the backend message', async () => {
    expect(await unlockWith('io')).toContain('backend says io');
  });
});

describe('onboarding', () => {
  async function start() {
    const backend = mockBackend({ status: () => status('new') });
    render(App);
    await waitFor(() => q('#onboard-passphrase'));
    await waitFor(() => expect(document.querySelectorAll('[data-testid="onboard-template"]').length).toBe(6));
    return backend;
  }
  async function type(css: string, value: string) {
    const el = q<HTMLInputElement>(css);
    el.value = value;
    await fireEvent.input(el);
  }

  it('refuses a short passphrase and a mismatch without calling the backend', async () => {
    const backend = await start();
    await type('#onboard-passphrase', 'short');
    await type('#onboard-passphrase-confirm', 'short');
    await fireEvent.click(q('[data-testid="create-plan"]'));
    expect(q('[data-testid="onboard-error"]').textContent).toMatch(/at least 10/);

    await type('#onboard-passphrase', 'a long family passphrase');
    await type('#onboard-passphrase-confirm', 'a long family passphrasE');
    await fireEvent.click(q('[data-testid="create-plan"]'));
    expect(q('[data-testid="onboard-error"]').textContent).toMatch(/do not match/);
    expect(backend.callsTo('create_vault')).toHaveLength(0);
  });

  it('sends the name, residence, nationalities and chosen templates', async () => {
    const backend = await start();
    await type('#onboard-passphrase', 'a long family passphrase');
    await type('#onboard-passphrase-confirm', 'a long family passphrase');
    await type('#onboard-name', 'علی رضایی');
    await type('#onboard-city', 'Tehran');
    // the e2e way: set the <select> value and dispatch input + change
    const residence = q<HTMLSelectElement>('#onboard-residence');
    residence.value = 'IR';
    await fireEvent.input(residence);
    await fireEvent.change(residence);
    for (const code of ['FR', 'IR']) {
      const nat = q<HTMLSelectElement>('#onboard-nationalities');
      nat.value = code;
      await fireEvent.change(nat);
    }
    // untick "money", tick "digital"
    const boxes = [...document.querySelectorAll<HTMLInputElement>('[data-testid="onboard-template"]')];
    expect(boxes.filter((b) => b.checked).map((b) => b.value)).toEqual([
      'go_bag_72h',
      'documents_and_copies',
      'money',
      'departure_day',
    ]);
    await fireEvent.click(boxes.find((b) => b.value === 'money')!);
    await fireEvent.click(boxes.find((b) => b.value === 'digital')!);
    await fireEvent.click(q('[data-testid="create-plan"]'));

    await waitFor(() => expect(backend.callsTo('create_vault')).toHaveLength(1));
    const { passphrase: pass, onboarding } = backend.callsTo('create_vault')[0].args as { passphrase: string; onboarding: Onboarding };
    expect(pass).toBe('a long family passphrase');
    expect(onboarding).toEqual({
      name: 'علی رضایی',
      residence_country: 'IR',
      city: 'Tehran',
      nationalities: ['FR', 'IR'],
      templates: ['go_bag_72h', 'documents_and_copies', 'digital', 'departure_day'],
    });
    await waitFor(() => q('[data-testid="section-dashboard"]'));
  });

  it('the onboarding residence filter picks a country with Enter', async () => {
    await start();
    await type('#onboard-residence-filter', 'tür');
    await fireEvent.keyDown(q('#onboard-residence-filter'), { key: 'Enter' });
    expect(q<HTMLSelectElement>('#onboard-residence').value).toBe('TR');
  });
});

describe('loading screen', () => {
  it('paints nothing for a quick start, and says what is happening when the backend is slow', async () => {
    let answer: () => void = () => {};
    mockBackend({ status: () => new Promise((resolve) => (answer = () => resolve(status('new')))) });
    render(App);
    const busy = q('main[aria-busy="true"]');
    expect(busy.textContent?.trim()).toBe('');
    await waitFor(() => expect(busy.textContent).toContain('Opening Lifeboat…'), { timeout: 2000 });
    answer();
    await waitFor(() => q('#onboard-passphrase'));
  });
});
