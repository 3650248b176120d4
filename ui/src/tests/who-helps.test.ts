import { describe, expect, it } from 'vitest';
import { fireEvent, waitFor } from '@testing-library/svelte';
import { setLocale } from '../lib/i18n.svelte';
import type { DirectoryView, Help, Mission, Plan } from '../lib/generated/plan';
import { mockBackend } from './mock-ipc';
import { openApp, q } from './helpers';

const FSI = '\u2068';
const PDI = '\u2069';

function mission(extra: Partial<Mission>): Mission {
  return {
    id: 'm',
    kind: 'embassy',
    name: '',
    serves: '',
    country: 'IR',
    located_in: '',
    operated_by: '',
    city: 'Tehran',
    address: '',
    phones: [],
    emergency_phone: '',
    email: '',
    website: '',
    hours: '',
    note: '',
    source: '',
    source_url: '',
    data_date: '2026-10-14',
    ...extra,
  };
}

/** An American and a Canadian in Tehran, as the backend's directory answers after a refresh. */
function tehran(): DirectoryView {
  const us: Help = {
    nationality: 'US',
    country: 'IR',
    assistance: 'local',
    missions: [
      mission({
        id: 'us-state:IR:0',
        kind: 'interests_section',
        name: 'Foreign Interests Section, Embassy of Switzerland',
        serves: 'US',
        operated_by: 'CH',
        address: 'No. 39, Shahid Mousavi Street, Tehran, Iran',
        phones: ['+98 21 5555 0120'],
        emergency_phone: '+98 912 555 0122',
        email: 'tehran.fis@example.admin.ch',
        source: 'U.S. Department of State',
      }),
    ],
    arrangements: [
      { kind: 'interests_section', protecting_state: 'CH', summary: '', since: '1980', source_url: 'https://travel.state.gov/', checked: '2026-12-06' },
    ],
    fetched_at: '2026-12-06T09:00:00Z',
    refresh_failed: false,
  };
  const ca: Help = {
    nationality: 'CA',
    country: 'IR',
    assistance: 'local',
    missions: [
      mission({
        id: 'ca-gac:IR:1101',
        kind: 'protecting_power',
        name: 'Embassy of Italy',
        serves: 'CA',
        operated_by: 'IT',
        phones: ['+98 21 5555 0140'],
        source: 'Global Affairs Canada',
        data_date: '2026-11-23',
      }),
    ],
    arrangements: [],
    refresh_failed: true,
  };
  return { helps: [us, ca], refreshing: false };
}

describe('Who helps you here', () => {
  it('shows the Swiss Foreign Interests Section for the American and Italy for the Canadian, with the data’s age', async () => {
    await openApp(mockBackend({ directory_view: () => tehran() }), 'contacts');
    await waitFor(() => q('[data-testid="who-helps"]'));
    const us = q('[data-testid="directory-help"][data-nationality="US"]');
    expect(q('h4', us).textContent).toBe(`Citizens of ${FSI}United States${PDI} in ${FSI}Iran${PDI}`);
    expect(q('[data-testid="mission"]', us).dataset.kind).toBe('interests_section');
    expect(q('[data-testid="mission-name"]', us).textContent).toBe('Foreign Interests Section, Embassy of Switzerland');
    expect(us.textContent).toContain('Run by');
    expect(us.textContent).toContain('Switzerland');
    expect(us.textContent).toContain('Fetched');
    expect(q('[data-testid="arrangement"]', us).textContent).toContain('(protecting power) since');
    const ca = q('[data-testid="directory-help"][data-nationality="CA"]');
    expect(q('[data-testid="mission-name"]', ca).textContent).toBe('Embassy of Italy');
    expect(ca.textContent).toContain('The last refresh failed');
    expect(ca.textContent).toContain('Not fetched yet');
  });

  it('Add to my contacts copies the office into the plan with its kind and the nationality it serves', async () => {
    const backend = mockBackend({ directory_view: () => tehran() });
    await openApp(backend, 'contacts');
    await waitFor(() => q('[data-testid="who-helps"]'));
    const before = document.querySelectorAll('[data-testid="contact"]').length;
    await fireEvent.click(q('[data-testid="directory-help"][data-nationality="US"] [data-testid="mission-add"]'));
    await waitFor(() => expect(document.querySelectorAll('[data-testid="contact"]').length).toBe(before + 1));
    expect(q('[data-testid="directory-help"][data-nationality="US"] [data-testid="mission-added"]').textContent).toBe('In your contacts');
    await waitFor(() => expect(backend.callsTo('save_plan').length).toBeGreaterThan(0));
    const saved = backend.callsTo('save_plan').at(-1)!.args.plan as Plan;
    const copied = saved.contacts.find((c) => c.name === 'Foreign Interests Section, Embassy of Switzerland')!;
    expect(copied.role).toBe('protecting_power');
    expect(copied.mission).toEqual({ kind: 'interests_section', serves: 'US', country: 'IR', source: 'U.S. Department of State', data_date: '2026-10-14' });
    expect(copied.phones).toEqual(['+98 21 5555 0120', '+98 912 555 0122']);
    expect(copied.available_24_7).toBe(true);
    expect(copied.country).toBe('IR');
    expect(copied.notes).not.toMatch(/[\u2066-\u2069]/);
    // The Canadian still has theirs to add.
    q('[data-testid="directory-help"][data-nationality="CA"] [data-testid="mission-add"]');
  });

  it('reads right to left in Persian, numbers left to right, the office names as published', async () => {
    await setLocale('fa');
    await openApp(mockBackend({ directory_view: () => tehran() }), 'contacts');
    await waitFor(() => q('[data-testid="who-helps"]'));
    expect(q('#who-helps-title').textContent).toBe('چه کسی اینجا به شما کمک می‌کند');
    const us = q('[data-testid="directory-help"][data-nationality="US"]');
    expect(q('[data-kind="interests_section"] .chip', us).textContent).toBe('دفتر حفاظت منافع');
    // Left to right inside, placed where the line starts (on the right) like the labels.
    const phone = [...us.querySelectorAll('dd span')].find((d) => d.textContent === '+98 21 5555 0120')!;
    expect(phone.getAttribute('dir')).toBe('ltr');
    expect(phone.parentElement!.hasAttribute('dir')).toBe(false);
  });

  it('Refresh asks the backend to fetch again and shows the new answer', async () => {
    let calls = 0;
    const backend = mockBackend({
      directory_view: () => ({ helps: [tehran().helps[1]], refreshing: false }),
      refresh_directory: () => {
        calls += 1;
        return tehran();
      },
    });
    await openApp(backend, 'contacts');
    await waitFor(() => q('[data-testid="who-helps"]'));
    expect(document.querySelector('[data-nationality="US"]')).toBeNull();
    await fireEvent.click(q('[data-testid="directory-refresh"]'));
    await waitFor(() => q('[data-testid="directory-help"][data-nationality="US"]'));
    expect(calls).toBe(1);
  });

  it('brings the findings up to date with what the directory now knows', async () => {
    const view = tehran();
    view.readiness = {
      as_of: '2026-12-06',
      checklists: [],
      findings: [
        {
          rule: 'mission_not_in_contacts',
          severity: 'warning',
          message: 'Foreign Interests Section, Embassy of Switzerland can help Dana (citizens of United States) in Iran: add it to your contacts',
          fix: { section: 'contacts', field: 'directory' },
        },
      ],
    };
    await openApp(mockBackend({ directory_view: () => view }), 'contacts');
    await waitFor(() => q('[data-testid="who-helps"]'));
    await fireEvent.click(q('[data-testid="nav-dashboard"]'));
    await waitFor(() =>
      expect(q('[data-testid="finding"][data-rule="mission_not_in_contacts"]').textContent).toContain(
        'Foreign Interests Section, Embassy of Switzerland can help Dana',
      ),
    );
    // Its Fix opens the panel.
    await fireEvent.click(q('[data-testid="finding"][data-rule="mission_not_in_contacts"] [data-testid="fix"]'));
    await waitFor(() => expect(document.activeElement).toBe(q('[data-testid="who-helps"]')));
  });

  it('a refresh in the background brings its findings to the dashboard, Contacts never opened', async () => {
    let view: DirectoryView | null = null;
    const backend = mockBackend({
      directory_view: () => {
        if (!view) throw { code: 'locked', message: 'no directory yet' };
        return view;
      },
    });
    await openApp(backend, 'dashboard');
    expect(document.querySelector('[data-testid="finding"][data-rule="directory_stale"]')).toBeNull();
    view = tehran();
    view.readiness = {
      as_of: '2026-12-06',
      checklists: [],
      findings: [
        {
          rule: 'directory_stale',
          severity: 'info',
          message: 'What Lifeboat knows of who helps in Iran is 120 days old',
          fix: { section: 'contacts', field: 'directory' },
        },
      ],
    };
    await backend.emit('directory-updated');
    await waitFor(() =>
      expect(q('[data-testid="finding"][data-rule="directory_stale"]').textContent).toContain('120 days old'),
    );
  });

  it('stays away when the backend has no directory to show', async () => {
    await openApp(mockBackend(), 'contacts');
    expect(document.querySelector('[data-testid="who-helps"]')).toBeNull();
  });
});
