/**
 * Stops the build after the problems have been logged. Astro prints a line of its own before any error an integration
 * throws, so the problems go out first, through the logger, and this error only sums them up below that line.
 */
export class AuthorError extends Error {
  constructor(summary: string) {
    super(summary);
    this.name = 'AuthorError';
    // The logged messages say where each problem is; a stack trace into this integration would only hide them.
    this.stack = '';
  }
}

/** A headline and its lines, one problem a line, indented under it. */
export function listing(headline: string, lines: string[]): string {
  return `${headline}\n${lines.map((line) => `  ${line}`).join('\n')}`;
}
