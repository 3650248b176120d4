// Debounced, single-flight saving: edits call `schedule()`; after `delay` ms of quiet the latest plan is
// saved. While a save is in flight further edits wait and are saved (once, with the latest plan) when it
// returns. `flush()` saves now and resolves when everything is on disk (lock, blur, beforeunload).

import type { Plan, SaveOutcome } from './generated/plan';

export interface AutosaveOptions {
  delay: number;
  /** The plan to send, taken when the save starts (so it is always the latest). */
  snapshot: () => Plan;
  save: (plan: Plan) => Promise<SaveOutcome>;
  onStart?: () => void;
  onSaved?: (outcome: SaveOutcome) => void;
  onError?: (err: unknown) => void;
}

export class Autosaver {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inflight: Promise<void> | null = null;
  private dirty = false;
  private opts: AutosaveOptions;

  constructor(opts: AutosaveOptions) {
    this.opts = opts;
  }

  /** True while an edit has not been handed to a save yet. */
  get pending(): boolean {
    return this.dirty;
  }

  schedule(): void {
    this.dirty = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run();
    }, this.opts.delay);
  }

  /** Save pending edits now; resolves once nothing is pending or in flight. */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.dirty) void this.run();
    while (this.inflight) await this.inflight;
  }

  /** Forget pending edits (the vault locked under us: there is nothing to save into). */
  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.dirty = false;
  }

  private run(): Promise<void> {
    if (this.inflight) return this.inflight; // the loop below picks up `dirty` when the current save returns
    this.inflight = (async () => {
      try {
        while (this.dirty) {
          this.dirty = false;
          const plan = this.opts.snapshot();
          this.opts.onStart?.();
          try {
            const outcome = await this.opts.save(plan);
            this.opts.onSaved?.(outcome);
          } catch (err) {
            this.opts.onError?.(err);
            break;
          }
        }
      } finally {
        this.inflight = null;
      }
    })();
    return this.inflight;
  }
}
