import { termKey, termWords } from '../../schemas/term-key.ts';

/** Words and phrases that mean the same to a rep, from content/synonyms.yaml. */
export interface SynonymGroup {
  id: string;
  terms: string[];
}

/** Each group's terms as word lists, indexed by their first word, for one pass over a text. */
export interface SynonymIndex {
  byFirstWord: Map<string, { group: SynonymGroup; words: string[] }[]>;
}

export function synonymIndex(groups: readonly SynonymGroup[]): SynonymIndex {
  const byFirstWord: SynonymIndex['byFirstWord'] = new Map();
  for (const group of groups) {
    for (const term of group.terms) {
      const words = termWords(term);
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
  const words = termWords(text);
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
