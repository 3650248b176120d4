// After the first frame is on screen (two animation frames: one to lay out, one to paint), with the moment the
// page began loading, as Lifeboat's UI reports it.
requestAnimationFrame(() =>
  requestAnimationFrame(() => window.__TAURI_INTERNALS__.invoke('ready', { origin: performance.timeOrigin })),
);
