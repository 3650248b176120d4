// The screens a start opens on (onboarding, the unlock screen) paint with only the messages the backend hands the
// page (src-tauri/src/start_page.rs: the areas in locales/first-screens.json). A word on those screens taken from
// any other area would show its id until the rest of the catalogue arrives: these tests render each screen with
// exactly those areas and fail on any message missing from them.
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import App from '../App.svelte';
import { i18n, startWithHandedMessages } from '../lib/i18n.svelte';
import firstScreens from '../../../locales/first-screens.json';
import { mockBackend, status } from './mock-ipc';
import { q } from './helpers';

const FILES = import.meta.glob<string>('../../../locales/*/*.ftl', { query: '?raw', import: 'default', eager: true });

function handed(locale: string, screen: keyof typeof firstScreens): string {
  return firstScreens[screen].map((area) => FILES[`../../../locales/${locale}/${area}.ftl`]).join('\n');
}

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  warn.mockRestore();
  delete window.__LIFEBOAT_START__;
});

const missing = () => warn.mock.calls.map((c) => String(c[0])).filter((m) => m.startsWith('i18n:'));

describe('the first screen with only the messages handed to the page', () => {
  for (const locale of ['en', 'fa']) {
    it(`onboarding in ${locale}: every word is there, country pickers and a refused passphrase included`, async () => {
      expect(startWithHandedMessages({ locale, messages: handed(locale, 'onboarding') })).toBe(true);
      expect(i18n.locale).toBe(locale);
      mockBackend({ status: () => status('new') });
      render(App);
      await waitFor(() => q('[data-testid="section-onboarding"]'));
      const pass = q<HTMLInputElement>('#onboard-passphrase');
      pass.value = 'correct horse battery staple';
      await fireEvent.input(pass);
      await fireEvent.click(q('[data-testid="create-plan"]'));
      await waitFor(() => q('[data-testid="onboard-error"]'));
      expect(q('#onboard-residence').textContent).toMatch(locale === 'fa' ? /ایران/ : /Iran/);
      expect(missing()).toEqual([]);
    });

    it(`the unlock screen in ${locale}: every word is there, the lock reason and recovery included`, async () => {
      expect(startWithHandedMessages({ locale, messages: handed(locale, 'unlock') })).toBe(true);
      const backend = mockBackend({ status: () => status('locked') });
      render(App);
      await waitFor(() => q('[data-testid="section-unlock"]'));
      await backend.emit('vault-locked', { reason: 'idle' });
      await fireEvent.click(q('[data-testid="section-unlock"] button.link'));
      const form = await waitFor(() => q<HTMLFormElement>('[data-testid="section-unlock"] form:last-of-type'));
      await fireEvent.submit(form);
      expect(missing()).toEqual([]);
    });
  }

  it('needs no status request: the store state handed with the page is shown at once', async () => {
    window.__LIFEBOAT_START__ = { locale: 'en', messages: handed('en', 'unlock'), status: status('locked') };
    startWithHandedMessages();
    // The request is never answered: the unlock screen must not wait for it.
    const backend = mockBackend({ status: () => new Promise(() => {}) });
    render(App);
    await waitFor(() => q('[data-testid="section-unlock"]'));
    await waitFor(() => expect(backend.callsTo('status')).toHaveLength(1)); // the confirmation, after the frame
    expect(missing()).toEqual([]);
  });

  it('corrects a handed state the store no longer has (a page reloaded after onboarding)', async () => {
    window.__LIFEBOAT_START__ = { locale: 'en', messages: handed('en', 'onboarding'), status: status('new') };
    startWithHandedMessages();
    mockBackend({ status: () => status('locked') });
    render(App);
    await waitFor(() => q('[data-testid="section-unlock"]'));
    expect(document.querySelector('[data-testid="section-onboarding"]')).toBeNull();
    // In its own words: the rest of the catalogue came before the switch.
    expect(missing()).toEqual([]);
  });

  it('fails, as it should, when a first screen reads a word it was not handed', async () => {
    expect(startWithHandedMessages({ locale: 'en', messages: handed('en', 'unlock').replace(/^unlock-intro =.*$/m, '') }))
      .toBe(true);
    mockBackend({ status: () => status('locked') });
    render(App);
    await waitFor(() => q('[data-testid="section-unlock"]'));
    expect(missing()).toEqual(['i18n: no message "unlock-intro" in en']);
  });
});
