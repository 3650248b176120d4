import { describe, expect, it } from 'vitest';
import { fireEvent, waitFor } from '@testing-library/svelte';
import type { PdfChoices } from '../lib/generated/plan';
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
    await waitFor(() => expect(q('[data-testid="pdf-message"]').textContent).toContain('7 pages written'));
    const sent = backend.callsTo('export_pdf');
    expect(sent).toHaveLength(1);
    expect(sent[0].args.path).toBe('/home/lea/family-plan.pdf');
    const choices = sent[0].args.choices as PdfChoices;
    expect(choices.redaction).toBe('last4');
    expect(choices.include_medical).toBe(false);
    expect(Object.values(choices.sections).every(Boolean)).toBe(true);
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
});
