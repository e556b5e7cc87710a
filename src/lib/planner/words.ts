/** "1 plan", "3 plans": a count and its noun, as a person writes it. */
export const count = (n: number, noun: string, plural = `${noun}s`): string => `${n} ${n === 1 ? noun : plural}`;
