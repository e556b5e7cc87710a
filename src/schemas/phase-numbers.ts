/**
 * The buyer's three phases, in order: I understanding the problem, II weighing solutions, III weighing the risk of
 * committing. Apart from the schemas' zod so that the labels every page's chrome loads can use them without it.
 */
export const phaseNumbers = [1, 2, 3] as const;
export type PhaseNumber = (typeof phaseNumbers)[number];

/** The phase a link or a filter names as "1", "2" or "3"; anything else names none. */
export const phaseFromText = (text: string | null | undefined): PhaseNumber | undefined => phaseNumbers.find((phase) => `${phase}` === text);
