import { describe, expect, it } from 'vitest';
import { fireEvent, waitFor } from '@testing-library/svelte';
import type { Plan } from '../lib/generated/plan';
import { setLocale } from '../lib/i18n.svelte';
import { mockBackend } from './mock-ipc';
import { openApp, q } from './helpers';

const FSI = '\u2068';
const PDI = '\u2069';
const label = (input: Element) => q(`label[for="${input.id}"]`).textContent?.trim();

async function askToRemove(entry: string): Promise<string> {
  await fireEvent.click(q(`[data-entry="${entry}"] button.danger`));
  await waitFor(() => expect(document.querySelector('dialog')?.open).toBe(true));
  const message = q('#confirm-msg').textContent ?? '';
  await fireEvent.click(q('[data-testid="confirm-cancel"]'));
  await waitFor(() => expect(document.querySelector('dialog')).toBeNull());
  return message;
}

describe('household in Persian', () => {
  it('runs right to left with Persian labels, the owner named as an isolated value', async () => {
    await setLocale('fa');
    await openApp(mockBackend(), 'household');
    expect(document.documentElement.dir).toBe('rtl');
    expect(q('[data-testid="section-household"] h2').textContent).toBe('خانواده');
    const owner = q('[data-entry="self"]');
    expect(q('h3', owner).textContent?.trim()).toBe(`شما: ${FSI}Léa Martin${PDI}`);
    expect(label(q('[data-field="date_of_birth"]', owner))).toBe('تاریخ تولد');
    expect(q('[data-testid="add-person"]').textContent).toBe('+ افزودن یک نفر');
    expect(q('[data-entry="p-ali"] button.danger').getAttribute('aria-label')).toBe(`حذف ${FSI}علی رضایی${PDI}`);
  });

  it('keeps the blood type example "O+" whole in the Persian and Arabic placeholders', async () => {
    const placeholder = () => q<HTMLInputElement>('[data-entry="self"] [data-field="blood_type"]').placeholder;
    await setLocale('fa');
    await openApp(mockBackend(), 'household');
    // A left-to-right isolate around "O+": bare, its "+" shows before the O ("نامعلوم ،+O").
    expect(placeholder()).toBe('\u2066O+\u2069، نامعلوم');
    await setLocale('ar');
    await waitFor(() => expect(placeholder()).toBe('\u2066O+\u2069، غير معروفة'));
    await setLocale('en');
    await waitFor(() => expect(placeholder()).toBe('O+, unknown'));
  });

  it('shows an empty field right to left, its Persian placeholder on the right, and typed text in its own direction', async () => {
    await setLocale('fa');
    await openApp(mockBackend(), 'household');
    const blood = q<HTMLInputElement>('[data-entry="self"] [data-field="blood_type"]');
    expect(blood.value).toBe('A+');
    expect(blood.getAttribute('dir')).toBe('auto');
    blood.value = '';
    await fireEvent.input(blood);
    await waitFor(() => expect(blood.getAttribute('dir')).toBe('rtl'));
  });

  it('counts the documents someone holds in Persian digits', async () => {
    await setLocale('fa');
    await openApp(mockBackend(), 'household');
    expect(await askToRemove('p-ali')).toBe(
      `${FSI}علی رضایی${PDI} از خانواده حذف شود؟ ${FSI}۲${PDI} مدرک به نام اوست و باید برایشان دارنده‌ی دیگری تعیین شود.`,
    );
  });

  it('takes languages typed with a Persian comma', async () => {
    await setLocale('fa');
    const backend = mockBackend();
    await openApp(backend, 'household');
    const languages = q<HTMLInputElement>('[data-entry="p-ali"] [data-field="languages"]');
    languages.value = 'fa، fr،de';
    await fireEvent.change(languages);
    await waitFor(() => expect(backend.callsTo('save_plan').length).toBeGreaterThan(0));
    const sent = backend.callsTo('save_plan').at(-1)!.args.plan as Plan;
    expect(sent.household.find((p) => p.id === 'p-ali')?.languages).toEqual(['fa', 'fr', 'de']);
  });
});

describe('household in Arabic and English', () => {
  it('gives Arabic its dual and its singular for the documents held', async () => {
    await setLocale('ar');
    await openApp(mockBackend(), 'household');
    expect(await askToRemove('p-ali')).toContain('وثيقتان مسجّلتان');
    expect(await askToRemove('p-sara')).toContain('وثيقة واحدة');
  });

  it('asks in English as before, one sentence per fact', async () => {
    await openApp(mockBackend(), 'household');
    expect(await askToRemove('p-ali')).toBe(
      `Remove ${FSI}علی رضایی${PDI} from the household? ${FSI}2${PDI} documents name them as holder and will need a new holder.`,
    );
    expect(await askToRemove('p-sara')).toContain('One document names them as holder');
  });
});
