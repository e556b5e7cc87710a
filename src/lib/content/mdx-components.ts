import { z } from 'astro/zod';
import { phaseNumber, slug, text } from '../../schemas/common.ts';

/**
 * The components every MDX body may use without importing them, and the props each takes: the content check
 * validates what authors write against these, and the components take their Props types from them.
 */
export const mdxComponentProps = {
  /** A side note: `<Aside kind="tip">…</Aside>`. */
  Aside: z.strictObject({
    kind: z.enum(['note', 'tip', 'caution'], { error: 'note, tip or caution' }).optional(),
  }),
  /** A checklist: `<Checklist items={["First", "Second"]} />`. */
  Checklist: z.strictObject({
    items: z.array(text('a checklist item'), { error: 'a list in braces, such as {["First", "Second"]}' }).min(1, { error: 'at least 1 item' }),
    /** Heading read before the list, if the list needs one. */
    title: text('a short heading').optional(),
  }),
  /** A phase's badge: `<PhaseBadge phase={2} />`; `long` adds what the buyer is doing in that phase. */
  PhaseBadge: z.strictObject({
    phase: phaseNumber,
    long: z.boolean({ error: 'true or false' }).optional(),
  }),
  /** One wordtrack by its id: `<Wordtrack id="td-open-1" />`. */
  Wordtrack: z.strictObject({ id: slug }),
  /** The wordtracks of a stage, `<WordtrackList stage="test-drive" />`, or of a phase, `<WordtrackList phase={2} />`. */
  WordtrackList: z
    .strictObject({ stage: slug.optional(), phase: phaseNumber.optional() })
    .refine((props) => (props.stage === undefined) !== (props.phase === undefined), {
      error: 'either stage="…" or phase={1}, {2} or {3}, not both',
    }),
};

export type MdxComponentName = keyof typeof mdxComponentProps;
export type MdxProps<Name extends MdxComponentName> = z.input<(typeof mdxComponentProps)[Name]>;
