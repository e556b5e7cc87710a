import { defineConfig } from 'vitest/config';
import { unitProject } from './vitest.config.ts';

// Mutation testing (stryker.config.json) runs every test once per mutant, so only the unit project: the built and
// browser projects build the site and drive Chromium, minutes per run where a unit run takes seconds.
export default defineConfig({ test: { projects: [unitProject] } });
