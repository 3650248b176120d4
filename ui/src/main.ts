import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { setBackend } from './lib/ipc';

async function start() {
  // Mock mode (`VITE_MOCK_BACKEND=1 npm run dev`) serves the UI in a plain browser with an in-memory
  // backend. The condition is a build-time constant, so production bundles drop the mock entirely.
  if (import.meta.env.VITE_MOCK_BACKEND === '1') {
    const { createMockBackend } = await import('./lib/mock-backend');
    setBackend(createMockBackend(new URLSearchParams(location.search)));
  }
  mount(App, { target: document.getElementById('app')! });
}

void start();
