import { describe, expect, it } from 'vitest';
import { fireEvent, waitFor } from '@testing-library/svelte';
import type { Leg, Plan, Route } from '../lib/generated/plan';
import { parseCoordinates, searchableName } from '../lib/places';
import { cleanMapSvg } from '../lib/safe-html';
import { drawnMap, mockBackend, samplePlan, saved, session } from './mock-ipc';
import { openApp, q } from './helpers';

/** The sample plan with Plan B's first leg (Tehran → Tabriz) not yet placed and unnamed at its start. */
function planWithUnplacedLeg(): Plan {
  const plan = samplePlan();
  const leg = plan.routes[1].legs[0];
  leg.from = '';
  leg.from_point = undefined;
  leg.to_point = undefined;
  return plan;
}

async function open(plan: Plan, answers = {}) {
  const backend = mockBackend({ unlock: () => session(plan), save_plan: () => saved(), ...answers });
  await openApp(backend, 'routes');
  await waitFor(() => expect(q('[data-testid="route-map-canvas"] svg')).toBeTruthy());
  return backend;
}

const legOf = (routes: Route[] | undefined, id: string): Leg | undefined =>
  routes?.flatMap((r) => r.legs).find((l) => l.id === id);
const lastSaved = (backend: ReturnType<typeof mockBackend>) =>
  (backend.callsTo('save_plan').at(-1)?.args.plan as Plan | undefined)?.routes;
/** Text as read, without Fluent's isolation marks around inserted values. */
const text = (css: string) => (q(css).textContent ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ');
const lastDrawn = (backend: ReturnType<typeof mockBackend>) =>
  backend.callsTo('route_map').at(-1)?.args.routes as Route[] | undefined;

describe('The map in the Routes section', () => {
  it('shows the routes drawn by the backend, in the interface language, with the legs in words for screen readers', async () => {
    const backend = await open(samplePlan());
    expect(backend.callsTo('route_map')[0].args.locale).toBe('en');
    expect(document.querySelectorAll('[data-testid="route-map-canvas"] .leg').length).toBe(7);
    const words = text('[data-testid="map-text"]');
    expect(words).toContain('Tabriz to Doğubayazıt, crossing at Bazargan / Gürbulak');
    expect(words).toContain('(on the map)');
    // The picture itself is hidden from screen readers: the list says it in words.
    expect(q('[data-testid="route-map-canvas"]').getAttribute('aria-hidden')).toBe('true');
  });

  it('lists a leg without places under the map, and draws it once both its ends are picked', async () => {
    const backend = await open(planWithUnplacedLeg());
    expect(text('[data-testid="map-unplaced"]')).toContain("Plan B — road via Bazargan: … to Tabriz (Reza's house)");
    expect(text('[data-testid="map-text"]')).toContain("… to Tabriz (Reza's house) (not on the map yet)");

    const leg = q('[data-entry="r-b-1"]');
    await fireEvent.click(q('[data-testid="place-from"]', leg));
    const search = q<HTMLInputElement>('[data-testid="place-search"]', leg);
    expect(document.activeElement).toBe(search);
    await fireEvent.input(search, { target: { value: 'تهر' } });
    await waitFor(() => expect(leg.querySelectorAll('[data-testid="place-hit"]').length).toBe(1));
    expect(q('[data-testid="place-hit"]', leg).textContent).toContain('تهران');
    await fireEvent.keyDown(search, { key: 'Enter' });

    // The unnamed start takes the spelling the user typed; its country follows the place.
    await waitFor(() => expect(legOf(lastSaved(backend), 'r-b-1')?.from).toBe('تهران'));
    const saved = legOf(lastSaved(backend), 'r-b-1')!;
    expect(saved.from_point).toEqual({ lat: 35.6944, lon: 51.4215 });
    expect(saved.from_country).toBe('IR');
    expect(q('[data-testid="place-from"]', leg).textContent).toContain('تهران');

    // The end is typed as coordinates, in Persian digits; the name the user wrote ("Tabriz") stays.
    await fireEvent.click(q('[data-testid="place-to"]', leg));
    await fireEvent.input(q('[data-testid="place-coordinates"]', leg), { target: { value: '۳۸٫۰۸، ۴۶٫۲۹۱۹' } });
    await fireEvent.keyDown(q('[data-testid="place-coordinates"]', leg), { key: 'Enter' });
    await waitFor(() => expect(legOf(lastDrawn(backend), 'r-b-1')?.to_point).toEqual({ lat: 38.08, lon: 46.2919 }));
    expect(backend.callsTo('point_info').at(-1)?.args.query).toEqual({ at: 'coordinates', lat: 38.08, lon: 46.2919 });
    expect(legOf(lastDrawn(backend), 'r-b-1')?.to).toBe("Tabriz (Reza's house)");
    await waitFor(() => expect(text('[data-testid="map-unplaced"]')).not.toContain('Tabriz'));
    // Left listed: Plan A's last leg to Paris, which the sample leaves without a place.
    expect(text('[data-testid="map-unplaced"]')).toContain('Istanbul (IST) to Paris (CDG)');
    expect(document.querySelectorAll('[data-testid="route-map-canvas"] .leg').length).toBe(7);
  });

  it("starts a new leg where the route's last leg ended, on the map too", async () => {
    const backend = await open(samplePlan());
    const route = q('[data-entry="r-b"]');
    const add = [...route.querySelectorAll('button')].find((b) => b.textContent?.includes('Add leg'))!;
    await fireEvent.click(add);
    await waitFor(() => expect(lastSaved(backend)?.[1].legs.length).toBe(4));
    const added = lastSaved(backend)![1].legs[3];
    expect(added.from).toBe('Van');
    expect(added.from_point).toEqual({ lat: 38.4946, lon: 43.3832 });
    expect(added.to_point).toBeUndefined();
  });

  it('picks a point with a click on the map, naming the frame it clicked', async () => {
    // Every drawing of this map is frame 41.
    const backend = await open(planWithUnplacedLeg(), { route_map: ({ routes }: { routes: Route[] }) => drawnMap(routes, 41) });
    const leg = q('[data-entry="r-b-1"]');
    await fireEvent.click(q('[data-testid="place-to"]', leg));
    // Opened on a named end, the picker searches the place in the name, not the user's note in brackets.
    expect(q<HTMLInputElement>('[data-testid="place-search"]', leg).value).toBe('Tabriz');
    await waitFor(() => expect(backend.callsTo('search_places').at(-1)?.args.query).toBe('Tabriz'));
    await fireEvent.click(q('[data-testid="place-on-map"]', leg));
    expect(text('[data-testid="map-picking"]')).toContain("Click the map where End of leg 1 (Tabriz (Reza's house)) is.");
    // jsdom has no layout: the click's position in the SVG's units comes from an identity transform.
    const svg = q('[data-testid="route-map-canvas"] svg') as unknown as SVGSVGElement;
    const identity = { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 };
    svg.getScreenCTM = () => ({ ...identity, inverse: () => identity }) as unknown as DOMMatrix;
    await fireEvent.click(svg, { clientX: 226.29, clientY: 51.92 });
    await waitFor(() => expect(backend.callsTo('point_info').length).toBe(1));
    expect(backend.callsTo('point_info')[0].args.query).toMatchObject({ at: 'map', frame: 41, x: 226.29, y: 51.92 });
    await waitFor(() => expect(legOf(lastSaved(backend), 'r-b-1')?.to_point?.lat).toBeCloseTo(38.08));
    // The mock puts every click in Türkiye: the end's country follows the point.
    expect(legOf(lastSaved(backend), 'r-b-1')?.to_country).toBe('TR');
    expect(document.querySelector('[data-testid="map-picking"]')).toBeNull();
  });

  it('asks for another click when the map was redrawn under the pointer, and keeps the drawing', async () => {
    const stale = { code: 'stale_map', message: 'the map was redrawn since that click: click again' };
    const backend = await open(planWithUnplacedLeg(), { point_info: () => Promise.reject(stale) });
    const leg = q('[data-entry="r-b-1"]');
    await fireEvent.click(q('[data-testid="place-to"]', leg));
    await fireEvent.click(q('[data-testid="place-on-map"]', leg));
    const svg = q('[data-testid="route-map-canvas"] svg') as unknown as SVGSVGElement;
    const identity = { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 };
    svg.getScreenCTM = () => ({ ...identity, inverse: () => identity }) as unknown as DOMMatrix;
    await fireEvent.click(svg, { clientX: 200, clientY: 50 });
    await waitFor(() => expect(text('[data-testid="route-map"] .error')).toBe('The map was redrawn since that click. Click the place again.'));
    // Still picking, the drawing still there, the leg's end still without a place.
    expect(document.querySelector('[data-testid="map-picking"]')).not.toBeNull();
    expect(document.querySelectorAll('[data-testid="route-map-canvas"] .leg').length).toBe(6);
    expect(text('[data-entry="r-b-1"] [data-testid="place-to"]')).toContain('End: no place yet');
    expect(backend.callsTo('point_info').length).toBe(1);
  });

  it("highlights the hovered leg's line and dims the other routes", async () => {
    await open(samplePlan());
    await fireEvent.mouseEnter(q('[data-entry="r-b-2"]'));
    const svg = q('[data-testid="route-map-canvas"] svg');
    expect(svg.classList.contains('has-highlight')).toBe(true);
    const lit = [...svg.querySelectorAll('.highlighted')];
    expect(lit.map((e) => [e.closest('[data-route]')?.getAttribute('data-route'), e.getAttribute('data-leg')])).toEqual([['1', '1']]);
    await fireEvent.mouseLeave(q('[data-entry="r-b-2"]'));
    expect(svg.classList.contains('has-highlight')).toBe(false);
    expect(svg.querySelectorAll('.highlighted').length).toBe(0);
  });

  it('keeps script and handlers of a damaged drawing out of the page', async () => {
    const hostile = (routes: Route[]) => {
      const v = drawnMap(routes);
      v.svg = v.svg.replace('<title>', '<script>window.pwned = 1</script><image href="https://x.invalid/a.png" onload="window.pwned = 2"/><foreignObject><p>html</p></foreignObject><title>');
      return v;
    };
    await open(samplePlan(), { route_map: ({ routes }: { routes: Route[] }) => hostile(routes) });
    const canvas = q('[data-testid="route-map-canvas"]');
    expect(canvas.querySelector('script, foreignObject, [onload]')).toBeNull();
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
    expect(canvas.querySelectorAll('.leg').length).toBe(7);
  });

  it("redraws when the watch reports, so a country's new level shades the map", async () => {
    const backend = await open(samplePlan());
    const before = backend.callsTo('route_map').length;
    await backend.emit('watch-updated');
    await waitFor(() => expect(backend.callsTo('route_map').length).toBe(before + 1));
  });

  it('redraws once after a burst of typing, not at every key, and not for a change the map does not show', async () => {
    const backend = await open(samplePlan());
    const before = backend.callsTo('route_map').length;
    const from = q<HTMLInputElement>('#f-routes-r-b-1-from');
    for (const v of ['T', 'Te', 'Teh', 'Tehr']) await fireEvent.input(from, { target: { value: v } });
    await waitFor(() => expect(backend.callsTo('route_map').length).toBe(before + 1));
    expect(legOf(lastDrawn(backend), 'r-b-1')?.from).toBe('Tehr');
    await fireEvent.input(q<HTMLTextAreaElement>('#f-routes-r-b-notes'), { target: { value: 'a note' } });
    await new Promise((r) => setTimeout(r, 400));
    expect(backend.callsTo('route_map').length).toBe(before + 1);
  });
});

describe('Coordinates as people type them', () => {
  it.each([
    ['35.6892, 51.3890', { lat: 35.6892, lon: 51.389 }],
    ['35.6892 51.3890', { lat: 35.6892, lon: 51.389 }],
    ['33.87 S, 151.21 E', { lat: -33.87, lon: 151.21 }],
    ['40.7° N 74.0° W', { lat: 40.7, lon: -74 }],
    ['۳۵٫۶۸۹۲، ۵۱٫۳۸۹', { lat: 35.6892, lon: 51.389 }],
    ['٣٥٫٦٨٩٢، ٥١٫٣٨٩', { lat: 35.6892, lon: 51.389 }],
  ])('reads %s', (text, point) => expect(parseCoordinates(text)).toEqual(point));

  it.each(['', 'Tehran', '91, 10', '10, 181', '35.6', '1e3, 2', 'NaN, 1'])('refuses %j', (text) =>
    expect(parseCoordinates(text)).toBeNull(),
  );
});

describe("What a leg's name is searched as", () => {
  it.each([
    ['Home, Tehran', 'Tehran'],
    ["Tabriz (Reza's house)", 'Tabriz'],
    ['Imam Khomeini Airport (IKA)', 'IKA'],
    ['Istanbul (IST)', 'IST'],
    ['خانه، تهران', 'تهران'],
    ['Van', 'Van'],
    ['', ''],
  ])('%j → %j', (name, query) => expect(searchableName(name)).toBe(query));
});

describe('The map drawing through the sanitiser', () => {
  it('keeps what the renderer writes: its direction, clip path, data hooks, title and description', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" direction="ltr" font-family="Vazirmatn"><title>Routes out</title><desc>Plan A: Tehran to IKA</desc><defs><clipPath id="f"><rect width="10" height="10"/></clipPath></defs><g clip-path="url(#f)"><g class="route" data-route="0" data-letter="A"><path class="leg" data-leg="0" d="M0 0L5 5" stroke-dasharray="4 2"/></g><text x="1" y="2" text-anchor="end">تهران</text></g></svg>`;
    const clean = new DOMParser().parseFromString(cleanMapSvg(svg), 'image/svg+xml').documentElement;
    expect(clean.getAttribute('direction')).toBe('ltr');
    expect(clean.querySelector('g[clip-path]')?.getAttribute('clip-path')).toBe('url(#f)');
    expect(clean.querySelector('[data-route="0"]')?.getAttribute('data-letter')).toBe('A');
    expect(clean.querySelector('[data-leg="0"]')?.getAttribute('stroke-dasharray')).toBe('4 2');
    expect(clean.querySelector('text')?.getAttribute('text-anchor')).toBe('end');
    expect(clean.querySelector('desc')?.textContent).toBe('Plan A: Tehran to IKA');
  });
});
