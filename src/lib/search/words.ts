/**
 * Words that carry no meaning of their own in a rep's query ("what do I say when they…"), written as the search
 * normalises them (lowercase, apostrophes dropped). Relaxed matching and the typo check skip them. Besides English
 * function words, the verbs a rep wraps a moment in ("they want…", "how do I know…", "he asked…") are among them:
 * what follows them is the moment. Negations are not: "it doesn't work" is not "it works".
 */
export const stopWords: ReadonlySet<string> = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below between both ' +
    'but by can could did do does doing down during each few for from further get gets got had has have having he ' +
    'hed hes her here hers herself him himself his how i id ill im if in into is it its itself ive just lets me more ' +
    'most my myself of off on once only or other our ours ourselves out over own same she shes should so some such ' +
    'than that thats the their theirs them themselves then there theres these they theyd theyll theyre theyve this ' +
    'those through to too under until up us very was we wed were weve what whats when where which while who whom whos ' +
    'why will with would you youd youll your youre yours yourself yourselves youve ' +
    'ask asked asking asks know knows need needs needed say says said tell tells told want wanted wanting wants'
  ).split(' '),
);

/**
 * A query word as Pagefind searches it: lowercase, accents and punctuation removed, so "Trade-in" is "tradein" and
 * "what's" is "whats". Mirrors the normalisation in Pagefind's search script.
 */
export function normalizeWord(token: string): string {
  return token
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu, '');
}

/** The parts of a token that stand as words on their own: "out-the-door" is "out", "the" and "door". */
export function wordParts(token: string): string[] {
  return token.split(/\p{Pd}+/u).map(normalizeWord).filter(Boolean);
}

/** The words of a query that mean something, in order and without repeats: what relaxed matching searches for. */
export function contentWords(query: string): string[] {
  const words = query
    .split(/\s+/)
    .map(normalizeWord)
    .filter((word) => word && !stopWords.has(word));
  return [...new Set(words)];
}
