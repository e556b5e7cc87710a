import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { formatIssue } from '../../src/lib/content/issues';
import { readPlaybook } from '../../src/lib/content/source';
import { playbookWarnings, validatePlaybook } from '../../src/lib/content/validate';

/** The day the fixture's checks run on, so that review dates are judged the same on any day. */
export const TODAY = new Date('2026-12-01T12:00:00Z');

const fresh = 'owner: Sales enablement\nreviewed: 2026-10-01\n';

const stage = (title: string, track: string, order: number, next?: string) => `---
title: ${title}
track: ${track}
order: ${order}
summary: One sentence.
phase: 2
goal: A goal.
backstage:
  - Fuel the car.
moves:
  - title: Let them drive
    detail: Their roads.
transition: Into the next stage.
${next ? `next: ${next}\n` : ''}mistakes:
  - mistake: Talking
    instead: Listen
${fresh}---

Why this stage matters.
`;

const wordtracks = (prefix: string, intents: string[]) => `${fresh}wordtracks:
${intents
  .map((intent, index) => `  - id: ${prefix}-${intent}-${index + 1}
    text: Words a rep says.
    intent: ${intent}
    phase: 2
    when: At the moment.
    why: It works.`)
  .join('\n')}
`;

/**
 * A small playbook, written as files, that passes every check: two tracks, three showroom stages in a chain and one
 * consultative stage, their wordtrack files, a phase, a foundation, a play, glossary, self-check and coach.
 */
export function validFiles(): Record<string, string> {
  return {
    'tracks.yaml': `- id: showroom\n  title: The showroom sale\n  summary: Selling a car.\n  order: 1\n  audience: Showroom consultants.\n- id: consultative\n  title: The consultative sale\n  summary: Selling to a business.\n  order: 2\n  audience: Account executives.\n`,
    'stages/showroom/test-drive.mdx': stage('The test drive', 'showroom', 1, 'trade-in').replace('Why this stage matters.', 'Why it matters.\n\n<Wordtrack id="td-open-1" />'),
    'stages/showroom/trade-in.mdx': stage('The trade-in', 'showroom', 2, 'delivery'),
    'stages/showroom/delivery.mdx': stage('Delivery', 'showroom', 3),
    'stages/consultative/discovery.mdx': stage('Discovery', 'consultative', 1),
    'wordtracks/showroom/test-drive.yaml': wordtracks('td', ['open', 'transition']),
    'wordtracks/showroom/trade-in.yaml': wordtracks('ti', ['open', 'concern']),
    'wordtracks/showroom/delivery.yaml': wordtracks('del', ['open']),
    'wordtracks/consultative/discovery.yaml': wordtracks('dis', ['discover']),
    'phases/2.mdx': `---\nnumber: 2\ntitle: Weighing solutions\nsummary: S.\nbuyerFocus: B.\nsellerFocus: S.\nsignals:\n  - They compare options.\nmisalignment:\n  - You are still probing.\n${fresh}---\n\nBody.\n`,
    'foundations/rhythm.mdx': `---\ntitle: Rhythm\norder: 1\nsummary: Five habits.\n${fresh}---\n\nBe aware, be patient.\n`,
    'plays/price-first.mdx': `---\ntitle: Price first\nmoment: They ask for a price first\nsummary: S.\nsignals:\n  - Price question.\nphase: 1\nstages: [test-drive]\nsteps:\n  - Ask what they compare it with.\nwordtracks:\n  - td-open-1\n  - ti-concern-2\noutcome: They talk about needs.\n${fresh}---\n\nBody.\n`,
    'glossary.yaml': `- id: alignment\n  term: Alignment\n  definition: Being in step.\n`,
    'selfcheck.yaml': `- id: compares\n  part: buyer\n  group: What they talk about\n  text: They compare options\n  phase: 2\n  weight: 2\n`,
    'coach.yaml': `- id: pitch\n  kind: telling\n  label: pitch\n  patterns: ['\\bpitch\\w*\\s+(?<thing>.+)']\n  why: A pitch is the same for every buyer.\n  rewrites: ['I need to understand whether {thing} matters to them']\n`,
  };
}

const roots: string[] = [];

/** Removes the folders `checkFiles` wrote. */
export function removeFixtures(): void {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
}

/**
 * Writes `files` (text, or bytes for an encoding case) as `content/` of a fresh project folder and runs the content
 * check on it as the build does: the messages name files as `content/…`.
 */
export function checkFiles(files: Record<string, string | Buffer>): { errors: string[]; warnings: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'attune-content-'));
  roots.push(root);
  for (const [name, text] of Object.entries(files)) {
    const path = join(root, 'content', name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  mkdirSync(join(root, 'content'), { recursive: true });
  const source = readPlaybook(join(root, 'content'), root);
  return { errors: validatePlaybook(source).map(formatIssue), warnings: playbookWarnings(source, TODAY).map(formatIssue) };
}
