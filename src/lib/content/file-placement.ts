import { didYouMean, type ContentIssue } from './issues.ts';
import type { PlaybookSource } from './source.ts';
import { inContent } from './unread.ts';

const folderIn = (contentDir: string, name: string) => inContent(contentDir, `${name}/`);

/** The folder a content file sits in below `base`, or undefined when it sits in `base` itself. */
function folderOf(file: string, base: string): string | undefined {
  const rest = file.startsWith(base) ? file.slice(base.length).split('/') : [];
  return rest.length > 1 ? rest[0] : undefined;
}

/** `stages/<track>/<stage>.mdx`: the folder names the stage's track, as the site's URLs and the authors' map do. */
export function stageFolderIssue(
  stage: { id: string; file: string; track: string; lineOf: (field: string) => number | undefined },
  contentDir: string,
): ContentIssue | undefined {
  const base = folderIn(contentDir, 'stages');
  const folder = folderOf(stage.file, base);
  if (folder === stage.track) return undefined;
  const move = `move the file to ${base}${stage.track}/`;
  return {
    file: stage.file,
    line: stage.lineOf('track'),
    kind: 'stage',
    id: stage.id,
    field: 'track',
    value: stage.track,
    expected: folder ? `"${folder}", the track of the folder the file is in; or ${move}` : `the file in a folder named after its track; ${move}`,
  };
}

/**
 * `wordtracks/<track>/<stage>.yaml`: the file name is the stage of every wordtrack in it, so it must be a stage, and
 * the folder must be that stage's track. `stageTracks` maps each stage id to its track.
 */
function wordtrackFileIssue(
  file: { file: string; stage: string },
  stageTracks: ReadonlyMap<string, string>,
  tracks: ReadonlySet<string>,
  contentDir: string,
): ContentIssue | undefined {
  const where = { file: file.file, kind: 'wordtrack file', id: file.stage };
  const track = stageTracks.get(file.stage);
  if (track === undefined) {
    const suggestion = didYouMean(file.stage, stageTracks.keys());
    return {
      ...where,
      field: 'file name',
      detail: `"${file.stage}" is not a stage; ${suggestion ? `did you mean ${suggestion}.yaml?` : `expected the id of a stage in ${folderIn(contentDir, 'stages')}, the stage its wordtracks are for`}`,
    };
  }
  // A stage on a track that does not exist is the stage's mistake, reported there: moving its wordtracks into that
  // track's folder would be the wrong fix.
  if (!tracks.has(track)) return undefined;
  const base = folderIn(contentDir, 'wordtracks');
  const folder = folderOf(file.file, base);
  if (folder === track) return undefined;
  return { ...where, field: 'folder', value: folder, expected: `"${track}", the track of stage "${file.stage}"; move the file to ${base}${track}/` };
}

/**
 * The placement of every wordtrack file; a stage whose frontmatter fails its schema still names its track. `tracks`
 * are the ids of the tracks that exist.
 */
export function wordtrackFileIssues(source: PlaybookSource, tracks: ReadonlySet<string>, contentDir: string): ContentIssue[] {
  const stageTracks = new Map<string, string>();
  for (const entry of source.entries) {
    if (entry.collection === 'stages') stageTracks.set(entry.id, String((entry.data as { track?: unknown } | null)?.track));
  }
  return source.wordtrackFiles.flatMap((file) => wordtrackFileIssue(file, stageTracks, tracks, contentDir) ?? []);
}
