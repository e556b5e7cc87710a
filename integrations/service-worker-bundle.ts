import { join, resolve } from 'node:path';

/** The worker's source, in the project. */
export const serviceWorkerSource = join('src', 'lib', 'offline', 'service-worker.ts');

/**
 * The worker's source bundled into one classic script (no imports: a worker script is not a module by default). It
 * does not depend on the built site, so `npm run build` bundles it while Astro builds. With Rolldown itself, the
 * bundler under Vite: through Vite's own build, its start-up took 0.3–0.5 s of the other core beside Astro's, for a
 * bundle Rolldown makes in 50–70 ms.
 */
export async function bundleServiceWorker(projectRoot: string): Promise<string> {
  const { rolldown } = await import('rolldown');
  const bundle = await rolldown({
    // An absolute path: a relative one reads to the bundler as a package name.
    input: resolve(projectRoot, serviceWorkerSource),
    logLevel: 'warn',
    transform: { target: 'es2022', define: { 'process.env.NODE_ENV': JSON.stringify('production') } },
  });
  try {
    const [chunk] = (await bundle.generate({ format: 'iife', name: 'attuneServiceWorker', minify: true })).output;
    if (!chunk || chunk.type !== 'chunk') throw new Error(`Bundling ${serviceWorkerSource} gave no script`);
    return chunk.code;
  } finally {
    await bundle.close();
  }
}
