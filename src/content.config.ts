import { defineCollection, reference } from 'astro:content';
import { file } from 'astro/loaders';
import type { Reference } from './schemas/common.ts';
import { coachRuleSchema } from './schemas/coach.ts';
import { followupSchema } from './schemas/followup.ts';
import { synonymGroupSchema } from './schemas/synonyms.ts';
import { foundationSchema } from './schemas/foundation.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { personaSchema } from './schemas/persona.ts';
import { objectionSchema } from './schemas/objection.ts';
import { phaseSchema } from './schemas/phase.ts';
import { playSchema } from './schemas/play.ts';
import { selfcheckItemSchema } from './schemas/selfcheck.ts';
import { stageSchema } from './schemas/stage.ts';
import { trackSchema } from './schemas/track.ts';
import { wordtrackSchema } from './schemas/wordtrack.ts';
import { contentDir } from './lib/content-dir.ts';
import { entryIdFromPath } from './lib/content-source.ts';
import { orderedFile, positionField } from './loaders/ordered-file.ts';
import { movableGlob } from './loaders/movable-glob.ts';
import { wordtrackLoader } from './loaders/wordtrack-loader.ts';

// Astro's reference() yields the same { collection, id } as the content check's idReference.
const ref = reference as unknown as Reference;
const filesIn = (folder: string, pattern: string) =>
  movableGlob({ pattern, base: `${contentDir}/${folder}`, generateId: ({ entry }) => entryIdFromPath(entry) });
const mdx = (folder: string) => filesIn(folder, '**/*.mdx');

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
  followups: defineCollection({ loader: orderedFile(`${contentDir}/followups.yaml`), schema: followupSchema(ref).extend(positionField) }),
  personas: defineCollection({ loader: orderedFile(`${contentDir}/personas.yaml`), schema: personaSchema(ref).extend(positionField) }),
  objections: defineCollection({ loader: filesIn('objections', '**/*.yaml'), schema: objectionSchema(ref) }),
  synonyms: defineCollection({ loader: file(`${contentDir}/synonyms.yaml`), schema: synonymGroupSchema }),
};
