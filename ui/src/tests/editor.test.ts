import { describe, expect, it } from 'vitest';
import { fireEvent, waitFor } from '@testing-library/svelte';
import type { Plan, SaveOutcome } from '../lib/generated/plan';
import { cleanPlan } from '../lib/plan-utils';
import { setLocale, t } from '../lib/i18n.svelte';
import { emptyReadiness, mockBackend, samplePlan, session } from './mock-ipc';
import { openApp, q, sleep } from './helpers';

/** The text a person reads: Fluent isolates each inserted value (a count, a name) between invisible bidi marks. */
const plain = (text: string | null) => (text ?? '').replace(/[\u2066-\u2069]/g, '');
const visible = (el: Element) => plain(el.textContent);

describe('field errors from SaveOutcome', () => {
  it('puts each message next to the field it names (section, id, field)', async () => {
    const outcome: SaveOutcome = {
      saved: false,
      errors: [
        { at: { section: 'contacts', id: 'c-ali', field: 'email' }, message: 'not an e-mail address' },
        { at: { section: 'contacts', id: 'c-mireille', field: 'phones.0' }, message: 'use digits, spaces, + - ( ) only' },
        { at: { section: 'documents', id: 'd-lea-passport', field: 'expires' }, message: 'expires before it was issued' },
      ],
      readiness: emptyReadiness(),
    };
    const backend = mockBackend({ save_plan: () => outcome });
    await openApp(backend, 'contacts');
    const email = q<HTMLInputElement>('[data-entry="c-ali"] [data-field="email"]');
    email.value = 'ali at example';
    await fireEvent.input(email);
    await waitFor(() => expect(visible(q('[data-testid="save-state"]'))).toMatch(/Not saved: fix 3 fields/));

    // the email message sits in the email field's own box, in Ali's card, not in Mireille's
    const emailBox = email.closest('div')!;
    expect(emailBox.querySelector('[data-testid="field-error"]')?.textContent).toContain('not an e-mail address');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    // the label names the input, and the input names its message
    expect(q(`label[for="${email.id}"]`).textContent).toBe('E-mail');
    expect(document.getElementById(email.getAttribute('aria-describedby')!)?.textContent).toContain('not an e-mail address');
    const mireille = q('[data-entry="c-mireille"]');
    const mireilleErrors = [...mireille.querySelectorAll('[data-testid="field-error"]')].map((e) => e.textContent);
    expect(mireilleErrors.join()).not.toContain('e-mail');
    expect(mireilleErrors.join()).toContain('use digits');
    // the phone message follows the first phone's row
    const phone = q('[data-entry="c-mireille"] [data-field="phones.0"]');
    expect(phone.closest('.row')!.nextElementSibling?.textContent).toContain('use digits');

    // the documents error shows once the documents section is opened
    await fireEvent.click(q('[data-testid="nav-documents"]'));
    const expires = q<HTMLInputElement>('[data-entry="d-lea-passport"] [data-testid="document-expires"]');
    expect(expires.parentElement!.querySelector('[data-testid="field-error"]')?.textContent).toContain(
      'expires before it was issued',
    );
    // the draft is kept: the typed value is still in the plan on screen
    await fireEvent.click(q('[data-testid="nav-contacts"]'));
    expect(q<HTMLInputElement>('[data-entry="c-ali"] [data-field="email"]').value).toBe('ali at example');
  });
});

describe('dates', () => {
  it('cleanPlan drops empty optional fields instead of sending ""', () => {
    const plan = samplePlan() as Plan & Record<string, unknown>;
    plan.documents[0].expires = '';
    plan.documents[0].issued = undefined;
    plan.profile.date_of_birth = '';
    const clean = cleanPlan(plan);
    expect('expires' in clean.documents[0]).toBe(false);
    expect('issued' in clean.documents[0]).toBe(false);
    expect('date_of_birth' in clean.profile).toBe(false);
    expect(clean.documents[0].number).toBe('19FR83251');
    expect(clean.documents[0].title).toBe(''); // plain strings stay, even empty ones
  });

  it('clearing a date input sends the field absent, and a set date as YYYY-MM-DD', async () => {
    const backend = mockBackend();
    await openApp(backend, 'documents');
    const expires = q<HTMLInputElement>('[data-testid="document"] [data-testid="document-expires"]');
    expires.value = '';
    await fireEvent.input(expires);
    await fireEvent.change(expires);
    await waitFor(() => expect(backend.callsTo('save_plan')).toHaveLength(1));
    const sent = backend.callsTo('save_plan')[0].args.plan as Plan;
    expect(Object.keys(sent.documents[0])).not.toContain('expires');
    expect(JSON.stringify(sent)).not.toContain('""expires');

    // a new document starts with no dates at all, then gets one (e2e sets value + input + change)
    await fireEvent.click(q('[data-testid="add-document"]'));
    const cards = document.querySelectorAll('[data-testid="document"]');
    const last = cards[cards.length - 1];
    const exp2 = q<HTMLInputElement>('[data-testid="document-expires"]', last);
    exp2.value = '2026-04-30';
    await fireEvent.input(exp2);
    await fireEvent.change(exp2);
    await waitFor(() => expect(backend.callsTo('save_plan').length).toBeGreaterThanOrEqual(2));
    const latest = backend.callsTo('save_plan').at(-1)!.args.plan as Plan;
    expect(latest.documents).toHaveLength(9);
    expect(latest.documents[8].expires).toBe('2026-04-30');
    expect('issued' in latest.documents[8]).toBe(false);
  });
});

describe('dashboard', () => {
  it('"Fix" on a finding opens the section and focuses the field', async () => {
    const readiness = {
      ...emptyReadiness(),
      findings: [
        { rule: 'no_contact_outside_country' as const, severity: 'warning' as const, message: 'no contact outside the country', fix: { section: 'contacts' as const, field: 'country' } },
        { rule: 'document_expired' as const, severity: 'critical' as const, message: 'Passport of Léa Martin expired on 2025-01-01', fix: { section: 'documents' as const, id: 'd-lea-passport', field: 'expires' } },
      ],
    };
    const backend = mockBackend({ unlock: () => session(samplePlan(), readiness) });
    await openApp(backend, 'dashboard');
    const findings = [...document.querySelectorAll<HTMLElement>('[data-testid="finding"]')];
    // most severe first, with rule and severity exposed
    expect(findings.map((f) => f.dataset.severity)).toEqual(['critical', 'warning']);
    expect(findings[0].dataset.rule).toBe('document_expired');
    expect(findings[0].textContent).toContain('Passport of Léa Martin expired');
    expect(findings[0].textContent).toContain('Critical'); // a text label, not only colour

    await fireEvent.click(q('button', findings[0]));
    await waitFor(() => expect(document.querySelector('[data-testid="section-documents"]')).not.toBeNull());
    await waitFor(() =>
      expect(document.activeElement).toBe(q('[data-entry="d-lea-passport"] [data-testid="document-expires"]')),
    );
    expect(q('[data-testid="nav-documents"]').getAttribute('aria-current')).toBe('page');
  });

  it('changing the phase sets current and since', async () => {
    const backend = mockBackend();
    await openApp(backend, 'dashboard');
    await fireEvent.click(q('[data-testid="set-phase-leave_now"]'));
    expect(q('[data-testid="phase-badge"]').textContent).toContain('Leave now');
    await waitFor(() => expect(backend.callsTo('save_plan')).toHaveLength(1));
    const sent = backend.callsTo('save_plan')[0].args.plan as Plan;
    expect(sent.phases.current).toBe('leave_now');
    expect(Number.isNaN(Date.parse(sent.phases.since!))).toBe(false);
  });
});

describe('autosave', () => {
  it('a checklist from a template is saved although it arrives after the click, from the backend', async () => {
    const backend = mockBackend({
      new_checklist: async ({ template }) => {
        await sleep(30); // the backend answers after the click's own check has run
        return { id: 'new-list', title: 'From template', template, items: [] };
      },
    });
    await openApp(backend, 'checklists');
    const pick = q<HTMLSelectElement>('[data-testid="template-pick"]');
    pick.value = pick.options[pick.options.length - 1].value;
    await fireEvent.change(pick);
    await fireEvent.click(q('[data-testid="add-from-template"]'));
    await waitFor(() => expect(backend.callsTo('save_plan').length).toBeGreaterThan(0));
    const sent = backend.callsTo('save_plan').at(-1)!.args.plan as Plan;
    expect(sent.checklists.map((l) => l.id)).toContain('new-list');
  });

  it('opening the plan and moving between sections saves nothing', async () => {
    const backend = mockBackend();
    await openApp(backend, 'dashboard');
    await fireEvent.click(q('[data-testid="nav-contacts"]'));
    await fireEvent.click(q('[data-testid="nav-routes"]'));
    await sleep(120); // longer than the test save delay
    expect(backend.callsTo('save_plan')).toHaveLength(0);
  });
});

describe('locking', () => {
  it('Ctrl+L flushes the pending save, calls lock and shows the unlock screen', async () => {
    const backend = mockBackend();
    await openApp(backend, 'contacts', 10_000);
    const name = q<HTMLInputElement>('[data-testid="contact-name"]');
    name.value = 'Claire M.';
    await fireEvent.input(name);
    await fireEvent.keyDown(window, { key: 'l', ctrlKey: true });
    await waitFor(() => expect(backend.callsTo('lock')).toHaveLength(1));
    // the pending edit was saved before locking, not lost to the 10 s debounce
    expect(backend.callsTo('save_plan')).toHaveLength(1);
    const order = backend.calls.map((c) => c.cmd).filter((m) => m === 'save_plan' || m === 'lock');
    expect(order).toEqual(['save_plan', 'lock']);
    await waitFor(() => expect(document.querySelector('#unlock-passphrase')).not.toBeNull());
    expect(document.querySelector('[data-testid="contact-name"]')).toBeNull();
  });

  it('the vault-locked event drops the plan and shows the unlock screen', async () => {
    const backend = mockBackend();
    await openApp(backend, 'dashboard');
    await backend.emit('vault-locked', { reason: 'idle' });
    await waitFor(() => expect(document.querySelector('#unlock-passphrase')).not.toBeNull());
    expect(document.body.textContent).toContain('without activity');
    expect(document.querySelector('[data-testid="section-dashboard"]')).toBeNull();
  });

  it.each(['user', 'shortcut', 'closed'] as const)('locked by %s, the unlock form shows (every reason has words or none)', async (reason) => {
    const backend = mockBackend();
    await openApp(backend, 'dashboard');
    await backend.emit('vault-locked', { reason });
    await waitFor(() => expect(document.querySelector('#unlock-passphrase')).not.toBeNull());
    expect(document.querySelector('[data-testid="section-dashboard"]')).toBeNull();
  });

  it('a save rejected with code "locked" goes to the unlock screen', async () => {
    const backend = mockBackend({
      save_plan: () => {
        throw { code: 'locked', message: 'locked' };
      },
    });
    await openApp(backend, 'contacts', 20);
    const name = q<HTMLInputElement>('[data-testid="contact-name"]');
    name.value = 'x';
    await fireEvent.input(name);
    await waitFor(() => expect(document.querySelector('#unlock-passphrase')).not.toBeNull());
  });

  it('activity pings touch at most once per 20 s', async () => {
    const backend = mockBackend();
    await openApp(backend, 'dashboard');
    for (let i = 0; i < 5; i++) await fireEvent.keyDown(window, { key: 'a' });
    await fireEvent.pointerDown(window);
    await sleep(0);
    expect(backend.callsTo('touch')).toHaveLength(1);
  });
});

describe('confirmation', () => {
  it('asks in a modal dialog; Cancel and Escape keep the contact, the OK button removes it', async () => {
    const backend = mockBackend();
    await openApp(backend, 'contacts');
    const remove = () => fireEvent.click(q('[data-entry="c-ali"] button.danger'));
    const dialog = () => document.querySelector('dialog');

    await remove();
    await waitFor(() => expect(dialog()?.open).toBe(true));
    // The name is isolated (FSI…PDI), so a Persian name keeps its order inside an English sentence, and the reverse.
    expect(q('#confirm-msg').textContent).toBe('Remove \u2068علی رضایی\u2069?');
    expect(q('[data-testid="confirm-ok"]').textContent).toBe('Remove');
    expect(q('[data-testid="confirm-cancel"]').textContent).toBe('Cancel');
    await fireEvent.click(q('[data-testid="confirm-cancel"]'));
    await waitFor(() => expect(dialog()).toBeNull());

    await remove();
    await waitFor(() => expect(dialog()?.open).toBe(true));
    await fireEvent(dialog()!, new Event('cancel', { cancelable: true })); // what Escape sends
    await waitFor(() => expect(dialog()).toBeNull());
    q('[data-entry="c-ali"]');
    await sleep(120); // longer than the test save delay
    expect(backend.callsTo('save_plan')).toHaveLength(0);

    await remove();
    await fireEvent.click(await waitFor(() => q('[data-testid="confirm-ok"]')));
    await waitFor(() => expect(document.querySelector('[data-entry="c-ali"]')).toBeNull());
    expect(dialog()).toBeNull();
    await waitFor(() => expect(backend.callsTo('save_plan')).toHaveLength(1));
    const sent = backend.callsTo('save_plan')[0].args.plan as Plan;
    expect(sent.contacts.map((c) => c.id)).not.toContain('c-ali');
  });
});

describe('the editor in Arabic', () => {
  it('runs right to left, with its navigation, header and save state in Arabic', async () => {
    const plan = samplePlan();
    plan.settings.language = 'ar';
    plan.phases.current = 'prepare';
    const outcome: SaveOutcome = {
      saved: false,
      errors: [
        { at: { section: 'contacts', id: 'c-ali', field: 'email' }, message: 'not an e-mail address' },
        { at: { section: 'contacts', id: 'c-ali', field: 'phones.0' }, message: 'use digits' },
        { at: { section: 'contacts', id: 'c-mireille', field: 'phones.0' }, message: 'use digits' },
      ],
      readiness: emptyReadiness(),
    };
    const backend = mockBackend({ unlock: () => session(plan), save_plan: () => outcome });
    await openApp(backend, 'contacts');
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(document.documentElement.lang).toBe('ar');

    const nav = q('nav');
    expect(nav.getAttribute('aria-label')).toBe('الأقسام');
    // The sections' names are the plan's words (plan.ftl), the same the backend uses in its "Fix" links.
    expect(visible(q('[data-testid="nav-household"]')).trim()).toBe(t('plan-section-household'));
    expect(visible(q('[data-testid="nav-household"]')).trim()).toBe('الأسرة');
    expect(visible(q('[data-testid="nav-settings"]')).trim()).toBe('الإعدادات');
    expect(visible(q('[data-testid="phase-badge"]')).trim()).toBe('المرحلة: الاستعداد'); // the phase's name is plan.ftl's
    const lock = q('[data-testid="lock"]');
    expect(plain(lock.getAttribute('title'))).toBe('قفل الخطة (Ctrl+L)');
    expect(q('kbd', lock).getAttribute('dir')).toBe('ltr'); // a key combination is never mirrored

    const email = q<HTMLInputElement>('[data-entry="c-ali"] [data-field="email"]');
    email.value = 'ali at example';
    await fireEvent.input(email);
    // Three fields: the Arabic plural of 3 to 10 (حقول), in the header and on the section's red number.
    await waitFor(() => expect(visible(q('[data-testid="save-state"]'))).toBe('لم يتم الحفظ: صحّح 3 حقول'));
    expect(plain(q('[data-testid="nav-contacts"] .chip').getAttribute('title'))).toBe('3 حقول تحتاج إلى تصحيح');
    expect(plain(t('editor-section-errors', { count: 11 }))).toBe('11 حقلًا يحتاج إلى تصحيح');
    expect(t('editor-section-errors', { count: 2 })).toBe('حقلان يحتاجان إلى تصحيح');

    // The same state said again in Persian, in Persian digits, at once.
    await setLocale('fa');
    await waitFor(() => expect(visible(q('[data-testid="save-state"]'))).toBe('ذخیره نشد: ۳ فیلد را اصلاح کنید'));
    expect(q('[data-testid="nav-contacts"] span').textContent).toBe('مخاطبان');
    expect(q('[data-testid="nav-contacts"] .chip').textContent).toBe('۳');
  });
});
