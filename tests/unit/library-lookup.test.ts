import { describe, expect, it } from 'vitest';
import { anchorOf, filteredLibraryTarget, IDS_PER_FILE, lookupFileCount, lookupFileHref, lookupFileOf } from '../../src/lib/library/lookup';

describe('the lookup of old /wordtracks/#id links', () => {
  it('uses one file for a small library and adds files as it grows', () => {
    expect([lookupFileCount(0), lookupFileCount(130), lookupFileCount(IDS_PER_FILE), lookupFileCount(IDS_PER_FILE + 1), lookupFileCount(7652)]).toEqual([1, 1, 1, 2, 16]);
  });

  it('finds the same file for an id every time, within the files there are', () => {
    expect(lookupFileOf('td-open-1', 16)).toBe(lookupFileOf('td-open-1', 16));
    expect(lookupFileOf('anything', 1)).toBe(0);
    const files = Array.from({ length: 2000 }, (_, n) => lookupFileOf(`stage-${String(n).padStart(4, '0')}-open-1`, 16));
    expect(files.every((file) => Number.isInteger(file) && file >= 0 && file < 16)).toBe(true);
  });

  it('spreads similar ids evenly, so no file grows far past its share', () => {
    const ids = Array.from({ length: 8000 }, (_, n) => `stage-${String(Math.floor(n / 8)).padStart(4, '0')}-discover-${(n % 8) + 1}`);
    const sizes = new Array<number>(16).fill(0);
    for (const id of ids) sizes[lookupFileOf(id, 16)]!++;
    expect(Math.max(...sizes)).toBeLessThan(1.25 * (ids.length / 16));
    expect(Math.min(...sizes)).toBeGreaterThan(0.75 * (ids.length / 16));
  });

  it('names the lookup files under the library', () => {
    expect(lookupFileHref(3)).toBe('/wordtracks/ids-3.json');
  });

  it('reads the id from the fragment, decoded, and takes a malformed escape as written', () => {
    expect([anchorOf(''), anchorOf('#'), anchorOf('#td-open-1'), anchorOf('#caf%C3%A9'), anchorOf('#100%')]).toEqual(['', '', 'td-open-1', 'café', '100%']);
  });
});

describe('old filtered library links', () => {
  it('go to the search page’s wordtrack list with the same filters', () => {
    expect(filteredLibraryTarget('?phase=2&intent=discover')).toBe('/search/?type=wordtrack&phase=2&intent=discover');
    expect(filteredLibraryTarget('?stage=test-drive')).toBe('/search/?type=wordtrack&stage=test-drive');
  });

  it('keep the library when the address holds no filter', () => {
    expect([filteredLibraryTarget(''), filteredLibraryTarget('?utm_source=crm'), filteredLibraryTarget('?phase=')]).toEqual([undefined, undefined, undefined]);
  });

  it('always list wordtracks, whatever type the address asked for', () => {
    expect(filteredLibraryTarget('?type=play&track=showroom')).toBe('/search/?type=wordtrack&track=showroom');
  });
});
