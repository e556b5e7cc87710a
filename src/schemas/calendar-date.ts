import { z } from 'astro/zod';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Why `text` is not a day of the calendar written YYYY-MM-DD, or undefined when it is one. */
export function calendarDayProblem(text: string): string | undefined {
  const match = ISO_DAY.exec(text);
  if (!match) return 'not written YYYY-MM-DD';
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12) return `there is no month ${month}`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= days ? undefined : `${MONTHS[month - 1]} ${year} has ${days} days`;
}

/**
 * A day of the calendar, written YYYY-MM-DD, as midnight UTC. The content check reads YAML dates as the text written
 * (src/lib/content/yaml.ts), so `2026-13-45` is refused here; Astro's loaders hand over a Date, which that check
 * has already seen as text.
 */
export const calendarDate = (expected: string) =>
  z.union([z.date(), z.string()], { error: expected }).transform((value, context) => {
    if (value instanceof Date) return value;
    const problem = calendarDayProblem(value);
    if (!problem) return new Date(`${value}T00:00:00Z`);
    const message = problem.startsWith('not written') ? expected : `a real calendar day such as 2026-10-14; ${problem}`;
    context.issues.push({ code: 'custom', message, input: value });
    return z.NEVER;
  });
