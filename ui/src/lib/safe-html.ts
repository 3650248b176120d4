// Government summaries arrive as HTML already sanitised by the backend (ammonia, strict allow-list:
// structure and emphasis only, https links only, no attributes but a[href] and abbr[title]). This module is
// the UI's second layer: it re-applies the same allow-list in an inert <template> (nothing in a template's
// content loads or runs), and it keeps every link click inside a summary from navigating the webview.

import type { Action } from 'svelte/action';

/** The backend's allow-list (src-tauri/crates/advisory/src/text.rs). */
const KEEP = new Set([
  'a', 'abbr', 'b', 'blockquote', 'br', 'em', 'h2', 'h3', 'h4', 'h5', 'h6', 'i', 'li', 'ol', 'p', 'strong', 'u', 'ul',
]);

/** Removed with everything inside them; any other unknown element is unwrapped to its text. */
const DROP = new Set([
  'script', 'style', 'template', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math',
  'img', 'picture', 'source', 'video', 'audio', 'track', 'canvas', 'form', 'input', 'button', 'select', 'textarea',
  'link', 'meta', 'base',
]);

const HTML_NS = 'http://www.w3.org/1999/xhtml';

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

function cleanChildren(parent: Node): void {
  for (const node of Array.from(parent.childNodes)) {
    if (node.nodeType === Node.TEXT_NODE) continue;
    if (node.nodeType !== Node.ELEMENT_NODE) {
      node.parentNode?.removeChild(node); // comments, processing instructions
      continue;
    }
    const el = node as Element;
    const tag = el.localName.toLowerCase();
    if (DROP.has(tag)) {
      el.remove();
      continue;
    }
    cleanChildren(el);
    if (!KEEP.has(tag) || el.namespaceURI !== HTML_NS) {
      el.replaceWith(...Array.from(el.childNodes));
      continue;
    }
    for (const attr of Array.from(el.attributes)) {
      const keep = (tag === 'a' && attr.name === 'href' && httpsUrl(attr.value)) || (tag === 'abbr' && attr.name === 'title');
      if (!keep) el.removeAttribute(attr.name);
    }
    if (tag === 'a') el.setAttribute('rel', 'noopener noreferrer');
  }
}

/** The summary reduced to the allow-list again, parsed where nothing can load or run. */
export function cleanSummaryHtml(html: string): string {
  if (!html) return '';
  const tpl = document.createElement('template');
  tpl.innerHTML = html;
  cleanChildren(tpl.content);
  return tpl.innerHTML;
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
