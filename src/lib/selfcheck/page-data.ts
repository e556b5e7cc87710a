import { phaseNumbers, type PhaseNumber } from '../labels.ts';
import { wordtracksForPhase, type Playbook } from '../reading/playbook.ts';
import { questionnaireGroups, scoringKey } from './layout.ts';

/** What the self-check page hands its island and its printable key, from the playbook. */
export function selfCheckData(book: Playbook) {
  const groups = questionnaireGroups(book.selfcheck);
  // Questions suit a buyer's phase best as openers into it, so the result offers discover wordtracks first.
  const wordtracks = Object.fromEntries(
    phaseNumbers.map((phase) => [
      phase,
      wordtracksForPhase(book, phase)
        .sort((a, b) => Number(b.intent === 'discover') - Number(a.intent === 'discover'))
        .slice(0, 3)
        .map(({ id, text, href }) => ({ id, text, href })),
    ]),
  ) as Record<PhaseNumber, { id: string; text: string; href: string }[]>;
  const stages = book.tracks.flatMap((track) => track.stages.map((stage) => ({ id: stage.id, title: `${stage.entry.data.title} (${track.data.title})` })));
  return { groups, key: scoringKey(groups), wordtracks, stages };
}
