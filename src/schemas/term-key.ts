/** Lowercase words without accents or apostrophes; "Add-ons" and "add ons" are the same two words. */
function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** A word without a plural "s", so "protection product" finds "protection products". */
const singular = (word: string) => (word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word);

/** A text's words as search matches them: lower case, without accents, apostrophes or a plural "s". */
export const termWords = (text: string) => tokens(text).map(singular);

/**
 * A term as search matches it: "Follow-ups" and "follow up" are the same term. The synonyms schema refuses a group
 * with two terms of one key, and the index matches a text's words by it.
 */
export const termKey = (term: string) => termWords(term).join(' ');
