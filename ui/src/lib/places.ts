// A leg's places on the route map: its start, its end and its border crossing, each with a point the map draws
// at. What a pick from the gazetteer, a click on the map or typed coordinates changes in the leg lives here, so
// the picker and the map agree on it.

import type { Leg, PlaceHit, Point, PointInfo } from './generated/plan';
import { i18n, t } from './i18n.svelte';
import { asciiDigits } from './plan-utils';

export type PlaceEnd = 'from' | 'to' | 'crossing';
export const PLACE_ENDS: readonly PlaceEnd[] = ['from', 'to', 'crossing'];

/** The leg field holding each end's point. */
const POINT_FIELD = { from: 'from_point', to: 'to_point', crossing: 'crossing_point' } as const;

export function pointOf(leg: Leg, end: PlaceEnd): Point | undefined {
  return leg[POINT_FIELD[end]];
}

/** The name the leg gives this end ("Tehran", "Bazargan / Gürbulak"). */
export function nameOf(leg: Leg, end: PlaceEnd): string {
  return end === 'crossing' ? leg.border_crossing : leg[end];
}

function setName(leg: Leg, end: PlaceEnd, name: string) {
  if (end === 'crossing') leg.border_crossing = name;
  else leg[end] = name;
}

function setCountry(leg: Leg, end: PlaceEnd, country: string | undefined) {
  // A crossing lies on the border of the leg's two countries, which the leg already names.
  if (!country || end === 'crossing') return;
  if (end === 'from') leg.from_country = country;
  else leg.to_country = country;
}

/** The name a picked place gives an unnamed end: the spelling the user typed, an airport by its name and code. */
export function hitName(hit: PlaceHit): string {
  if (hit.kind === 'airport') return hit.code ? `${hit.name} (${hit.code})` : hit.name;
  return hit.matched;
}

/**
 * The place picked from the gazetteer becomes this end's point. A name the user wrote stays (it is their word
 * for the place); an empty one takes the place's. The end's country follows the place: the user picked it, and
 * the watch then follows the route through the right country.
 */
export function applyHit(leg: Leg, end: PlaceEnd, hit: PlaceHit) {
  leg[POINT_FIELD[end]] = { lat: hit.point.lat, lon: hit.point.lon };
  if (!nameOf(leg, end).trim()) setName(leg, end, hitName(hit));
  if (hit.kind !== 'crossing') setCountry(leg, end, hit.countries[0]);
}

/** A clicked or typed point becomes this end's point, named after the nearest town when the end has no name. */
export function applyPoint(leg: Leg, end: PlaceEnd, info: PointInfo) {
  leg[POINT_FIELD[end]] = { lat: info.point.lat, lon: info.point.lon };
  if (!nameOf(leg, end).trim() && info.near) setName(leg, end, info.near.matched);
  setCountry(leg, end, info.country);
}

export function clearPoint(leg: Leg, end: PlaceEnd) {
  leg[POINT_FIELD[end]] = undefined;
}

/**
 * What to search the gazetteer for when a leg's place is opened, from the name the user gave it: an airport code
 * in brackets ("Imam Khomeini Airport (IKA)" → "IKA"), else the name without its brackets, last part first
 * ("Home, Tehran" → "Tehran", "Tabriz (Reza's house)" → "Tabriz"). The user's own words stay in the leg.
 */
export function searchableName(name: string): string {
  const code = name.match(/\(([A-Z]{3})\)/);
  if (code) return code[1];
  const parts = name
    .replace(/\([^)]*\)/g, ' ')
    .split(/[,،;]/)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.at(-1) ?? '';
}

/** Persian and Arabic-Indic digits as 0–9, and the Arabic decimal separator (٫) as a point. */
function asciiNumber(s: string): string {
  return asciiDigits(s).replace(/\u066B/g, '.');
}

/**
 * Coordinates as people type them: "35.6892, 51.3890", "35.6892 51.3890", with Persian or Arabic digits, and
 * with a hemisphere letter ("35.69 N 51.39 E", "33.9 S, 151.2 E"). Null when it is not a place on Earth.
 */
export function parseCoordinates(text: string): Point | null {
  const s = asciiNumber(text).trim().toUpperCase().replace(/°/g, ' ');
  const m = s.match(/^([+-]?\d+(?:\.\d+)?)\s*([NS])?\s*[,;\s\u060C]\s*([+-]?\d+(?:\.\d+)?)\s*([EW])?$/);
  if (!m) return null;
  const lat = Number(m[1]) * (m[2] === 'S' ? -1 : 1);
  const lon = Number(m[3]) * (m[4] === 'W' ? -1 : 1);
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return { lat, lon };
}

/** A point as the picker shows it: "35.6892, 51.389" in the interface's digits. */
export function pointText(p: Point): string {
  const f = new Intl.NumberFormat(i18n.locale, { maximumFractionDigits: 4, useGrouping: false });
  return t('routes-place-point', { lat: f.format(p.lat), lon: f.format(p.lon) });
}
