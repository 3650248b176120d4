// After the first frame is on screen (two animation frames: one to lay out, one to paint).
requestAnimationFrame(() => requestAnimationFrame(() => window.__TAURI_INTERNALS__.invoke('ready')));
