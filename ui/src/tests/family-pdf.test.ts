import { describe, expect, it } from 'vitest';
import { fireEvent, waitFor } from '@testing-library/svelte';
import type { PdfChoices } from '../lib/generated/plan';
import { fakeBackend } from './fake-backend';
import { openApp, q } from './helpers';

describe('family PDF export', () => {
  it('asks where to save, then sends the choices with numbers redacted to the last 4 by default', async () => {
    const sent: { path: string; choices: PdfChoices }[] = [];
    const fake = fakeBackend({
      pickSavePath: async () => '/home/lea/family-plan.pdf',
      exportPdf: async (path, choices) => {
        sent.push({ path, choices });
        return { pages: 7, bytes: 90_000, warnings: [] };
      },
    });
    await openApp(fake, 'settings');
    await fireEvent.click(q('[data-testid="export-pdf"]'));
    await waitFor(() => expect(q('[data-testid="pdf-message"]').textContent).toContain('7 pages written'));
    expect(sent).toHaveLength(1);
    expect(sent[0].path).toBe('/home/lea/family-plan.pdf');
    expect(sent[0].choices.redaction).toBe('last4');
    expect(sent[0].choices.include_medical).toBe(false);
    expect(Object.values(sent[0].choices.sections).every(Boolean)).toBe(true);
  });

  it('passes full numbers and medical notes only when chosen, and shows the warnings', async () => {
    const sent: PdfChoices[] = [];
    const fake = fakeBackend({
      pickSavePath: async () => '/tmp/p.pdf',
      exportPdf: async (_path, choices) => {
        sent.push(choices);
        return { pages: 3, bytes: 1, warnings: ['no CJK font found'] };
      },
    });
    await openApp(fake, 'settings');
    const redaction = q<HTMLSelectElement>('[data-testid="pdf-redaction"]');
    redaction.value = 'full';
    await fireEvent.change(redaction);
    await fireEvent.click(q<HTMLInputElement>('[data-testid="pdf-medical"]'));
    await fireEvent.click(q('[data-testid="export-pdf"]'));
    await waitFor(() => expect(q('[data-testid="pdf-message"]').textContent).toContain('no CJK font found'));
    expect(sent[0].redaction).toBe('full');
    expect(sent[0].include_medical).toBe(true);
  });

  it('does nothing when the save dialog is cancelled', async () => {
    let calls = 0;
    const fake = fakeBackend({
      pickSavePath: async () => null,
      exportPdf: async () => {
        calls++;
        return { pages: 1, bytes: 1, warnings: [] };
      },
    });
    await openApp(fake, 'settings');
    await fireEvent.click(q('[data-testid="export-pdf"]'));
    await new Promise((r) => setTimeout(r, 50));
    expect(calls).toBe(0);
  });
});
