// A country's name in the reader's language: the catalogue's `countries` area (locales/<l>/countries.ftl,
// generated from CLDR by scripts/gen-country-names.mjs), so a Persian interface says «ایران» and a French one
// « Turquie ». The backend's `Country.name` (English) is only the fallback.

import { i18n, t } from './i18n.svelte';

const ISO2 = /^[A-Za-z]{2}$/;

/** `code`'s name in the active locale ("IR": "Iran", «ایران», «Irán»); else `english` (the backend's name), else the
 *  code itself. Reactive like `t()`: call it in markup or `$derived`, and the name follows a language switch. */
export function countryName(code: string, english?: string): string {
  if (!ISO2.test(code)) return english || code;
  const id = `countries-${code.toLowerCase()}`;
  const name = t(`countries-${code.toLowerCase()}`);
  // `t` answers an id it does not know (a code outside the table, or no catalogue yet) with the id itself.
  return name === id ? english || code : name;
}

const collators = new Map<string, Intl.Collator>();

/** Compares two names as a dictionary of the active locale orders them (Persian: «آلمان» before «ایران»). */
export function compareNames(a: string, b: string): number {
  const locale = i18n.locale;
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale, { sensitivity: 'base' });
    collators.set(locale, collator);
  }
  return collator.compare(a, b);
}
