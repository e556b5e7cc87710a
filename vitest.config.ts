import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/** Pure logic, no build and no browser: also the only project mutation testing runs (vitest.mutate.config.ts). */
export const unitProject = {
  test: {
    name: 'unit',
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
} satisfies TestProjectInlineConfiguration;

// Three kinds of test, each in its own folder: pure logic, the built site as files, and the built site in Chromium.
export default defineConfig({
  test: {
    projects: [
      unitProject,
      {
        test: {
          name: 'built',
          include: ['tests/built/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['harness/fresh-build.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['harness/fresh-build.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // A browser test waits on a condition, never on a short poll: CI shares two cores with Chromium,
          // Pagefind's WebAssembly and the static server, so a first search can take seconds to answer.
          expect: { poll: { timeout: 20_000, interval: 100 } },
          // Each file runs its own Chromium; two at once is what a two-core machine holds comfortably.
          maxWorkers: 2,
        },
      },
    ],
  },
});
