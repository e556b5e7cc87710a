import type { PlaybookSource } from '../src/lib/content/source.ts';

/** One reading of the content folder, shared by the integrations of one build. */
export interface PlaybookRead {
  /** Reads the folder now and keeps what it read: the content check, at the start of every build or dev server. */
  fresh(contentDir: string, projectRoot: string): Promise<PlaybookSource>;
  /** What `fresh` last read of this folder, or a new reading: the link check and the search index, at the end of the build. */
  latest(contentDir: string, projectRoot: string): Promise<PlaybookSource>;
}

/** Parsing thousands of YAML files is a good part of a large build; the integrations need the same result. */
export function sharedPlaybookRead(): PlaybookRead {
  let last: { contentDir: string; source: Promise<PlaybookSource> } | undefined;
  const fresh = (contentDir: string, projectRoot: string) => {
    // The reader and its schemas load on first use: `npm run build` reads the playbook in a process of its own, and
    // loading them with the config would only hold up Astro's start.
    const source = import('../src/lib/content/source.ts').then(({ readPlaybook }) => readPlaybook(contentDir, projectRoot));
    last = { contentDir, source };
    return source;
  };
  return {
    fresh,
    latest: (contentDir, projectRoot) => (last?.contentDir === contentDir ? last.source : fresh(contentDir, projectRoot)),
  };
}
