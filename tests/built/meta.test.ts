import { describe, expect, it } from 'vitest';
import { builtPages } from '../../harness/site-files';

const pages = builtPages();

describe('every built page', () => {
  it('includes the home page and the 404 page', () => {
    const paths = pages.map((page) => page.path);
    expect(paths).toContain('/');
    expect(paths).toContain('/404.html');
  });

  it.each(pages.map((page) => [page.path, page.html]))('%s has lang, a title, a description and a canonical link', (_path, html) => {
    expect(html).toMatch(/<html lang="en"/);
    expect(html).toMatch(/<title>[^<]{3,}<\/title>/);
    expect(html).toMatch(/<meta name="description" content="[^"]{20,}"/);
    expect(html).toMatch(/<link rel="canonical" href="http[^"]+"/);
    expect(html).toMatch(/<link rel="icon" href="\/favicon\.svg"/);
  });
});
