// A targeted run (docs/testing.md): stryker.config.json's mutants over only the unit tests named in FOCUS_TESTS
// (vitest.focus.config.ts), with its results in reports/mutation/focus/, apart from the full run's.
import { readFileSync } from 'node:fs';

const base = JSON.parse(readFileSync(new URL('./stryker.config.json', import.meta.url), 'utf8'));

export default {
  ...base,
  vitest: { configFile: 'vitest.focus.config.ts' },
  htmlReporter: { fileName: 'reports/mutation/focus/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/focus/mutation.json' },
  incrementalFile: 'reports/mutation/focus/incremental.json',
};
