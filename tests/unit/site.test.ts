import { describe, expect, it } from 'vitest';
import { documentTitle, isCurrentSection, mainNav, site, toolkit } from '../../src/lib/site';

describe('the header and footer links', () => {
  const links = [...mainNav, ...Object.values(toolkit)];

  it('each point at a section’s own folder, with a label to read', () => {
    for (const link of links) {
      expect(link.href, link.label).toMatch(/^\/[a-z-]+\/$/);
      expect(link.label, link.href).toMatch(/^[A-Z][\w -]+$/);
    }
  });

  it('never lead to the same place twice or share a label', () => {
    expect(new Set(links.map((link) => link.href)).size).toBe(links.length);
    expect(new Set(links.map((link) => link.label)).size).toBe(links.length);
  });

  it('start where a new hire starts and end with the two tools', () => {
    expect(mainNav[0]!.href).toBe('/foundations/');
    expect(mainNav.slice(-2).map((link) => link.href)).toEqual(['/plan/', '/check/']);
  });
});

describe('the current section', () => {
  it('is marked on the section page and every page under it', () => {
    expect(isCurrentSection('/plays/', '/plays/')).toBe(true);
    expect(isCurrentSection('/plays/', '/plays/price-first/')).toBe(true);
  });

  it('is not marked elsewhere', () => {
    expect(isCurrentSection('/plays/', '/phases/2/')).toBe(false);
    expect(isCurrentSection('/plan/', '/')).toBe(false);
  });
});

describe('the title in the tab', () => {
  it('puts the page first and the site after it', () => {
    expect(documentTitle('Price first')).toBe(`Price first · ${site.name}`);
  });

  it('is the name and tagline on a page without a title of its own', () => {
    expect(documentTitle(undefined)).toBe(`${site.name} · ${site.tagline}`);
    expect(documentTitle('')).toBe(`${site.name} · ${site.tagline}`);
    expect(site.name).toMatch(/^[A-Z]\w+$/);
    expect(site.tagline.split(' ').length).toBeGreaterThan(4);
  });
});
