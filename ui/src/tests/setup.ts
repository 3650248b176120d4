import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/svelte';
import { clearMocks } from '@tauri-apps/api/mocks';
import { setLocale } from '../lib/i18n.svelte';

// Tests read the interface in English unless they switch (`await setLocale('fa')`); each starts in English again.
await setLocale('en');
afterEach(() => setLocale('en'));

// The app unsubscribes from the backend's events as it unmounts, so the IPC mock goes after it.
afterEach(() => {
  cleanup();
  clearMocks();
});

// jsdom has <dialog> but not its methods: open and close it as a browser does, minus the top layer.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.open = false;
  this.dispatchEvent(new Event('close'));
};
