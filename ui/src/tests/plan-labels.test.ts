import { describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/svelte';
import { setLocale } from '../lib/i18n.svelte';
import {
  DOCUMENT_KINDS,
  GOVERNMENTS,
  newChecklist,
  PHASES,
  phaseLabel,
  SECTIONS,
  SEVERITY_LABEL,
  templateLabel,
} from '../lib/plan-utils';
import { mockBackend } from './mock-ipc';
import { openApp, q } from './helpers';

describe('the plan’s labels come from the catalogue', () => {
  it('shows the current phase in Persian, right to left, and rewords it in French without remounting', async () => {
    await setLocale('fa');
    const backend = mockBackend();
    await openApp(backend, 'dashboard');

    expect(document.documentElement.dir).toBe('rtl');
    const phase = q('[data-testid="current-phase"]');
    // The sample plan is in the "prepare" phase.
    expect(phase.textContent?.trim()).toBe('آماده شوید');

    await setLocale('fr');
    await waitFor(() => expect(q('[data-testid="current-phase"]').textContent?.trim()).toBe('Se préparer'));
    expect(q('[data-testid="current-phase"]')).toBe(phase);
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('reads every table in the active language each time it is asked', async () => {
    expect(phaseLabel('leave_now')).toBe('Leave now');
    expect(PHASES[0].hint).toBe('Keep the plan current.');
    expect(SEVERITY_LABEL.critical).toBe('Critical');

    await setLocale('fa');
    expect(phaseLabel('leave_now')).toBe('همین حالا بروید');
    expect(PHASES.find((p) => p.id === 'shelter_in_place')?.label).toBe('پناه گرفتن در همان‌جا');
    expect(DOCUMENT_KINDS.find((k) => k.id === 'passport')?.label).toBe('گذرنامه');
    expect(GOVERNMENTS.map((g) => g.label)).toEqual(['آمریکا', 'بریتانیا', 'کانادا', 'استرالیا', 'آلمان']);
    expect(SEVERITY_LABEL.warning).toBe('هشدار');
    expect(templateLabel('departure_day')).toBe('روز حرکت');
    expect(newChecklist().title).toBe('فهرست تازه');

    await setLocale('ar');
    expect(SECTIONS.find((s) => s.id === 'documents')?.label).toBe('الوثائق');
    // Spreading a choice keeps the words of the moment; the table itself follows the language.
    expect({ ...PHASES[2] }.label).toBe('غادِر الآن');
  });

  it('has a label for every choice in every shipped language (no id shown instead)', async () => {
    for (const code of ['en', 'fa', 'ar', 'fr', 'de', 'es', 'ru', 'tr']) {
      await setLocale(code);
      for (const table of [PHASES, SECTIONS, GOVERNMENTS, DOCUMENT_KINDS]) {
        for (const choice of table) expect(choice.label, `${code}: ${choice.id}`).not.toMatch(/^plan-/);
      }
      expect(PHASES.every((p) => !p.hint.startsWith('plan-'))).toBe(true);
    }
  });
});
