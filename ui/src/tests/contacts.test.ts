import { describe, expect, it } from 'vitest';
import { fireEvent, waitFor } from '@testing-library/svelte';
import { setLocale } from '../lib/i18n.svelte';
import { mockBackend } from './mock-ipc';
import { openApp, q } from './helpers';

const FSI = '\u2068';
const PDI = '\u2069';
const label = (input: Element) => q(`label[for="${input.id}"]`).textContent?.trim();

describe('contacts in Persian', () => {
  it('runs right to left with Persian labels; phone numbers stay left to right, priorities in Persian digits', async () => {
    await setLocale('fa');
    await openApp(mockBackend(), 'contacts');
    expect(document.documentElement.dir).toBe('rtl');
    expect(q('[data-testid="section-contacts"] h2').textContent).toBe('مخاطبان');
    const card = q('[data-entry="c-mireille"]');
    expect(label(q('[data-testid="contact-name"]', card))).toBe('نام');
    expect(q('.prio', card).textContent).toBe('۲');
    const phone = q<HTMLInputElement>('[data-field="phones.0"]', card);
    expect(phone.getAttribute('dir')).toBe('ltr');
    expect(label(phone)).toBe(`تلفن ${FSI}۱${PDI}`);
  });

  it('words the presentational hints in Persian, with the range in Persian digits', async () => {
    await setLocale('fa');
    await openApp(mockBackend(), 'contacts');
    const card = q('[data-entry="c-mireille"]');
    const priority = q<HTMLInputElement>('[data-field="priority"]', card);
    priority.value = '0';
    await fireEvent.change(priority);
    await waitFor(() =>
      expect(q('[data-testid="field-error"]', priority.closest('div')!).textContent?.trim()).toBe(
        `اولویت از ${FSI}۱${PDI} تا ${FSI}۹۹${PDI}`,
      ),
    );
    expect(priority.getAttribute('aria-invalid')).toBe('true');
  });

  it('asks in Persian before removing, and the hint follows a switch back to English', async () => {
    await setLocale('fa');
    await openApp(mockBackend(), 'contacts');
    await fireEvent.click(q('[data-entry="c-ali"] button.danger'));
    await waitFor(() => expect(document.querySelector('dialog')?.open).toBe(true));
    expect(q('#confirm-msg').textContent).toBe(`${FSI}علی رضایی${PDI} حذف شود؟`);
    await fireEvent.click(q('[data-testid="confirm-cancel"]'));

    const email = q<HTMLInputElement>('[data-entry="c-ali"] [data-field="email"]');
    email.value = 'ali@';
    await fireEvent.input(email);
    const hint = () => q('[data-testid="field-error"]', email.closest('div')!).textContent?.trim();
    await waitFor(() => expect(hint()).toBe('ناقص به نظر می‌رسد'));
    await setLocale('en');
    await waitFor(() => expect(hint()).toBe('looks incomplete'));
    expect(label(email)).toBe('E-mail');
  });
});
