/** Words and phrases that mean the same to a rep, from content/synonyms.yaml. */
export interface SynonymGroup {
  id: string;
  terms: string[];
}

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

/** A term as search matches it: "Follow-ups" and "follow up" are the same term. */
export const termKey = (term: string) => tokens(term).map(singular).join(' ');

/** Each group's terms as word lists, indexed by their first word, for one pass over a text. */
export interface SynonymIndex {
  byFirstWord: Map<string, { group: SynonymGroup; words: string[] }[]>;
}

export function synonymIndex(groups: readonly SynonymGroup[]): SynonymIndex {
  const byFirstWord: SynonymIndex['byFirstWord'] = new Map();
  for (const group of groups) {
    for (const term of group.terms) {
      const words = tokens(term).map(singular);
      if (words.length === 0) continue;
      const list = byFirstWord.get(words[0]!) ?? [];
      list.push({ group, words });
      byFirstWord.set(words[0]!, list);
    }
  }
  return { byFirstWord };
}

/**
 * The other terms of every group that `text` mentions: what the index adds to a record, so that a rep who types
 * "ghosted" finds the play about a buyer who "goes quiet". Terms the text already holds are left out.
 */
export function synonymsFor(text: string, index: SynonymIndex): string[] {
  const words = tokens(text).map(singular);
  const found = new Set<SynonymGroup>();
  const present = new Set<string>();
  words.forEach((word, at) => {
    for (const { group, words: term } of index.byFirstWord.get(word) ?? []) {
      if (term.every((part, offset) => words[at + offset] === part)) {
        found.add(group);
        present.add(term.join(' '));
      }
    }
  });
  return [...new Set([...found].flatMap((group) => group.terms.filter((term) => !present.has(termKey(term)))))];
}
