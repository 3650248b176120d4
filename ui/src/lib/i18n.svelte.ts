// The interface's words in the user's language: the repository's locales/<locale>/<area>.ftl (Fluent), the same
// catalogue the Rust side embeds (src-tauri/crates/i18n). Only the active locale's files are loaded; switching
// language swaps one reactive bundle, so every `t(…)` on screen re-renders at once, without a reload.
//
// At start-up the backend hands the page, before its first script, the language to start in and the messages of
// the screen it opens on (`window.__LIFEBOAT_START__`, src-tauri/src/start_page.rs): that screen paints without
// waiting for the catalogue's chunk, which loads after the first frame (`completeCatalogue`) and before the
// editor opens.

import { FluentBundle, FluentResource } from '@fluent/bundle';
import { negotiateLanguages } from '@fluent/langneg';
import { mark } from './marks';
import type { Status } from './generated/plan';

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

/** What the backend hands the page before its first script: the language to start in, as Fluent source the
 *  areas of the catalogue its first screen reads (locales/first-screens.json), and the store's state then (the
 *  `status` command's answer, which `AppState.init` confirms after the first frame). */
export interface StartMessages {
  locale: string;
  messages: string;
  status?: Status | null;
}

declare global {
  interface Window {
    __LIFEBOAT_START__?: StartMessages;
  }
}

// One lazy loader per file: Vite emits each as a small chunk of its own, and a locale loads only its files.
const FILES = import.meta.glob<string>('../../../locales/*/*.ftl', { query: '?raw', import: 'default' });

/** The active locale and its direction. Read it in components (`i18n.dir`); change it only with `setLocale`. */
export const i18n = $state<{ locale: LocaleCode; dir: Dir }>({ locale: DEFAULT_LOCALE, dir: 'ltr' });

// `$state.raw`: the bundle is swapped whole, never mutated, and must not be proxied.
let active = $state.raw<FluentBundle | null>(null);
const bundles = new Map<LocaleCode, Promise<FluentBundle>>();
const warned = new Set<string>();
let switches = 0;
/** The bundle holding only the first screen's messages, until the whole catalogue replaces it. */
let partial: FluentBundle | null = null;

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
      return bundleOf(locale, texts);
    });
    // A failed load (a chunk that did not arrive) is tried again on the next switch.
    bundle.catch(() => bundles.delete(locale));
    bundles.set(locale, bundle);
  }
  return bundle;
}

function bundleOf(locale: LocaleCode, texts: readonly string[]): FluentBundle {
  const b = new FluentBundle(locale); // bidi isolation of placeables stays on (the default)
  for (const text of texts) {
    for (const e of b.addResource(new FluentResource(text))) console.warn(`i18n: ${locale}: ${e.message}`);
  }
  return b;
}

function apply(locale: LocaleCode, bundle: FluentBundle): void {
  active = bundle;
  i18n.locale = locale;
  i18n.dir = dirOf(locale);
  document.documentElement.lang = locale;
  document.documentElement.dir = i18n.dir;
}

/** Switch the interface to `code` (negotiated to a shipped locale): loads that locale's files once, then swaps
 *  the bundle and sets `<html lang dir>`. Of overlapping calls the last one wins. */
export async function setLocale(code: string): Promise<void> {
  const locale = negotiate([code]);
  const mine = ++switches;
  const bundle = await load(locale);
  if (mine !== switches) return;
  apply(locale, bundle);
}

/** Starts in the language and with the first screen's messages the backend handed the page, if it did (not in
 *  a plain browser, `dev:mock`, or the unit tests): synchronous, no request. The rest of that language's
 *  catalogue follows with `completeCatalogue`. */
export function startWithHandedMessages(start = window.__LIFEBOAT_START__): boolean {
  // None handed (or an empty set, from a broken list of areas): the caller fetches the whole catalogue first.
  if (!start || typeof start.messages !== 'string' || !start.messages) return false;
  const locale = negotiate([start.locale]);
  apply(locale, bundleOf(locale, [start.messages]));
  partial = active;
  return true;
}

/** Loads the active language's whole catalogue, if only the first screen's part is in (`startWithHandedMessages`),
 *  and swaps it in: the same words on screen, and every other screen's. A language picked meanwhile wins. */
export async function completeCatalogue(): Promise<void> {
  const first = partial;
  if (!first) return;
  const bundle = await load(i18n.locale);
  // Unless another language was switched to meanwhile (with its whole catalogue).
  if (active === first) {
    active = bundle;
    partial = null;
  }
}

/** The language to start in when the backend handed none (a plain browser): the system's. */
export function startingLocale(): LocaleCode {
  return negotiate([...(navigator.languages ?? [navigator.language])].filter(Boolean));
}
