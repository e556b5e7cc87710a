import { describe, expect, it } from 'vitest';
import { readPlaybook } from '../../../src/lib/content/source';
import { withHighlight } from '../../../src/lib/search/highlight';
import { indexedText, pageForIndex, pageUrl } from '../../../src/lib/search/page-html';
import { recordHtml, type SearchRecord } from '../../../src/lib/search/record';
import { indexedPage, playbookSynonyms, searchRecords } from '../../../src/lib/search/records';

const source = readPlaybook('content');
const records = searchRecords(source);
const byUrl = (url: string) => records.find((record) => record.url === url)!;
/** A wordtrack's record, found by the anchor of its card. */
const byCard = (id: string) => records.find((record) => record.url.endsWith(`#${id}`))!;

describe('search records', () => {
  it('carry a wordtrack’s when, tags, why and the line it replaces below its own words, with its track and stage', () => {
    const record = byCard('fin-transition-1');
    expect(record.title).toMatch(/^Next you'll meet \[F&I manager's name\]/);
    expect(record.parts.map((part) => part.text)).toEqual(expect.arrayContaining([expect.stringMatching(/walking them to the finance office/), 'handover, protection']));
    expect(Math.max(...record.parts.map((part) => part.weight))).toBeLessThanOrEqual(1);
    expect(record.meta).toMatchObject({ track: 'The showroom sale', stage: 'The financing arrangements', intent: 'Transition' });
    expect(record.filters).toMatchObject({ type: ['wordtrack'], track: ['showroom'], stage: ['financing', 'finance-insurance'], phase: ['3'] });
  });

  it('give every glossary term its own record at its anchor', () => {
    const terms = source.entries.filter((entry) => entry.collection === 'glossary');
    const record = byUrl('/glossary/#f-and-i');
    expect(record).toMatchObject({ title: 'F&I', filters: { type: ['term'] } });
    expect(records.filter((one) => one.filters.type?.includes('term'))).toHaveLength(terms.length);
  });

  it('gain the synonyms of the terms their text uses, as searchable text below the author’s words', () => {
    const synonyms = byCard('fin-transition-1').parts.at(-1)!;
    expect(synonyms.text).toContain('add-ons');
    expect(synonyms.weight).toBeLessThan(1);
    expect(byCard('td-open-1').parts.some((part) => part.text.includes('add-ons'))).toBe(false);
  });
});

describe('a record as Pagefind indexes it', () => {
  const record: SearchRecord = {
    url: '/wordtracks/#x',
    title: 'Say <b>"this"</b> & that',
    parts: [{ text: 'When <script>', weight: 0.5 }, { text: '', weight: 1 }],
    meta: { stage: 'The <test> drive' },
    filters: { type: ['wordtrack'], stage: ['a', 'b'] },
  };
  const html = recordHtml(record);

  it('escapes every text, so a wordtrack’s words never become markup', () => {
    expect(html).toContain('<h1>Say &lt;b&gt;&quot;this&quot;&lt;/b&gt; &amp; that</h1>');
    expect(html).toContain('<p data-pagefind-weight="0.5">When &lt;script&gt;</p>');
    expect(html).not.toContain('<script>');
  });

  it('holds its words in the body and its metadata and filters outside it', () => {
    const body = html.slice(html.indexOf('<main data-pagefind-body>'), html.indexOf('</main>'));
    expect(body).not.toContain('data-pagefind-meta');
    expect(html).toContain('<span data-pagefind-meta="stage">The &lt;test&gt; drive</span>');
    expect(html).toContain('<span data-pagefind-filter="stage">a</span><span data-pagefind-filter="stage">b</span>');
    expect(body).not.toMatch(/<p[^>]*><\/p>/);
  });
});

describe('a built page as Pagefind indexes it', () => {
  const page = '<html><body><header>Plays Wordtracks</header><article class="reading" data-pagefind-body><h1>The buyer goes quiet</h1>' +
    '<article class="wordtrack">Card &amp; text</article><p>After the proposal.</p></article><nav>Next · Something</nav></body></html>';

  it('reads the text of its indexed body only, nested elements and entities included', () => {
    expect(indexedText(page)).toBe('The buyer goes quiet Card & text After the proposal.');
    expect(pageForIndex('<html><body><p>No body</p></body></html>')).toBeUndefined();
  });

  it('gains the synonyms of its words at the end of its body', () => {
    const indexed = indexedPage(page, playbookSynonyms(source));
    expect(indexed).toMatch(/After the proposal\.<\/p><p data-pagefind-weight="[\d.]+">ghosted, [^<]*<\/p><\/article><\/body><\/html>$/);
     // Words Pagefind ignores, such as a stage page's wordtrack cards (records of their own), bring no synonyms.
    const cardOnly = '<main data-pagefind-body><h1>Stage</h1><article data-pagefind-ignore="all">The buyer goes quiet</article></main>';
    expect(indexedPage(cardOnly, playbookSynonyms(source))).not.toContain('data-pagefind-weight');
  });

  it('is given to Pagefind as its body alone, without what Pagefind ignores whole, and not at all without a body', () => {
    const built =
      '<!doctype html><html lang="en"><head><title>Quiet</title><script>boot()</script></head><body><header>Plays</header>' +
      '<main data-pagefind-body><span hidden data-pagefind-filter="type:play"></span><h1 data-pagefind-meta="title">Quiet</h1>' +
      '<nav data-pagefind-ignore="all"><nav>Inner</nav> Prev</nav><p data-pagefind-ignore>Eyebrow</p><img src="a.png" data-pagefind-ignore="all" alt="">' +
      '<p>Call them.</p><main>nested</main></main><footer>Footer</footer></body></html>';
    expect(pageForIndex(built)).toBe(
      '<!doctype html><html lang="en"><body><main data-pagefind-body><span hidden data-pagefind-filter="type:play"></span>' +
        '<h1 data-pagefind-meta="title">Quiet</h1><p data-pagefind-ignore>Eyebrow</p><p>Call them.</p><main>nested</main></main></body></html>',
    );
    expect(pageForIndex(built, { text: 'silent', weight: 0.5 })).toContain('<main>nested</main><p data-pagefind-weight="0.5">silent</p></main></body>');
    expect(pageForIndex('<html><body><p>No body</p></body></html>')).toBeUndefined();
    expect(indexedPage('<html><body><p>No body</p></body></html>', playbookSynonyms(source))).toBeUndefined();
  });

  it('gives the vocabulary the words Pagefind indexes of it: its body’s, without what it ignores, scripts or drawings', () => {
    const built =
      '<html><body><header>Plays</header><main data-pagefind-body><p data-pagefind-ignore>Eyebrow</p><h1>Quiet &amp; calm</h1>' +
      '<svg><title>Chart title</title></svg><script>boot()</script><nav data-pagefind-ignore="all">Prev</nav><p>Call them.</p></main>' +
      '<footer><span data-pagefind-meta="track">Showroom</span></footer></body></html>';
    expect(indexedText(built)).toBe('Quiet & calm Call them.');
    expect(indexedText(recordHtml({ url: '/x/#a', title: 'Ask <why>', parts: [{ text: 'Then wait.', weight: 1 }], meta: { stage: 'Close' }, filters: { type: ['wordtrack'] } }))).toBe('Ask <why> Then wait.');
  });

  it('is found at the URL of its folder', () => {
    expect(pageUrl('plays/quiet-after-proposal/index.html')).toBe('/plays/quiet-after-proposal/');
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('404.html')).toBe('/404.html');
  });
});

describe('landing links', () => {
  it('ask the page to mark the words, keeping the anchor last', () => {
    expect(withHighlight('/wordtracks/#td-open-1', ['trade-in', 'low'])).toBe('/wordtracks/?highlight=trade-in&highlight=low#td-open-1');
    expect(withHighlight('/search/?q=x', ['gap'])).toBe('/search/?q=x&highlight=gap');
    expect(withHighlight('/plays/a/', [])).toBe('/plays/a/');
  });
});
