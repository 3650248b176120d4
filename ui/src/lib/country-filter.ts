// Finding a country in the pickers by any name a person may type: its name in the interface's language («ایران»,
// "Turquie"), its English name ("Iran"), the ISO code ("TR") or one of the backend's aliases ("Turkey", "Persia"),
// with case and accents ignored (and Persian/Arabic letter variants alike). The names come from the catalogue
// (countries.ftl, from CLDR), the aliases from the advisory crate's table through the `countries` command;
// nothing here invents names.

import type { Country } from './generated/plan';
import { compareNames, countryName } from './country-names';
import { t } from './i18n.svelte';

// The pickers' words live with the advisory watch's (advisories.ftl): they came with it (issue 14).
export const filterPlaceholder = () => t('common-country-filter-placeholder');
export const filterLabel = () => t('common-country-filter-label');
export const noCountryMatches = (typed: string) => t('common-country-no-match', { typed });

/** Lower case without accents or other combining marks: "Türkiye" → "turkiye", "Réunion" → "reunion", «إيران» →
 *  «ایران». Persian and Arabic spell some letters differently (ي/ی, ك/ک, ى, ە) and may write or leave out hamza,
 *  vowel marks, the tatweel and the zero-width non-joiner: all of those compare alike, so a name typed on either
 *  keyboard finds the country. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u064A\u0649]/g, '\u06CC') // Arabic yeh, alef maksura → Persian yeh
    .replace(/\u0643/g, '\u06A9') // Arabic kaf → Persian keheh
    .replace(/\u06D5/g, '\u0647') // ae → heh (ۀ decomposes to it)
    .replace(/[\u0640\u200C\u200D]/g, '') // tatweel, ZWNJ, ZWJ
    .toLowerCase()
    .trim();
}

/** The aliases of a country; a backend from before issue 14 sends none (and its generated type has no field). */
const aliasesOf = (c: Country): readonly string[] => (c as Country & { aliases?: string[] }).aliases ?? [];

export interface CountryMatch {
  country: Country;
  /** The name in the active language: what the pickers show. */
  name: string;
  /** The other name that matched when the shown one did not ("Turkey" for Türkiye; "Iran" in a Persian picker), to
   *  show beside the name. */
  alias?: string;
}

/** The countries `typed` finds, best first: a name (the active language's or the English one) or an alias that
 *  starts with it, then an exact code, then one that contains it; in each group, as the active language's
 *  dictionary orders the names. Everything, in that order, when nothing is typed. */
export function countryMatches(countries: readonly Country[], typed: string): CountryMatch[] {
  const q = fold(typed);
  const named = countries
    .map((country) => ({ country, name: countryName(country.code, country.name) }))
    .sort((a, b) => compareNames(a.name, b.name));
  if (!q) return named;
  const ranked: { m: CountryMatch; rank: number; i: number }[] = [];
  named.forEach(({ country, name }, i) => {
    const shown = fold(name);
    // The English name counts as one more alias when the list shows another.
    const others = [...(country.name !== name ? [country.name] : []), ...aliasesOf(country)];
    const otherStart = others.find((a) => fold(a).startsWith(q));
    const otherIn = others.find((a) => fold(a).includes(q));
    let rank: number;
    let alias: string | undefined;
    if (shown.startsWith(q)) rank = 0;
    else if (otherStart) [rank, alias] = [0, otherStart];
    else if (fold(country.code) === q) rank = 1;
    else if (shown.includes(q)) rank = 2;
    else if (otherIn) [rank, alias] = [2, otherIn];
    else return;
    ranked.push({ m: alias === undefined ? { country, name } : { country, name, alias }, rank, i });
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.i - b.i).map((r) => r.m);
}
