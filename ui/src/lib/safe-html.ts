// Government summaries arrive as HTML already sanitised by the backend (ammonia, strict allow-list:
// structure and emphasis only, https links only, no attributes but a[href] and abbr[title]). This module is
// the UI's second line: DOMPurify with the same allow-list, read from the file the Rust side generates from its
// own (generated/summary-policy.json), and the link handling that keeps every click inside a summary from
// navigating the webview.

import DOMPurify from 'dompurify';
import type { Action } from 'svelte/action';
import policy from './generated/summary-policy.json';

const attributes: Record<string, string[]> = policy.attributes;

const purify = DOMPurify(window);
// The allow-list names attributes per element (a[href], abbr[title]); DOMPurify's own list is global.
purify.addHook('uponSanitizeAttribute', (node, data) => {
  const tag = node.nodeName.toLowerCase();
  if (!attributes[tag]?.includes(data.attrName)) data.keepAttr = false;
  else if (data.attrName === 'href' && !httpsUrl(data.attrValue)) data.keepAttr = false;
});

const CONFIG = {
  ALLOWED_TAGS: policy.tags,
  ALLOWED_ATTR: [...new Set(Object.values(attributes).flat())],
  ALLOWED_URI_REGEXP: new RegExp(`^(?:${policy.url_schemes.join('|')}):`, 'i'),
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
};

/** `href` as an absolute https URL without credentials, or null (relative, javascript:, data:, http:…). */
export function httpsUrl(href: string | null | undefined): string | null {
  if (!href) return null;
  let u: URL;
  try {
    u = new URL(href.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' || !u.hostname || u.username || u.password) return null;
  return u.href;
}

// The route map is SVG the backend drew from the plan (no script, link or outside reference by construction);
// it still passes DOMPurify's SVG profile before it enters the page, so a fault in the renderer's escaping cannot
// become markup. An instance of its own: the summary's attribute hook would strip the map's attributes.
const svgPurify = DOMPurify(window);

/** The route map's SVG, sanitised: SVG elements only, no script, no event handler, no foreign content. */
export function cleanMapSvg(svg: string): string {
  return svg ? svgPurify.sanitize(svg, { USE_PROFILES: { svg: true }, ADD_ATTR: ['clip-path'] }) : '';
}

/** The summary reduced to the allow-list again. */
export function cleanSummaryHtml(html: string): string {
  return html ? purify.sanitize(html, CONFIG) : '';
}

/**
 * `use:interceptLinks={open}` on the element holding a summary: no click on a link inside it ever navigates
 * the webview. A plain click on an https link calls `open(url)` (the system browser, through the backend);
 * anything else (relative, javascript:, middle click, drag) is swallowed.
 */
export const interceptLinks: Action<HTMLElement, (url: string) => void> = (node, open) => {
  let current = open;
  const linkOf = (e: Event): Element | null => {
    const t = e.target;
    const el = t instanceof Element ? t : t instanceof Node ? t.parentElement : null;
    const a = el?.closest('a, area') ?? null;
    return a && node.contains(a) ? a : null;
  };
  const onClick = (e: MouseEvent) => {
    const a = linkOf(e);
    if (!a) return;
    e.preventDefault();
    if (e.type !== 'click' || e.button !== 0) return;
    const url = httpsUrl(a.getAttribute('href'));
    if (url) current?.(url);
  };
  const onDrag = (e: DragEvent) => {
    if (linkOf(e)) e.preventDefault();
  };
  node.addEventListener('click', onClick);
  node.addEventListener('auxclick', onClick);
  node.addEventListener('dragstart', onDrag);
  return {
    update(next) {
      current = next;
    },
    destroy() {
      node.removeEventListener('click', onClick);
      node.removeEventListener('auxclick', onClick);
      node.removeEventListener('dragstart', onDrag);
    },
  };
};
