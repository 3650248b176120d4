import { describe, expect, it } from 'vitest';
import { fireEvent, waitFor } from '@testing-library/svelte';
import type { Plan } from '../lib/generated/plan';
import { i18n, setLocale } from '../lib/i18n.svelte';
import { mockBackend, samplePlan, saved, session } from './mock-ipc';
import { openApp, q } from './helpers';

// Fluent isolates every inserted value: U+2068 … U+2069.
const isolated = (s: string) => `\u2068${s}\u2069`;

function planIn(language: string, edit: (p: Plan) => void = () => {}): Plan {
  const plan = samplePlan();
  plan.settings.language = language;
  edit(plan);
  return plan;
}

async function open(plan: Plan, section: 'routes' | 'phases' | 'settings', answers = {}) {
  const backend = mockBackend({ unlock: () => session(plan), save_plan: () => saved(), ...answers });
  await openApp(backend, section);
  await waitFor(() => expect(i18n.locale).toBe(plan.settings.language));
  return backend;
}

function label(forId: string): string {
  return q(`label[for="${forId}"]`).textContent?.trim() ?? '';
}

describe('Routes in Persian', () => {
  it('runs right to left in Persian words, with the places of a leg and its airport codes left as typed', async () => {
    await open(planIn('fa'), 'routes');
    expect(document.documentElement.dir).toBe('rtl');
    const section = q('[data-testid="section-routes"]');
    expect(q('h2', section).textContent).toBe('مسیرها');
    expect(q('[data-testid="add-route"]').textContent).toBe('+ افزودن مسیر');

    const leg = q('[data-entry="r-a-2"]'); // IKA → Istanbul (IST), by air
    expect(q('strong', leg).textContent).toBe(`بخش ${isolated('۲')}`); // the leg's number in Persian digits
    const path = q('[data-testid="leg-path"]', leg);
    // Each place is its own isolated run (so "Istanbul (IST)" keeps its order), in the interface's direction.
    expect([...path.querySelectorAll('bdi')].map((b) => b.textContent)).toEqual(['IKA', 'Istanbul (IST)']);
    expect(path.hasAttribute('dir')).toBe(false);
    // The arrow turns with the reading direction (app.css flips .dir-icon under dir=rtl); the codes do not.
    expect(q('.dir-icon', path).textContent).toBe('→');
    expect(q('.chip.warning', leg).textContent).toBe(`مرز: ${isolated('IKA passport control')}`);
    expect(label('f-routes-r-a-2-from')).toBe('از');
    expect(label('f-routes-r-a-2-to_country')).toBe('کشور مقصد');
    expect(q<HTMLInputElement>('#f-routes-r-a-2-from').value).toBe('IKA');
    // The rank is a number in Persian digits; the route's status is plan.ftl's (through plan-utils).
    expect(q('[data-entry="r-a"] .rank').textContent).toBe('۱');
  });

  it("shows a leg's time in Persian digits and reads it typed in Persian or Arabic-Indic digits", async () => {
    const plan = planIn('fa', (p) => (p.routes[0].legs.find((l) => l.id === 'r-a-2')!.expected_minutes = 135));
    const backend = await open(plan, 'routes');
    const time = q<HTMLInputElement>('#f-routes-r-a-2-expected_minutes');
    expect(time.placeholder).toBe('۳:۳۰');
    expect(time.value).toBe('۲:۱۵');
    const sentMinutes = () =>
      (backend.callsTo('save_plan').at(-1)?.args.plan as Plan | undefined)?.routes[0].legs.find((l) => l.id === 'r-a-2')
        ?.expected_minutes;

    time.value = '۴:۰۵';
    await fireEvent.change(time);
    await waitFor(() => expect(sentMinutes()).toBe(245));
    expect(time.value).toBe('۴:۰۵');
    time.value = '٩٠'; // Arabic-Indic digits, minutes alone
    await fireEvent.change(time);
    await waitFor(() => expect(sentMinutes()).toBe(90));
    expect(time.value).toBe('۱:۳۰');
    time.value = '۴:۹۰';
    await fireEvent.change(time);
    await waitFor(() => expect(q('[data-entry="r-a-2"]').textContent).toContain('به شکل ساعت:دقیقه (۳:۳۰)'));
    expect(sentMinutes()).toBe(90);

    await setLocale('en');
    await waitFor(() => expect(time.placeholder).toBe('3:30'));
  });

  it('names a new route in Persian without leaving bidi marks in the saved name', async () => {
    const plan = planIn('fa', (p) => (p.routes = p.routes.slice(0, 2)));
    const backend = await open(plan, 'routes');
    await fireEvent.click(q('[data-testid="add-route"]'));
    await waitFor(() => expect((backend.callsTo('save_plan').at(-1)?.args.plan as Plan | undefined)?.routes.length).toBe(3));
    const sent = backend.callsTo('save_plan').at(-1)!.args.plan as Plan;
    expect(sent.routes[2].name).toBe('برنامه‌ی C');
  });
});

describe('Phases in Arabic', () => {
  it('words the example tripwire with its level as a number, right to left', async () => {
    await open(
      planIn('ar', (p) => (p.phases.advisory_tripwires = [])),
      'phases',
    );
    expect(document.documentElement.dir).toBe('rtl');
    expect(q('[data-testid="section-phases"] h2').textContent).toBe('المراحل');
    const example = q('[data-testid="advisory-tripwires-empty"]').textContent ?? '';
    const four = new Intl.NumberFormat('ar').format(4);
    expect(example).toContain(`المستوى ${isolated(four)} من أي حكومة`);
    expect(example).toContain('غادِر الآن');
  });

  it('offers the levels in the locale’s digits and keeps their values', async () => {
    await open(
      planIn('fa', (p) => (p.phases.advisory_tripwires = [{ id: 'at-1', country: 'IR', min_level: 7, phase: 'leave_now' }])),
      'phases',
    );
    const level = q<HTMLSelectElement>('[data-entry="at-1"] [data-testid="advisory-tripwire-level"]');
    expect([...level.options].map((o) => [o.value, o.textContent])).toEqual([
      ['1', '۱'],
      ['2', '۲'],
      ['3', '۳'],
      ['4', '۴'],
      ['7', `${isolated('۷')} (خارج از محدوده)`],
    ]);
    expect(label('f-phases-at-1-min_level')).toBe('دست‌کم سطح');
  });
});

describe('Settings in Persian', () => {
  it('reads in Persian, right to left, with the data folder left to right', async () => {
    await open(planIn('fa'), 'settings', {
      list_backups: () => [{ id: 'b-1', saved_at: '2026-11-25T14:02:00Z', size: 2048 }],
    });
    expect(document.documentElement.dir).toBe('rtl');
    expect(q('[data-testid="section-settings"] h2').textContent).toBe('تنظیمات');
    expect(label('pass-old')).toBe('عبارت عبور کنونی');
    expect(label('pass-new')).toBe(`عبارت عبور تازه (دست‌کم ${isolated('۱۰')} نویسه)`);
    expect(q('[data-testid="make-recovery-key"]').textContent).toBe('ساختن کلید بازیابی');
    const dataDir = q('[data-testid="data-dir"]');
    expect(dataDir.textContent).toBe('/data/lifeboat');
    expect(dataDir.getAttribute('dir')).toBe('ltr');
    const restore = await waitFor(() => q('[data-testid="backup"] button'));
    expect(restore.textContent).toBe('بازگردانی');
    expect(restore.getAttribute('aria-label')).toMatch(/^بازگردانی نسخه‌ی پشتیبان \u2068.+\u2069$/);
  });

  it("gives a backup's size the locale's digits, decimal sign and word for the unit", async () => {
    await open(planIn('fa'), 'settings', {
      list_backups: () => [
        { id: 'b-1', saved_at: '2026-11-25T14:02:00Z', size: 7373 },
        { id: 'b-2', saved_at: '2026-11-24T14:02:00Z', size: 512 },
        { id: 'b-3', saved_at: '2026-11-23T14:02:00Z', size: 3 * 1024 * 1024 },
      ],
    });
    const sizes = () => [...document.querySelectorAll('[data-testid="backup"] td:nth-child(2)')].map((td) => td.textContent);
    await waitFor(() => expect(sizes()).toHaveLength(3));
    // Not "KB 7.2": Persian digits and decimal sign, the unit in Persian after the number.
    expect(sizes()).toEqual(['۷٫۲ کیلوبایت', '۵۱۲ بایت', '۳٫۰ مگابایت']);
    await setLocale('fr');
    // French puts a narrow no-break space between the number and its unit.
    await waitFor(() => expect(sizes()).toEqual(['7,2\u202fko', '512\u202fo', '3,0\u202fMo']));
    await setLocale('en');
    await waitFor(() => expect(sizes()[0]).toBe('7.2 kB'));
  });

  it('rewords a message already on screen when the language changes', async () => {
    const backend = await open(planIn('fa'), 'settings');
    for (const [id, value] of [
      ['pass-old', 'the old passphrase'],
      ['pass-new', 'short'],
      ['pass-new2', 'short'],
    ]) {
      const input = q<HTMLInputElement>(`#${id}`);
      input.value = value;
      await fireEvent.input(input);
    }
    await fireEvent.submit(q('#pass-old').closest('form')!);
    const msg = await waitFor(() => q('[data-testid="section-settings"] .msg.bad'));
    expect(msg.textContent).toBe(`عبارت عبور تازه باید دست‌کم ${isolated('۱۰')} نویسه باشد.`);
    expect(backend.callsTo('change_passphrase')).toHaveLength(0);

    await setLocale('en');
    await waitFor(() => expect(msg.textContent).toBe(`The new passphrase must be at least ${isolated('10')} characters.`));
    expect(document.documentElement.dir).toBe('ltr');
  });
});
