// A command's failure as a person reads it: worded by its code in the interface's language, the backend's English
// message only as the detail that names a file or a field, and reworded on a language switch.

import { describe, expect, it } from 'vitest';
import { fireEvent, waitFor } from '@testing-library/svelte';
import { readFileSync } from 'node:fs';
import type { ErrorCode, Plan } from '../lib/generated/plan';
import { i18n, setLocale } from '../lib/i18n.svelte';
import { errorText } from '../lib/error-words';
import { unlockMessage } from '../lib/unlock-messages';
import { mockBackend, samplePlan, saved, session } from './mock-ipc';
import { openApp, q } from './helpers';

const isolated = (s: string) => `\u2068${s}\u2069`;

/** Every code the backend can send, read from the generated union (so a new code is tested the day it exists). */
const codes = (): ErrorCode[] =>
  [
    ...readFileSync('src/lib/generated/types/ErrorPayload.ts', 'utf8')
      .match(/export type ErrorCode = ([^;]+);/)![1]
      .matchAll(/"([a-z_]+)"/g),
  ].map((m) => m[1] as ErrorCode);

const DISK_FULL = 'the disk is full while trying to write /home/sara/lifeboat-plan.age';

describe('errorText', () => {
  it('words every code the backend sends, in English and in Persian, never as an id', async () => {
    const CODES = codes();
    expect(CODES.length).toBeGreaterThan(40);
    for (const locale of ['en', 'fa'] as const) {
      await setLocale(locale);
      for (const code of CODES) {
        const text = errorText({ code, message: 'backend words' });
        expect(text, code).not.toMatch(/\b(errors|unlock|advisories)-[a-z-]+/);
        expect(text.replace('backend words', '').trim().length, code).toBeGreaterThan(10);
        if (locale === 'fa') expect(text, code).toMatch(/[\u0600-\u06FF]/);
      }
    }
  });

  it('keeps the backend message as an isolated detail only where it names something', async () => {
    await setLocale('fa');
    const full = errorText({ code: 'disk_full', message: DISK_FULL });
    expect(full).toBe(`دیسک پر است. کمی فضا آزاد کنید و دوباره امتحان کنید (${isolated(DISK_FULL)}).`);
    expect(errorText({ code: 'not_a_plan', message: 'this file has no schema_version' })).toBe('این پرونده برنامه‌ی Lifeboat نیست.');
    // the passphrase's minimum is a number: Persian digits, and Arabic's own plural form (3 to 10: أحرف)
    expect(errorText({ code: 'weak_passphrase', message: 'a passphrase needs at least 10 characters' })).toContain(isolated('۱۰'));
    await setLocale('ar');
    expect(errorText({ code: 'weak_passphrase', message: '' })).toContain(`${isolated('10')} أحرف`);
  });

  it("reuses the unlock screen's words for the failures it explains", async () => {
    await setLocale('fr');
    const corrupt = errorText({ code: 'corrupt', message: '/data/lifeboat/plan.age is damaged' });
    const unlock = unlockMessage({ code: 'corrupt', message: '' }, undefined);
    expect(corrupt.startsWith(unlock.title)).toBe(true);
    expect(corrupt).not.toContain('/data/lifeboat');
    // and the unlock screen words a code it does not explain itself through errorText, not the English message alone
    expect(unlockMessage({ code: 'disk_full', message: DISK_FULL }, undefined).detail).toBe(
      errorText({ code: 'disk_full', message: DISK_FULL }),
    );
  });
});

describe('a failure on screen', () => {
  function planIn(language: string): Plan {
    const plan = samplePlan();
    plan.settings.language = language;
    return plan;
  }

  it('an export that fails in Settings says so in Persian, right to left, and rewords itself in English', async () => {
    const plan = planIn('fa');
    const backend = mockBackend({
      unlock: () => session(plan),
      save_plan: () => saved(),
      export_plan_json: () => {
        throw { code: 'disk_full', message: DISK_FULL };
      },
    });
    await openApp(backend, 'settings');
    await waitFor(() => expect(i18n.locale).toBe('fa'));
    const pass = q<HTMLInputElement>('#export-pass');
    pass.value = 'a long enough passphrase';
    await fireEvent.input(pass);
    await fireEvent.submit(pass.closest('form')!);
    await waitFor(() => expect(backend.callsTo('export_plan_json')).toHaveLength(1));
    const msg = await waitFor(() => q('[data-testid="section-settings"] .msg.bad'));
    expect(document.documentElement.dir).toBe('rtl');
    expect(msg.textContent).toBe(`دیسک پر است. کمی فضا آزاد کنید و دوباره امتحان کنید (${isolated(DISK_FULL)}).`);

    await setLocale('en');
    await waitFor(() =>
      expect(msg.textContent).toBe(`The disk is full. Free some space and try again (${isolated(DISK_FULL)}).`),
    );
  });
});
