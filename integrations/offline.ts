import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { leftToBuildScript } from './after-astro.ts';

/** Where the worker is served from; at the root, its scope is the whole site. */
export const SERVICE_WORKER_FILE = 'sw.js';

/**
 * In `astro dev` there is no worker to serve; a worker from an earlier `npm start` on the same address would keep
 * serving that build's pages. This one replaces it, empties its caches, unregisters itself and reloads the tabs.
 */
const retiringWorker = `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil((async () => {
  await Promise.all((await caches.keys()).map((key) => caches.delete(key)));
  await self.registration.unregister();
  for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
})()));
`;

/**
 * Generates the service worker at the end of the build. Astro runs the integrations' build:done hooks one after
 * another in the order of astro.config.mjs, so this integration is listed after the search index; `npm run build`
 * runs both after Astro has exited, in the same order (scripts/build.ts).
 */
export default function offline(): AstroIntegration {
  let projectRoot = process.cwd();
  return {
    name: 'attune:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        projectRoot = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(`/${SERVICE_WORKER_FILE}`, (_request, response) => {
          response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
          response.end(retiringWorker);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        if (leftToBuildScript(site)) return;
        // Workbox's listing loads only now (integrations/service-worker-build.ts): with the config, it held up Astro's start.
        const { precacheReport, writeServiceWorker } = await import('./service-worker-build.ts');
        logger.info(precacheReport(await writeServiceWorker(site, { projectRoot })));
      },
    },
  };
}
