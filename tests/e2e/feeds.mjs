// Government feeds served from 127.0.0.1 for the end-to-end tests. Each path answers the body `routes` holds for
// it right now (a test swaps one to publish a new level), with an ETag and a 304 for a matching If-None-Match, as
// the real servers do; a path with nothing behind it answers 503 (that government shows an error, never a change),
// and `refuse(status, body)` answers that status, as a host that refuses the client does.
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const ROOT = new URL('../../', import.meta.url).pathname;

/** One of our own feed fixtures (tests/fixtures/feeds). */
export const ours = (name) => readFile(join(ROOT, 'tests/fixtures/feeds', name));

/** A route that refuses: `status` (403, 407…) with an HTML `body`, as embassy hosts answer some clients. */
export const refuse = (status, body = '') => ({ refused: status, body });

/** Serves `routes` (path → body, read at each request); resolves to the server and its base URL. */
export async function serveFeeds(routes) {
  const server = createServer((req, res) => {
    const body = routes[req.url];
    if (!body) {
      res.writeHead(503).end();
      return;
    }
    if (body.refused) {
      res.writeHead(body.refused, { 'Content-Type': 'text/html' }).end(body.body);
      return;
    }
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { ETag: etag }).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/json', ETag: etag }).end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}

/**
 * A `--feed-urls` spec that points the US JSON feed at `${base}/us.json` and every other government at a path
 * that answers 503: only the US is served, the others fail (shown as errors, never as changes). The embassy alert
 * feeds answer 503 too, so no test ever asks a real embassy's site.
 */
export function onlyUsServed(base) {
  return SOURCES.map((s) => `${s}=${base}/${s === 'us-state-json' ? 'us.json' : s}`).join(',');
}

/** A `--feed-urls` spec under which no government is reached: every feed at a path of `base` that answers 503. */
export function noneServed(base) {
  return SOURCES.map((s) => `${s}=${base}/none-${s}`).join(',');
}

/** Every feed the app polls, by the source names `--feed-urls` takes. */
const SOURCES = ['us-state-json', 'us-state-rss', 'us-embassy-alerts', 'uk-fcdo', 'ca-travel', 'au-smartraveller', 'de-aa'];
