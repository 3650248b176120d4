import { describe, expect, it } from 'vitest';
import { fireEvent, waitFor } from '@testing-library/svelte';
import { setLocale } from '../lib/i18n.svelte';
import { today } from '../lib/plan-utils';
import { mockBackend, samplePlan, session } from './mock-ipc';
import { openApp, q } from './helpers';

const FSI = '\u2068';
const PDI = '\u2069';

/** The sample plan with Léa's French passport expiring in about three months (the "soon" chip). */
function planExpiringSoon() {
  const plan = samplePlan();
  const soon = new Date();
  soon.setMonth(soon.getMonth() + 3);
  plan.documents[0].expires = today(soon);
  return plan;
}

/** Text without the isolation marks (a select inside a sentence is isolated too, as a whole). */
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u2068\u2069]/g, '');
const label = (input: Element) => q(`label[for="${input.id}"]`).textContent?.trim();

describe('documents in Persian', () => {
  it('runs right to left in Persian, with the number left to right and counts in Persian digits', async () => {
    await setLocale('fa');
    const backend = mockBackend({ unlock: () => session(planExpiringSoon()) });
    await openApp(backend, 'documents');

    expect(document.documentElement.dir).toBe('rtl');
    expect(q('[data-testid="section-documents"] h2').textContent).toBe('مدارک');
    const card = q('[data-entry="d-lea-passport"]');
    const number = q<HTMLInputElement>('[data-field="number"]', card);
    expect(label(number)).toBe('شماره');
    // A passport number reads left to right in every locale.
    expect(number.getAttribute('dir')).toBe('ltr');
    expect(label(q('[data-testid="document-expires"]', card))).toBe('تاریخ انقضا');
    expect(q('[data-testid="expiry-chip"]', card).textContent).toBe(`کمتر از ${FSI}۶${PDI} ماه تا انقضا`);

    await fireEvent.click(q('[data-testid="copy-number"]', card));
    const note = await waitFor(() => q('[data-testid="copied-note"]', card));
    expect(note.textContent).toContain(`${FSI}۳۰${PDI} ثانیه`);
  });

  it('asks in Persian before removing, naming the document and its holder as isolated values', async () => {
    await setLocale('fa');
    await openApp(mockBackend(), 'documents');
    await fireEvent.click(q('[data-entry="d-lea-ir-passport"] button.danger'));
    await waitFor(() => expect(document.querySelector('dialog')?.open).toBe(true));
    expect(q('#confirm-msg').textContent).toBe(
      `${FSI}Iranian passport${PDI} به نام ${FSI}Léa Martin${PDI} از برنامه حذف شود؟`,
    );
    expect(q('[data-testid="confirm-ok"]').textContent).toBe('حذف');
    expect(q('[data-testid="confirm-cancel"]').textContent).toBe('انصراف');
  });

  it('switches language on screen without losing what is typed', async () => {
    const backend = mockBackend();
    await openApp(backend, 'documents');
    const card = q('[data-entry="d-lea-passport"]');
    const holder = q<HTMLSelectElement>('[data-testid="document-holder"]', card);
    expect(label(holder)).toBe('Holder');
    // The plan's owner is named as themself in the list of holders.
    expect(holder.selectedOptions[0].textContent).toBe(`${FSI}Léa Martin${PDI} (you)`);
    const title = q<HTMLInputElement>('[data-field="title"]', card);
    title.value = 'Passeport français';
    await fireEvent.input(title);

    await setLocale('fr');
    await waitFor(() => expect(label(holder)).toBe('Titulaire'));
    expect(holder.selectedOptions[0].textContent).toBe(`${FSI}Léa Martin${PDI} (vous)`);
    expect(q<HTMLInputElement>('[data-field="title"]', card)).toBe(title);
    expect(title.value).toBe('Passeport français');
  });
});

describe('documents in English', () => {
  it('keeps the number left to right and names the document and holder when asking', async () => {
    await openApp(mockBackend({ unlock: () => session(planExpiringSoon()) }), 'documents');
    const card = q('[data-entry="d-lea-passport"]');
    expect(q('[data-field="number"]', card).getAttribute('dir')).toBe('ltr');
    expect(plain(q('[data-testid="expiry-chip"]', card).textContent)).toBe('Expires in < 6 months');
    expect(q('button.danger', card).getAttribute('aria-label')).toBe('Remove document');
    await fireEvent.click(q('button.danger', card));
    await waitFor(() => expect(document.querySelector('dialog')?.open).toBe(true));
    expect(q('#confirm-msg').textContent).toBe(`Remove ${FSI}Passport${PDI} of ${FSI}Léa Martin${PDI} from the plan?`);
  });
});
