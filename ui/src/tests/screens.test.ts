import { describe, expect, it } from 'vitest';
import { fireEvent, render, waitFor } from '@testing-library/svelte';
import App from '../App.svelte';
import type { Onboarding } from '../lib/generated/plan';
import { setLocale } from '../lib/i18n.svelte';
import { mockBackend, status } from './mock-ipc';
import { q } from './helpers';

/** The text a person reads: Fluent isolates each inserted value (a count, a name) between invisible bidi marks. */
const visible = (el: Element) => (el.textContent ?? '').replace(/[\u2066-\u2069]/g, '');

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
    expect(visible(q('[data-testid="onboard-error"]'))).toMatch(/at least 10 characters/);

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
      // the language the person is reading: the new plan's title and checklists are written in it
      language: 'en',
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

/** The backend's template list, titled in the language asked for (plan.ftl's words for the two shown here). */
function templatesIn({ locale }: Record<string, unknown>) {
  const fa = locale === 'fa';
  return [
    { template: 'go_bag_72h', title: fa ? 'کیف اضطراری ۷۲ ساعته' : '72-hour go-bag', items: 12 },
    { template: 'documents_and_copies', title: fa ? 'مدارک و نسخه‌ها' : 'Documents and copies', items: 9 },
    { template: 'money', title: fa ? 'پول' : 'Money', items: 5 },
    { template: 'digital', title: fa ? 'دیجیتال' : 'Digital', items: 6 },
    { template: 'home_and_pets', title: fa ? 'خانه و حیوانات خانگی' : 'Home and pets', items: 6 },
    { template: 'departure_day', title: fa ? 'روز حرکت' : 'Departure day', items: 8 },
  ];
}

describe('onboarding in Persian', () => {
  it('runs right to left in Persian, counts in Persian digits, and rewords an error when the language changes', async () => {
    await setLocale('fa');
    const backend = mockBackend({ status: () => status('new'), templates: templatesIn });
    render(App);
    await waitFor(() => expect(document.querySelectorAll('[data-testid="onboard-template"]').length).toBe(6));

    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('fa');
    expect(q('[data-testid="section-onboarding"] h1').textContent).toBe('به Lifeboat خوش آمدید');
    expect(visible(q('label[for="onboard-passphrase"]'))).toBe('عبارت عبور (دست‌کم ۱۰ نویسه)');
    expect(q('[data-testid="create-plan"]').textContent?.trim()).toBe('ساختن برنامه');
    // A template's item count in Persian digits, its title asked of the backend in Persian: no plan (and so no
    // plan language) exists yet.
    const goBag = () => q('[data-testid="onboard-template"][value="go_bag_72h"]').closest('label')!;
    expect(backend.callsTo('templates').map((c) => c.args.locale)).toEqual(['fa']);
    expect(visible(goBag())).toContain('(۱۲ مورد)');
    expect(goBag().textContent).toContain('کیف اضطراری ۷۲ ساعته');
    // An empty country search box shows its Persian hint right to left (a bare dir="auto" would be left to right and
    // cut the hint's start off); what is typed there sets its own direction.
    const residence = q<HTMLInputElement>('#onboard-residence-filter');
    expect(residence.getAttribute('dir')).toBe('rtl');
    expect(q('#onboard-nationalities-filter').getAttribute('dir')).toBe('rtl');
    residence.value = 'Iran';
    await fireEvent.input(residence);
    expect(residence.getAttribute('dir')).toBe('auto');
    residence.value = '';
    await fireEvent.input(residence);
    expect(residence.getAttribute('dir')).toBe('rtl');

    const passphrase = q<HTMLInputElement>('#onboard-passphrase');
    passphrase.value = 'short';
    await fireEvent.input(passphrase);
    await fireEvent.click(q('[data-testid="create-plan"]'));
    expect(visible(q('[data-testid="onboard-error"]'))).toBe(
      'عبارت عبور باید دست‌کم ۱۰ نویسه باشد. چند واژه‌ی بی‌ربط به هم انتخاب خوبی است.',
    );

    // The error already on screen is said again in French, and what was typed stays.
    await setLocale('fr');
    await waitFor(() => expect(visible(q('[data-testid="onboard-error"]'))).toMatch(/^La phrase secrète doit compter au moins 10 caractères/));
    expect(document.documentElement.dir).toBe('ltr');
    expect(residence.getAttribute('dir')).toBe('ltr');
    expect(q<HTMLInputElement>('#onboard-passphrase').value).toBe('short');
    expect(backend.callsTo('create_vault')).toHaveLength(0);
  });

  it("retitles the templates when the onboarding's picker changes the language", async () => {
    await setLocale('fa');
    const backend = mockBackend({ status: () => status('new'), templates: templatesIn });
    render(App);
    const goBag = () => q('[data-testid="onboard-template"][value="go_bag_72h"]').closest('label')!;
    await waitFor(() => expect(goBag().textContent).toContain('کیف اضطراری ۷۲ ساعته'));
    q<HTMLInputElement>('[data-testid="onboard-template"][value="money"]').click(); // a choice made stays

    const picker = q<HTMLSelectElement>('[data-testid="language-picker"]');
    picker.value = 'en';
    await fireEvent.change(picker);
    await waitFor(() => expect(goBag().textContent).toContain('72-hour go-bag'));
    expect(backend.callsTo('templates').map((c) => c.args.locale)).toEqual(['fa', 'en']);
    expect(visible(goBag())).toContain('(12 items)');
    expect(q<HTMLInputElement>('[data-testid="onboard-template"][value="money"]').checked).toBe(false);
  });

  it('gives an Arabic count of items its plural form', async () => {
    await setLocale('ar');
    mockBackend({ status: () => status('new') });
    render(App);
    await waitFor(() => expect(document.querySelectorAll('[data-testid="onboard-template"]').length).toBe(6));
    const count = (template: string) =>
      visible(q(`[data-testid="onboard-template"][value="${template}"]`).closest('label')!.querySelector('.muted')!);
    expect(count('go_bag_72h')).toBe('(12 بندًا)'); // 11–99: the singular, accusative
    expect(count('documents_and_copies')).toBe('(9 بنود)'); // 3–10: the plural
    expect(q('[data-testid="section-onboarding"] h1').textContent).toBe('مرحبًا بك في Lifeboat');
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
