/** The URL parameter that asks a page to mark words, as Pagefind's highlight script reads it. */
export const highlightParam = 'highlight';

/** `url` with the words to mark on arrival: /wordtracks/#td-open-1 becomes /wordtracks/?highlight=drive#td-open-1. */
export function withHighlight(url: string, words: readonly string[]): string {
  if (words.length === 0) return url;
  const hashAt = url.indexOf('#');
  const [path, hash] = hashAt === -1 ? [url, ''] : [url.slice(0, hashAt), url.slice(hashAt)];
  const queryAt = path.indexOf('?');
  const params = new URLSearchParams(queryAt === -1 ? '' : path.slice(queryAt + 1));
  for (const word of words) params.append(highlightParam, word);
  return `${queryAt === -1 ? path : path.slice(0, queryAt)}?${params}${hash}`;
}
