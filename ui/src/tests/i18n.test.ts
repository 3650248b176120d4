import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import App from '../App.svelte';
import { i18n, negotiate, setLocale, t } from '../lib/i18n.svelte';
import { mockBackend, samplePlan, saved, session, status } from './mock-ipc';
import { openApp, q } from './helpers';

function label(forId: string): string {
  return q(`label[for="${forId}"]`).textContent?.trim() ?? '';
}

describe('the unlock screen in Persian', () => {
  it('runs right to left, in Persian, and switches to French without remounting', async () => {
    await setLocale('fa');
    mockBackend();
    render(App);
    const input = await waitFor(() => q<HTMLInputElement>('#unlock-passphrase'));

    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('fa');
    expect(label('unlock-passphrase')).toBe('عبارت عبور');
    expect(q('[data-testid="unlock"]').textContent?.trim()).toBe('باز کردن قفل');
    // The data folder's path is its own left-to-right run inside the Persian line.
    expect(q('.hint .mono').getAttribute('dir')).toBe('ltr');

    input.value = 'half-typed passphrase';
    await fireEvent.input(input);
    await setLocale('fr');

    await waitFor(() => expect(label('unlock-passphrase')).toBe('Phrase secrète'));
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.documentElement.lang).toBe('fr');
    expect(q('#unlock-passphrase')).toBe(input); // the same element: nothing was remounted
    expect(input.value).toBe('half-typed passphrase');
  });

  it('rewords a failure already on screen when the language changes', async () => {
    mockBackend({
      unlock: () => {
        throw { code: 'corrupt', message: 'backend says corrupt' };
      },
    });
    render(App);
    const input = await waitFor(() => q<HTMLInputElement>('#unlock-passphrase'));
    input.value = 'whatever passphrase';
    await fireEvent.input(input);
    await fireEvent.click(q('[data-testid="unlock"]'));
    const error = await waitFor(() => q('[data-testid="unlock-error"]'));
    expect(error.textContent).toMatch(/damaged/);
    expect(error.textContent).toContain('/data/lifeboat');

    await setLocale('fa');
    await waitFor(() => expect(q('[data-testid="unlock-error"]').textContent).toContain('آسیب دیده'));
    // The folder is inserted between bidi isolation marks, so the path keeps its order in a Persian sentence.
    expect(q('[data-testid="unlock-error"]').textContent).toContain('\u2068/data/lifeboat\u2069');
  });

  it('gives Arabic and Russian numbers their own plural forms', async () => {
    await setLocale('ru');
    expect(t('unlock-recover-too-short', { min: 10 })).toContain('символов');
    expect(t('unlock-recover-too-short', { min: 1 })).toContain('символа');
    await setLocale('ar');
    expect(t('unlock-recover-too-short', { min: 2 })).toContain('حرفين');
  });
});

describe('choosing the language', () => {
  it('negotiates what the system asks for to a shipped language, else English', () => {
    expect(negotiate(['fa-IR'])).toBe('fa');
    expect(negotiate(['fa_IR.UTF-8'])).toBe('fa');
    expect(negotiate(['pt-BR', 'de-AT', 'en'])).toBe('de');
    expect(negotiate(['ja'])).toBe('en');
    expect(negotiate([])).toBe('en');
  });

  it('shows the id of a message the catalogue lacks and warns once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(t('common-no-such-message')).toBe('common-no-such-message');
    expect(t('common-no-such-message')).toBe('common-no-such-message');
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('onboarding switches at once and the next start remembers the choice', async () => {
    localStorage.clear();
    mockBackend({ status: () => status('new') });
    render(App);
    const picker = await waitFor(() => q<HTMLSelectElement>('[data-testid="language-picker"]'));
    const names = [...picker.options].map((o) => o.textContent);
    expect(names).toEqual(['English', 'فارسی', 'العربية', 'Français', 'Deutsch', 'Español', 'Русский', 'Türkçe']);

    picker.value = 'ar';
    await fireEvent.change(picker);
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(i18n.locale).toBe('ar');
    expect(label('onboard-language')).toBe('اللغة');
    expect(localStorage.getItem('lifeboat.language')).toBe('ar');
  });

  it('Settings saves the language in the plan, and an unlocked plan speaks its own', async () => {
    const plan = samplePlan();
    plan.settings.language = 'fa';
    const backend = mockBackend({ unlock: () => session(plan), save_plan: () => saved() });
    await openApp(backend, 'settings');
    await waitFor(() => expect(i18n.locale).toBe('fa'));
    expect(document.documentElement.dir).toBe('rtl');

    const picker = q<HTMLSelectElement>('[data-testid="language-picker"]');
    expect(picker.value).toBe('fa');
    picker.value = 'fr';
    await fireEvent.change(picker);
    await waitFor(() => expect(backend.callsTo('save_plan').length).toBeGreaterThan(0));
    const sent = backend.callsTo('save_plan').at(-1)!.args.plan;
    expect(sent.settings.language).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');
    expect(q('[data-testid="section-settings"]')).toBeTruthy(); // still unlocked, same section
  });
});
