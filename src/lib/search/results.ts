import { phaseFromText } from '../../schemas/phase-numbers.ts';
import { phaseLabel } from '../labels.ts';
import { withHighlight } from './highlight.ts';

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
  /** Where the result leads, asking the page to mark the query's words. */
  url: string;
  kind: 'wordtrack' | 'page';
  title: string;
  excerpt: ExcerptPart[];
  /** What the result line shows under the title: a wordtrack's phase, intent, stage and track; a term's "Glossary". */
  facts: string[];
}

/** The metadata fields a result line shows after the phase, in order, for any record that has them. */
const factFields = ['intent', 'stage', 'track', 'kind'] as const;

/** "Phase II" for a record filtered to one phase. */
function phaseFact(data: PagefindResultData): string[] {
  const phases = data.filters?.phase ?? [];
  const phase = phaseFromText(phases[0]);
  return phases.length === 1 && phase ? [phaseLabel(phase)] : [];
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' };

/** Decodes the HTML entities Pagefind and Astro write into text. */
export function decodeEntities(text: string): string {
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
      const text = decodeEntities(piece.replace(/<[^>]*>/g, ''));
      if (text) parts.push({ text, marked });
    }
  }
  return parts;
}

/** Shapes one Pagefind result for display: a wordtrack shows its text and where it belongs; a page its excerpt. */
export function toSearchResult(data: PagefindResultData, highlight: readonly string[] = []): SearchResult {
  const isWordtrack = data.filters?.type?.includes('wordtrack') ?? /^\/wordtracks\/[^#]*#/.test(data.url);
  return {
    url: withHighlight(data.url, highlight),
    kind: isWordtrack ? 'wordtrack' : 'page',
    title: data.meta.title ?? data.url,
    excerpt: excerptParts(data.excerpt),
    facts: [...(isWordtrack ? phaseFact(data) : []), ...factFields.map((field) => data.meta[field]).filter((fact): fact is string => Boolean(fact))],
  };
}

/** "1 result", "12 results", "No results for …": the line screen readers hear after each search. */
export function resultCountText(count: number, query: string): string {
  if (count === 0) return query ? `No results for “${query}”` : 'No results';
  return `${count} ${count === 1 ? 'result' : 'results'}`;
}
