import type { PlaybookSource } from '../src/lib/content-source.ts';
import { readPlaybook } from '../src/lib/content-source.ts';

/** One reading of the content folder, shared by the integrations of one build. */
export interface PlaybookRead {
  /** Reads the folder now and keeps what it read: the content check, at the start of every build or dev server. */
  fresh(contentDir: string, projectRoot: string): PlaybookSource;
  /** What `fresh` read last, or a new reading: the search index, at the end of the build the check started. */
  latest(contentDir: string, projectRoot: string): PlaybookSource;
}

/** Parsing thousands of YAML files is a good part of a large build; the two integrations need the same result. */
export function sharedPlaybookRead(): PlaybookRead {
  let last: PlaybookSource | undefined;
  return {
    fresh: (contentDir, projectRoot) => (last = readPlaybook(contentDir, projectRoot)),
    latest: (contentDir, projectRoot) => last ?? readPlaybook(contentDir, projectRoot),
  };
}
