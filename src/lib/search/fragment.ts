/** What a Pagefind fragment file holds of one page or record (the fields we read). */
export interface IndexedFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Reads a fragment once ungzipped: Pagefind writes a short signature before its JSON. */
export function parseFragment(text: string): IndexedFragment {
  return JSON.parse(text.slice(text.indexOf('{'))) as IndexedFragment;
}

/** The words of a fragment that a rep could type: its text and its metadata (titles, stages, synonyms). */
export function fragmentText(fragment: IndexedFragment): string {
  return [fragment.content, ...Object.values(fragment.meta)].join('\n');
}
