import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import App from '../App.svelte';
import { i18n, negotiate, plainText, setLocale, t } from '../lib/i18n.svelte';
import { emptyReadiness, mockBackend, samplePlan, saved, session, status } from './mock-ipc';
import type { Plan, Readiness } from '../lib/generated/plan';
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

  it('takes the isolation marks out of words written into the plan, and nothing else', async () => {
    await setLocale('fa');
    const name = t('routes-new-name', { letter: 'D' });
    expect(name).toMatch(/[\u2068\u2069]/);
    expect(plainText(name)).toBe('برنامه‌ی D');
    expect(plainText('\u2066a\u2067b\u2068c\u2069 \u200fd\u200e')).toBe('abc \u200fd\u200e');
  });

  it('shows the id of a message the catalogue lacks and warns once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(t('common-no-such-message')).toBe('common-no-such-message');
    expect(t('common-no-such-message')).toBe('common-no-such-message');
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('onboarding switches at once and the next start remembers the choice', async () => {
    const backend = mockBackend({ status: () => status('new') });
    render(App);
    const picker = await waitFor(() => q<HTMLSelectElement>('[data-testid="language-picker"]'));
    const names = [...picker.options].map((o) => o.textContent);
    expect(names).toEqual(['English', 'فارسی', 'العربية', 'Français', 'Deutsch', 'Español', 'Русский', 'Türkçe']);

    picker.value = 'ar';
    await fireEvent.change(picker);
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(i18n.locale).toBe('ar');
    expect(label('onboard-language')).toBe('اللغة');
    expect(backend.callsTo('remember_language').map((c) => c.args)).toEqual([{ code: 'ar' }]);
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

  it('heads every section with its name in the navigation, in every language', async () => {
    const backend = mockBackend();
    await openApp(backend, 'dashboard');
    const sections = ['dashboard', 'household', 'documents', 'contacts', 'routes', 'checklists', 'phases', 'advisories', 'settings'];
    for (const code of ['fa', 'fr', 'ar', 'ru', 'en', 'de', 'es', 'tr']) {
      await setLocale(code);
      for (const id of sections) {
        await fireEvent.click(q(`[data-testid="nav-${id}"]`));
        const heading = await waitFor(() => q(`[data-testid="section-${id}"] h2`));
        expect([code, id, heading.textContent?.trim()]).toEqual([code, id, q(`[data-testid="nav-${id}"] span`).textContent?.trim()]);
      }
    }
    // Persian's checklists and French's settings, which had headings of their own.
    await setLocale('fa');
    expect(t('plan-section-checklists')).toBe('فهرست‌ها');
    await setLocale('fr');
    await fireEvent.click(q('[data-testid="nav-settings"]'));
    await waitFor(() => expect(q('[data-testid="section-settings"] h2').textContent).toBe('Réglages'));
    // 72 sections rendered: a harness limit for a loaded CI machine, not a speed figure.
  }, 30_000);

  it('has the readiness findings in the new language as soon as a switch is saved, with no other edit', async () => {
    // The backend words its findings in the plan's language (Plan::locale): this one says which it was given.
    const readiness = (plan: Plan): Readiness => ({
      ...emptyReadiness(),
      findings: [
        {
          rule: 'no_contact_outside_country',
          severity: 'warning',
          message: `finding in ${plan.settings.language}`,
          fix: { section: 'contacts', field: 'country' },
        },
      ],
    });
    const plan = samplePlan();
    plan.settings.language = 'fa';
    const backend = mockBackend({
      unlock: () => session(plan, readiness(plan)),
      save_plan: (args) => saved(readiness(args.plan)),
    });
    await openApp(backend, 'settings');
    await waitFor(() => expect(i18n.locale).toBe('fa'));
    const finding = async () => {
      await fireEvent.click(q('[data-testid="nav-dashboard"]'));
      return waitFor(() => q('[data-testid="finding"]').textContent);
    };
    expect(await finding()).toContain('finding in fa');

    // Persian → German (a language not loaded yet), then German → Spanish: each time the list follows at once.
    for (const code of ['de', 'es']) {
      await fireEvent.click(q('[data-testid="nav-settings"]'));
      const picker = await waitFor(() => q<HTMLSelectElement>('[data-testid="language-picker"]'));
      picker.value = code;
      await fireEvent.change(picker);
      await waitFor(() => expect(backend.callsTo('save_plan').at(-1)?.args.plan.settings.language).toBe(code));
      await waitFor(async () => expect(await finding()).toContain(`finding in ${code}`));
      expect(document.documentElement.lang).toBe(code);
    }
  });
});
