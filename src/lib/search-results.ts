/** A piece of an excerpt: plain text, marked when it matched the query. Rendered as text nodes, never as HTML. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** What Pagefind returns for one result (the fields we use). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
}

export interface SearchResult {
  url: string;
  kind: 'wordtrack' | 'page';
  title: string;
  excerpt: ExcerptPart[];
  /** For wordtracks: what the result line shows under the text. */
  stage?: string;
  phase?: string;
  intent?: string;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' };

function decode(text: string): string {
  return text.replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, (whole, name: string) => {
    if (name in entities) return entities[name]!;
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return whole;
  });
}

/** Splits Pagefind's excerpt (escaped text with <mark> around matches) into parts; any other tag is dropped. */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(piece)) marked = true;
    else if (/^<\/mark>$/i.test(piece)) marked = false;
    else {
      const text = decode(piece.replace(/<[^>]*>/g, ''));
      if (text) parts.push({ text, marked });
    }
  }
  return parts;
}

/** Shapes one Pagefind result for display: a wordtrack shows its text, stage and phase; a page its title. */
export function toSearchResult(data: PagefindResultData): SearchResult {
  const isWordtrack = data.filters?.type?.includes('wordtrack') ?? data.url.startsWith('/wordtracks/#');
  return {
    url: data.url,
    kind: isWordtrack ? 'wordtrack' : 'page',
    title: data.meta.title ?? data.url,
    excerpt: excerptParts(data.excerpt),
    ...(isWordtrack ? { stage: data.meta.stage, phase: data.meta.phase, intent: data.meta.intent } : {}),
  };
}

/** "1 result", "12 results", "No results for …": the line screen readers hear after each search. */
export function resultCountText(count: number, query: string): string {
  if (count === 0) return query ? `No results for “${query}”` : 'No results';
  return `${count} ${count === 1 ? 'result' : 'results'}`;
}
