import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/svelte';
import { clearMocks } from '@tauri-apps/api/mocks';

// The app unsubscribes from the backend's events as it unmounts, so the IPC mock goes after it.
afterEach(() => {
  cleanup();
  clearMocks();
});
