// Work the first frame does not need (lookups, the watch view, the autosave's deep watch of the plan) starts
// once the browser has painted, instead of delaying what the person sees first.

export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') {
      setTimeout(resolve, 0);
      return;
    }
    // rAF runs before the frame's layout and paint; the task it queues runs after them.
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}
