import { describe, expect, it } from 'vitest';
import { fireEvent, waitFor } from '@testing-library/svelte';
import { setLocale } from '../lib/i18n.svelte';
import { mockBackend, samplePlan, session } from './mock-ipc';
import { openApp, q } from './helpers';

const FSI = '\u2068';
const PDI = '\u2069';

async function askToRemove(entry: string): Promise<string> {
  await fireEvent.click(q(`[data-entry="${entry}"] .head button.danger`));
  await waitFor(() => expect(document.querySelector('dialog')?.open).toBe(true));
  const message = q('#confirm-msg').textContent ?? '';
  await fireEvent.click(q('[data-testid="confirm-cancel"]'));
  await waitFor(() => expect(document.querySelector('dialog')).toBeNull());
  return message;
}

describe('checklists in Persian', () => {
  it('runs right to left with Persian labels and counts in Persian digits', async () => {
    await setLocale('fa');
    await openApp(mockBackend(), 'checklists');
    expect(document.documentElement.dir).toBe('rtl');
    expect(q('[data-testid="section-checklists"] h2').textContent).toBe('فهرست‌ها'); // the navigation's name
    const list = q('[data-entry="l-gobag"]');
    expect(q('.count', list).textContent).toBe(`${FSI}۲${PDI} از ${FSI}۴${PDI}`);
    expect(q('[role="progressbar"]', list).getAttribute('aria-label')).toBe(`پیشرفت ${FSI}72-hour go-bag${PDI}`);
    const pick = q<HTMLSelectElement>('[data-testid="template-pick"]');
    expect(pick.options[0].textContent).toBe('افزودن از روی الگو…');
    // A template's title comes from the backend; its item count is a number in the locale's digits.
    expect(pick.options[1].textContent).toContain(`(${FSI}۱۲${PDI})`);
    expect(await askToRemove('l-gobag')).toBe(`فهرست «${FSI}72-hour go-bag${PDI}» و ${FSI}۴${PDI} مورد آن حذف شود؟`);
  });
});

describe('the template picker', () => {
  it("names the templates in the plan's language, even when the interface started in another", async () => {
    const plan = samplePlan();
    plan.settings.language = 'fa';
    const backend = mockBackend({
      unlock: () => session(plan),
      templates: ({ locale }) => [{ template: 'money', title: locale === 'fa' ? 'پول' : 'Money', items: 5 }],
    });
    await openApp(backend, 'checklists');
    const pick = q<HTMLSelectElement>('[data-testid="template-pick"]');
    await waitFor(() => expect(pick.options[1].textContent).toBe(`${FSI}پول${PDI} (${FSI}۵${PDI})`));
    expect(backend.callsTo('templates').at(-1)!.args.locale).toBe('fa');
  });
});

describe('checklists in other languages', () => {
  it('gives Russian and Arabic their plural forms, and English its old wording', async () => {
    await openApp(mockBackend(), 'checklists');
    expect(await askToRemove('l-gobag')).toBe(`Remove the list “${FSI}72-hour go-bag${PDI}” and its ${FSI}4${PDI} items?`);
    await setLocale('ru');
    await waitFor(() => expect(q('[data-testid="section-checklists"] h2').textContent).toBe('Списки'));
    expect(await askToRemove('l-gobag')).toContain('4⁩ пункта в нём');
    await setLocale('ar');
    expect(await askToRemove('l-money')).toContain('مع ⁨3⁩ بنود فيها');
  });
});
