/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Tauri serves the built files from disk under a strict CSP (no inline scripts, no eval), so the
// build must be relative (`base: './'`), source-map free, and aimed at WebKitGTK (~Safari 15).
export default defineConfig({
  base: './',
  plugins: [svelte()],
  clearScreen: false,
  // `dev:mock` reads the repository's sample plan (tests/fixtures) beside the UI's own files; every build reads
  // the message catalogue (../locales, shared with the Rust side).
  server: { port: 1420, strictPort: true, fs: { allow: ['.', '../tests/fixtures', '../locales'] } },
  envPrefix: ['VITE_'],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    target: 'safari15',
    cssTarget: 'safari15',
    modulePreload: { polyfill: false },
    // One chunk per locale (its .ftl files together): a language costs one small fetch, and only its own.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ test: /[\\/]locales[\\/]/, name: (id) => `locale-${/[\\/]locales[\\/]([a-z]+)[\\/]/.exec(id)?.[1] ?? 'x'}` }],
        },
      },
    },
  },
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/tests/setup.ts'],
  },
});
