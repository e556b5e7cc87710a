// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import contentCheck from './integrations/content-check.ts';
import searchIndex from './integrations/search-index.ts';
import searchDialogUrl from './integrations/search-dialog-url.ts';
import { sharedPlaybookRead } from './integrations/playbook-read.ts';

const playbook = sharedPlaybookRead();

export default defineConfig({
  // Canonical URLs need an absolute origin; a deployment sets SITE to its public address.
  site: process.env.SITE ?? 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  output: 'static',
  integrations: [contentCheck(playbook), mdx(), preact(), searchDialogUrl(), searchIndex(playbook)],
  server: { host: '127.0.0.1', port: 4321 },
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
