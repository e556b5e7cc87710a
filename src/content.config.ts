import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { Reference } from './schemas/common.ts';
import { coachRuleSchema } from './schemas/coach.ts';
import { synonymGroupSchema } from './schemas/synonyms.ts';
import { foundationSchema } from './schemas/foundation.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { phaseSchema } from './schemas/phase.ts';
import { playSchema } from './schemas/play.ts';
import { selfcheckItemSchema } from './schemas/selfcheck.ts';
import { stageSchema } from './schemas/stage.ts';
import { trackSchema } from './schemas/track.ts';
import { wordtrackSchema } from './schemas/wordtrack.ts';
import { contentDir } from './lib/content-dir.ts';
import { entryIdFromPath } from './lib/content-source.ts';
import { wordtrackLoader } from './loaders/wordtrack-loader.ts';

// Astro's reference() yields the same { collection, id } as the content check's idReference.
const ref = reference as unknown as Reference;
const mdx = (folder: string) =>
  glob({ pattern: '**/*.mdx', base: `${contentDir}/${folder}`, generateId: ({ entry }) => entryIdFromPath(entry) });

export const collections = {
  tracks: defineCollection({ loader: file(`${contentDir}/tracks.yaml`), schema: trackSchema }),
  stages: defineCollection({ loader: mdx('stages'), schema: stageSchema(ref) }),
  phases: defineCollection({ loader: mdx('phases'), schema: phaseSchema }),
  foundations: defineCollection({ loader: mdx('foundations'), schema: foundationSchema }),
  plays: defineCollection({ loader: mdx('plays'), schema: playSchema(ref) }),
  wordtracks: defineCollection({ loader: wordtrackLoader(`${contentDir}/wordtracks`), schema: wordtrackSchema(ref) }),
  glossary: defineCollection({ loader: file(`${contentDir}/glossary.yaml`), schema: glossarySchema(ref) }),
  selfcheck: defineCollection({ loader: file(`${contentDir}/selfcheck.yaml`), schema: selfcheckItemSchema }),
  coach: defineCollection({ loader: file(`${contentDir}/coach.yaml`), schema: coachRuleSchema }),
  synonyms: defineCollection({ loader: file(`${contentDir}/synonyms.yaml`), schema: synonymGroupSchema }),
};
