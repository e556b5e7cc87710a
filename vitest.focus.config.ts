import { defineConfig } from 'vitest/config';
import { unitProject } from './vitest.config.ts';

// Targeted mutation runs (stryker.focus.config.mjs, docs/testing.md): only the unit tests named in FOCUS_TESTS,
// comma-separated. A module-level ("static") mutant runs every test its run has, so with the whole unit project one
// content file's run takes hours; with the tests that exercise it, minutes. Fewer tests can only kill fewer mutants,
// so a score from here is a floor for the same file in a full run.
const focus = process.env.FOCUS_TESTS?.split(',').filter(Boolean);
if (!focus?.length) throw new Error('Set FOCUS_TESTS to the unit test files to run, comma-separated.');
export default defineConfig({ test: { projects: [{ test: { ...unitProject.test, include: focus } }] } });
