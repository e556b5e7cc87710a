import type { PlaybookSource } from '../src/lib/content/source.ts';
import { readPlaybook } from '../src/lib/content/source.ts';

/** One reading of the content folder, shared by the integrations of one build. */
export interface PlaybookRead {
  /** Reads the folder now and keeps what it read: the content check, at the start of every build or dev server. */
  fresh(contentDir: string, projectRoot: string): PlaybookSource;
  /** What `fresh` last read of this folder, or a new reading: the search index, at the end of the build. */
  latest(contentDir: string, projectRoot: string): PlaybookSource;
}

/** Parsing thousands of YAML files is a good part of a large build; the two integrations need the same result. */
export function sharedPlaybookRead(): PlaybookRead {
  let last: { contentDir: string; source: PlaybookSource } | undefined;
  const fresh = (contentDir: string, projectRoot: string) => {
    last = { contentDir, source: readPlaybook(contentDir, projectRoot) };
    return last.source;
  };
  return {
    fresh,
    latest: (contentDir, projectRoot) => (last?.contentDir === contentDir ? last.source : fresh(contentDir, projectRoot)),
  };
}
