// Finding a country in the pickers by any name a person may type: the list's name ("Türkiye"), the ISO code ("TR")
// or one of the backend's aliases ("Turkey", "Persia"), with case and accents ignored. The aliases come from the
// advisory crate's table through the `countries` command; nothing here invents names.

import type { Country } from './generated/plan';
import { t } from './i18n.svelte';

// The pickers' words live with the advisory watch's (advisories.ftl): they came with it (issue 14).
export const filterPlaceholder = () => t('advisories-country-filter-placeholder');
export const filterLabel = () => t('advisories-country-filter-label');
export const noCountryMatches = (typed: string) => t('advisories-country-no-match', { typed });

/** Lower case without accents or other combining marks: "Türkiye" → "turkiye", "Réunion" → "reunion". */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** The aliases of a country; a backend from before issue 14 sends none (and its generated type has no field). */
const aliasesOf = (c: Country): readonly string[] => (c as Country & { aliases?: string[] }).aliases ?? [];

export interface CountryMatch {
  country: Country;
  /** The alias that matched when the name itself did not ("Turkey" for Türkiye), to show beside the name. */
  alias?: string;
}

/** The countries `typed` finds, best first: a name or alias that starts with it, then an exact code, then one that
 *  contains it; the list's order within each group. Everything, in order, when nothing is typed. */
export function countryMatches(countries: readonly Country[], typed: string): CountryMatch[] {
  const q = fold(typed);
  if (!q) return countries.map((country) => ({ country }));
  const ranked: { m: CountryMatch; rank: number; i: number }[] = [];
  countries.forEach((country, i) => {
    const name = fold(country.name);
    const aliases = aliasesOf(country);
    const aliasStart = aliases.find((a) => fold(a).startsWith(q));
    const aliasIn = aliases.find((a) => fold(a).includes(q));
    let rank: number;
    let alias: string | undefined;
    if (name.startsWith(q)) rank = 0;
    else if (aliasStart) [rank, alias] = [0, aliasStart];
    else if (fold(country.code) === q) rank = 1;
    else if (name.includes(q)) rank = 2;
    else if (aliasIn) [rank, alias] = [2, aliasIn];
    else return;
    ranked.push({ m: { country, alias }, rank, i });
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.i - b.i).map((r) => r.m);
}
