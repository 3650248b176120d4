import { describe, expect, it } from 'vitest';
import { fireEvent, waitFor } from '@testing-library/svelte';
import type { PdfChoices } from '../lib/generated/plan';
import { setLocale } from '../lib/i18n.svelte';
import { mockBackend } from './mock-ipc';
import { openApp, q } from './helpers';

describe('family PDF export', () => {
  it('asks where to save, then sends the choices with numbers redacted to the last 4 by default', async () => {
    const backend = mockBackend({
      'plugin:dialog|save': () => '/home/lea/family-plan.pdf',
      export_pdf: () => ({ pages: 7, bytes: 90_000, warnings: [] }),
    });
    await openApp(backend, 'settings');
    await fireEvent.click(q('[data-testid="export-pdf"]'));
    // The count and the path arrive between bidi isolation marks (Fluent's), invisible on screen.
    const shown = () => q('[data-testid="pdf-message"]').textContent?.replace(/[\u2068\u2069]/g, '');
    await waitFor(() => expect(shown()).toContain('7 pages written to /home/lea/family-plan.pdf.'));
    const sent = backend.callsTo('export_pdf');
    expect(sent).toHaveLength(1);
    expect(sent[0].args.path).toBe('/home/lea/family-plan.pdf');
    const choices = sent[0].args.choices as PdfChoices;
    expect(choices.redaction).toBe('last4');
    expect(choices.include_medical).toBe(false);
    expect(Object.values(choices.sections).every(Boolean)).toBe(true);
    // The PDF's language is the interface's unless another is picked.
    expect(choices.language).toBe('en');
  });

  it('passes full numbers and medical notes only when chosen, and shows the warnings', async () => {
    const backend = mockBackend({ export_pdf: () => ({ pages: 3, bytes: 1, warnings: ['no CJK font found'] }) });
    await openApp(backend, 'settings');
    const redaction = q<HTMLSelectElement>('[data-testid="pdf-redaction"]');
    redaction.value = 'full';
    await fireEvent.change(redaction);
    await fireEvent.click(q<HTMLInputElement>('[data-testid="pdf-medical"]'));
    await fireEvent.click(q('[data-testid="export-pdf"]'));
    await waitFor(() => expect(q('[data-testid="pdf-message"]').textContent).toContain('no CJK font found'));
    const choices = backend.callsTo('export_pdf')[0].args.choices as PdfChoices;
    expect(choices.redaction).toBe('full');
    expect(choices.include_medical).toBe(true);
  });

  it('does nothing when the save dialog is cancelled', async () => {
    const backend = mockBackend({ 'plugin:dialog|save': () => null });
    await openApp(backend, 'settings');
    await fireEvent.click(q('[data-testid="export-pdf"]'));
    await waitFor(() => expect(backend.callsTo('plugin:dialog|save')).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 50));
    expect(backend.callsTo('export_pdf')).toHaveLength(0);
  });

  it('speaks Persian right to left in a Persian interface, and writes the PDF in the language picked for it', async () => {
    await setLocale('fa');
    const backend = mockBackend({
      'plugin:dialog|save': () => '/home/sara/family-plan.pdf',
      export_pdf: () => ({ pages: 5, bytes: 90_000, warnings: [] }),
    });
    await openApp(backend, 'settings');
    expect(document.documentElement.dir).toBe('rtl');
    const card = q('[data-testid="family-pdf"]');
    expect(card.querySelector('h3')?.textContent).toBe('PDF برای خانواده');
    expect(q('label[for="pdf-redaction"]').textContent).toBe('شماره‌ی مدارک');
    const picker = q<HTMLSelectElement>('[data-testid="pdf-language"]');
    expect(picker.value).toBe('fa');
    // Every language, each in its own name and direction.
    const options = [...picker.options].map((o) => [o.value, o.textContent, o.dir]);
    expect(options).toHaveLength(8);
    expect(options).toContainEqual(['ar', 'العربية', 'rtl']);
    expect(options).toContainEqual(['fr', 'Français', 'ltr']);

    await fireEvent.click(q('[data-testid="export-pdf"]'));
    const message = await waitFor(() => q('[data-testid="pdf-message"]'));
    // A count in Persian digits; the path stays whole between bidi isolation marks.
    expect(message.textContent).toContain('\u2068۵\u2069 صفحه');
    expect(message.textContent).toContain('\u2068/home/sara/family-plan.pdf\u2069');
    expect((backend.callsTo('export_pdf')[0].args.choices as PdfChoices).language).toBe('fa');

    picker.value = 'fr';
    await fireEvent.change(picker);
    await fireEvent.click(q('[data-testid="export-pdf"]'));
    await waitFor(() => expect(backend.callsTo('export_pdf')).toHaveLength(2));
    expect((backend.callsTo('export_pdf')[1].args.choices as PdfChoices).language).toBe('fr');
    // The interface stays Persian: only the PDF is French.
    expect(document.documentElement.lang).toBe('fa');
  });
});
