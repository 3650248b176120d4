// How the page hears the backend (src-tauri/src/events.rs): one request for the next events is always waiting,
// and its answer brings what happened since the last one (the plan locked, the watch or the embassy directory
// changed, a notification was clicked). Tauri's own events would reach the page by script evaluation, which on
// WebKitGTK starts a JavaScript engine in the window's process; a command's answer comes back like any other.

import type { EventBatch, UiEvent } from './generated/plan';

export type EventName = UiEvent['event'];
export type EventOf<N extends EventName> = Extract<UiEvent, { event: N }>;
type Handler = (event: UiEvent) => void;

/** After a failed request the next waits this long, doubling up to `RETRY_MAX_MS`: a backend that cannot answer
 *  (shutting down, a test without a backend) is not asked in a tight loop. */
const RETRY_FIRST_MS = 500;
const RETRY_MAX_MS = 30_000;
/** What a page that missed events reads again: everything it shows from the backend. */
const AFTER_MISSED: UiEvent[] = [{ event: 'watch-updated' }, { event: 'directory-updated' }];

export class EventStream {
  private handlers = new Map<EventName, Set<Handler>>();
  /** Bumped when the last handler goes: a request still waiting then belongs to no one, and its answer is dropped. */
  private generation = 0;
  private running = false;
  /** The last answer's cursor: kept when the loop starts again, so nothing is heard twice. */
  private after: number | null = null;

  /** `read(after)` asks the backend for the events after the cursor (none: from when the page began loading). */
  constructor(private readonly read: (after: number | null) => Promise<EventBatch>) {}

  /** Calls `handler` with every `name` event from now on, until the returned function is called. */
  on<N extends EventName>(name: N, handler: (event: EventOf<N>) => void): () => void {
    const wrapped: Handler = (event) => handler(event as EventOf<N>);
    let set = this.handlers.get(name);
    if (!set) this.handlers.set(name, (set = new Set()));
    set.add(wrapped);
    if (!this.running) {
      this.running = true;
      void this.pump(this.generation);
    }
    return () => {
      set.delete(wrapped);
      if (this.running && [...this.handlers.values()].every((s) => s.size === 0)) {
        this.running = false;
        this.generation++;
      }
    };
  }

  /** How many handlers `name` has now (the tests check that subscriptions end with what started them). */
  listeners(name: EventName): number {
    return this.handlers.get(name)?.size ?? 0;
  }

  private async pump(gen: number): Promise<void> {
    let retry = RETRY_FIRST_MS;
    while (gen === this.generation) {
      let batch: EventBatch;
      try {
        batch = await this.read(this.after);
        retry = RETRY_FIRST_MS;
      } catch (err) {
        if (gen !== this.generation) return;
        console.warn('the backend’s events could not be read; asking again', err);
        await new Promise((resolve) => setTimeout(resolve, retry));
        retry = Math.min(retry * 2, RETRY_MAX_MS);
        continue;
      }
      if (gen !== this.generation) return;
      this.after = batch.next;
      this.deliver(batch.missed ? [...batch.events, ...AFTER_MISSED] : batch.events);
    }
  }

  private deliver(events: UiEvent[]): void {
    for (const event of events) {
      for (const handler of [...(this.handlers.get(event.event) ?? [])]) {
        try {
          handler(event);
        } catch (err) {
          console.error(`a handler of ${event.event} failed`, err);
        }
      }
    }
  }
}
