import { describe, expect, it } from 'vitest';
import { synonymGroupSchema } from '../../../src/schemas/synonyms';
import { synonymIndex, synonymsFor } from '../../../src/lib/search/synonyms';
import { termKey } from '../../../src/schemas/term-key';
import { readPlaybook } from '../../../src/lib/content/source';
import { validatePlaybook } from '../../../src/lib/content/validate';
import { validSource } from '../../support/playbook-fixture';

const index = synonymIndex([
  { id: 'add-ons', terms: ['add-ons', 'protection products', 'F&I products'] },
  { id: 'gone-quiet', terms: ['ghosted', 'gone quiet', 'goes quiet'] },
  { id: 'out-the-door', terms: ['out-the-door price', 'total price'] },
]);

describe('synonym expansion', () => {
  it('gives a text the other terms of every group it uses', () => {
    expect(synonymsFor('He will explain the optional protection products.', index)).toEqual(['add-ons', 'F&I products']);
    expect(synonymsFor('The buyer goes quiet after the proposal', index)).toEqual(['ghosted', 'gone quiet']);
  });

  it('matches whole words, ignoring case, hyphens and a plural', () => {
    expect(synonymsFor('Show the Total-Price beside the monthly figure', index)).toEqual(['out-the-door price']);
    expect(synonymsFor('a protection product', index)).toEqual(['add-ons', 'F&I products']);
    expect(synonymsFor('the subtotal price list', index)).toEqual([]);
  });

  it('gives nothing to a text that uses no term, and nothing twice', () => {
    expect(synonymsFor('Take the route you drive every morning.', index)).toEqual([]);
    expect(synonymsFor('add-ons and protection products and add ons', index)).toEqual(['F&I products']);
  });

  it('treats "Follow-up" and "follow up", or "protection products" and "Protection product", as one term', () => {
    expect(termKey('Follow-up')).toBe(termKey('follow up'));
    expect(termKey('protection products')).toBe(termKey('Protection product'));
    expect(termKey('gap cover')).not.toBe(termKey('gap covers too'));
  });
});

describe('the synonyms schema', () => {
  it('takes a group of two or more different terms', () => {
    expect(synonymGroupSchema.safeParse({ id: 'gone-quiet', terms: ['ghosted', 'gone quiet'] }).success).toBe(true);
  });

  it('refuses a group of one term, or of terms that differ only in case or hyphens', () => {
    expect(synonymGroupSchema.safeParse({ id: 'one', terms: ['ghosted'] }).success).toBe(false);
    expect(synonymGroupSchema.safeParse({ id: 'same', terms: ['Follow-up', 'follow up'] }).success).toBe(false);
    expect(synonymGroupSchema.safeParse({ id: 'Not An Id', terms: ['a', 'b'] }).success).toBe(false);
  });

  it('is checked with the rest of the playbook, with a message naming the file, the group and the field', () => {
    const source = validSource();
    source.entries.push({ collection: 'synonyms', file: 'content/synonyms.yaml', id: 'ghosted', data: { id: 'ghosted', terms: ['ghosted'] } });
    const issues = validatePlaybook(source);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'content/synonyms.yaml', kind: 'synonym group', id: 'ghosted', field: 'terms' });
  });

  it('holds the real playbook’s groups', () => {
    const groups = readPlaybook('content').entries.filter((entry) => entry.collection === 'synonyms');
    expect(groups.length).toBeGreaterThanOrEqual(10);
    for (const group of groups) expect(synonymGroupSchema.safeParse(group.data).success, group.id).toBe(true);
  });
});
