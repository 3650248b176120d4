// The interface's words in the user's language: the repository's locales/<locale>/<area>.ftl (Fluent), the same
// catalogue the Rust side embeds (src-tauri/crates/i18n). Only the active locale's files are loaded; switching
// language swaps one reactive bundle, so every `t(…)` on screen re-renders at once, without a reload.

import { FluentBundle, FluentResource } from '@fluent/bundle';
import { negotiateLanguages } from '@fluent/langneg';
import { mark } from './marks';

/** Every shipped language, named in itself, in the order the pickers list them. Same list as the Rust crate's. */
export const LOCALES = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'fa', name: 'فارسی', dir: 'rtl' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'fr', name: 'Français', dir: 'ltr' },
  { code: 'de', name: 'Deutsch', dir: 'ltr' },
  { code: 'es', name: 'Español', dir: 'ltr' },
  { code: 'ru', name: 'Русский', dir: 'ltr' },
  { code: 'tr', name: 'Türkçe', dir: 'ltr' },
] as const;

export type LocaleCode = (typeof LOCALES)[number]['code'];
export type Dir = 'ltr' | 'rtl';
export const DEFAULT_LOCALE: LocaleCode = 'en';

/** The last language picked in this window's profile. Not secret (unlike the plan): the unlock screen and
 *  onboarding need it before any plan is open. */
const STORAGE_KEY = 'lifeboat.language';

// One lazy loader per file: Vite emits each as a small chunk of its own, and a locale loads only its files.
const FILES = import.meta.glob<string>('../../../locales/*/*.ftl', { query: '?raw', import: 'default' });

/** The active locale and its direction. Read it in components (`i18n.dir`); change it only with `setLocale`. */
export const i18n = $state<{ locale: LocaleCode; dir: Dir }>({ locale: DEFAULT_LOCALE, dir: 'ltr' });

// `$state.raw`: the bundle is swapped whole, never mutated, and must not be proxied.
let active = $state.raw<FluentBundle | null>(null);
const bundles = new Map<LocaleCode, Promise<FluentBundle>>();
const warned = new Set<string>();
let switches = 0;

/** The message `id` (or its attribute, `id.attribute`) in the active locale with `args` filled in. Reactive: a
 *  component that calls it re-renders when the language changes. A missing message shows the id (logged once);
 *  the catalogue tests keep that from happening. */
export function t(id: string, args?: Record<string, string | number | Date>): string {
  const bundle = active;
  if (!bundle) return id;
  const dot = id.indexOf('.');
  const messageId = dot < 0 ? id : id.slice(0, dot);
  const message = bundle.getMessage(messageId);
  const pattern = dot < 0 ? message?.value : message?.attributes[id.slice(dot + 1)];
  if (!pattern) {
    warnOnce(`${bundle.locales[0]}:${id}`, `i18n: no message "${id}" in ${bundle.locales[0]}`);
    return id;
  }
  const errors: Error[] = [];
  const text = bundle.formatPattern(pattern, args, errors);
  if (errors.length) warnOnce(`${bundle.locales[0]}:${id}:args`, `i18n: "${id}": ${errors.map(String).join('; ')}`);
  return text;
}

/** `text` without the bidi isolation marks Fluent puts around every inserted value (U+2066–U+2069): right on
 *  screen, wrong in words the app writes into the plan from a message (a new route's "Plan D"), which are the
 *  person's own text from then on, saved, exported and edited. The Rust side's `lifeboat_i18n::plain_text`. */
export function plainText(text: string): string {
  return text.replace(/[\u2066-\u2069]/g, '');
}

function warnOnce(key: string, text: string): void {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(text);
}

/** The shipped locale nearest to `requested` (BCP 47 tags such as `navigator.languages`, or POSIX names such as
 *  `fa_IR.UTF-8`), else English. */
export function negotiate(requested: readonly string[]): LocaleCode {
  const tags = requested.map((r) => r.split(/[.@]/)[0].trim().replace(/_/g, '-')).filter((r) => r && r !== 'C' && r !== 'POSIX');
  const [best] = negotiateLanguages(
    tags,
    LOCALES.map((l) => l.code),
    { strategy: 'lookup', defaultLocale: DEFAULT_LOCALE },
  );
  return LOCALES.find((l) => l.code === best)?.code ?? DEFAULT_LOCALE;
}

export function dirOf(code: string): Dir {
  return LOCALES.find((l) => l.code === code)?.dir ?? 'ltr';
}

function load(locale: LocaleCode): Promise<FluentBundle> {
  let bundle = bundles.get(locale);
  if (!bundle) {
    const prefix = `../../../locales/${locale}/`;
    bundle = Promise.all(
      Object.entries(FILES)
        .filter(([path]) => path.startsWith(prefix))
        .map(([, read]) => read()),
    ).then((texts) => {
      // The start-up timeline tells the request apart from the parsing (bench/README.md).
      mark('locale-files');
      const b = new FluentBundle(locale); // bidi isolation of placeables stays on (the default)
      for (const text of texts) {
        for (const e of b.addResource(new FluentResource(text))) console.warn(`i18n: ${locale}: ${e.message}`);
      }
      return b;
    });
    // A failed load (a chunk that did not arrive) is tried again on the next switch.
    bundle.catch(() => bundles.delete(locale));
    bundles.set(locale, bundle);
  }
  return bundle;
}

/** Switch the interface to `code` (negotiated to a shipped locale): loads that locale's files once, then swaps
 *  the bundle and sets `<html lang dir>`. Of overlapping calls the last one wins. */
export async function setLocale(code: string): Promise<void> {
  const locale = negotiate([code]);
  const mine = ++switches;
  const bundle = await load(locale);
  if (mine !== switches) return;
  active = bundle;
  i18n.locale = locale;
  i18n.dir = dirOf(locale);
  document.documentElement.lang = locale;
  document.documentElement.dir = i18n.dir;
}

/** The language to start in, before any plan is open: the one last picked here, else the system's. */
export function startingLocale(): LocaleCode {
  return negotiate([storedLocale() ?? '', ...(navigator.languages ?? [navigator.language])].filter(Boolean));
}

function storedLocale(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage disabled: the system's language it is
  }
}

/** Remember `code` for the next start's unlock screen and onboarding. */
export function rememberLocale(code: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // storage disabled: the choice still holds for this run (and in the plan once unlocked)
  }
}
