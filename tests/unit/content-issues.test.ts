import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { didYouMean, fieldPath, formatIssue, issuesFromZod, type ContentIssue } from '../../src/lib/content/issues';

const at = { file: 'content/stages/showroom/test-drive.mdx', kind: 'stage', id: 'test-drive' };
const said = (value: unknown) => formatIssue({ ...at, field: 'summary', value, expected: 'a sentence' });

describe('what a message says was given', () => {
  it.each([
    ['a short text, quoted', 'Too long', '"Too long"'],
    ['text of 60 characters, whole', 'x'.repeat(60), `"${'x'.repeat(60)}"`],
    ['longer text, cut to its start', 'y'.repeat(61), `"${'y'.repeat(57)}..."`],
    ['a list, by its length', ['a', 'b'], 'a list of 2'],
    ['a date, as a day', new Date('2026-10-14T09:30:00Z'), '2026-10-14'],
    ['an impossible date', new Date('2026-02-30 nonsense'), 'not a date'],
    ['nothing after the colon', null, 'empty'],
    ['fields where text belongs', { title: 'x' }, 'a group of fields'],
    ['a number', 7, '7'],
    ['a yes or no', false, 'false'],
  ])('%s', (_case, value, shown) => {
    expect(said(value)).toBe(`content/stages/showroom/test-drive.mdx: stage "test-drive": summary is ${shown}, expected a sentence`);
  });

  it('says "missing" for a field that is not there', () => {
    expect(said(undefined)).toBe('content/stages/showroom/test-drive.mdx: stage "test-drive": summary is missing, expected a sentence');
  });
});

describe('where a message says the problem is', () => {
  it('names an entry without an id by its place in the file', () => {
    expect(formatIssue({ file: 'content/glossary.yaml', kind: 'glossary term', id: '#3', field: 'term', value: undefined, expected: 'a term' })).toBe(
      'content/glossary.yaml: glossary term #3: term is missing, expected a term',
    );
  });

  it('names only the file for a problem with the whole file', () => {
    expect(formatIssue({ file: 'content/coach.yaml', detail: 'is not valid YAML: bad indentation (5:4)' })).toBe('content/coach.yaml: is not valid YAML: bad indentation (5:4)');
  });

  it('puts a sentence of its own after the field', () => {
    const issue: ContentIssue = { ...at, field: 'next', detail: 'stage "x" does not exist' };
    expect(formatIssue(issue)).toBe('content/stages/showroom/test-drive.mdx: stage "test-drive": next: stage "x" does not exist');
  });
});

describe('field paths', () => {
  it('read as authors write them', () => {
    expect(fieldPath(['moves', 2, 'title'])).toBe('moves[2].title');
    expect(fieldPath([0, 'id'])).toBe('[0].id');
    expect(fieldPath([])).toBe('');
  });
});

describe('did you mean', () => {
  it('suggests the closest known name', () => {
    expect(didYouMean('test-drve', ['trade-in', 'test-drive', 'delivery'])).toBe('test-drive');
  });

  it('allows two edits to a short name, and no more', () => {
    expect(didYouMean('whenxy', ['when'])).toBe('when');
    expect(didYouMean('whenxyz', ['when'])).toBeUndefined();
  });

  it('allows more edits to a longer name, about a third of it', () => {
    // 18 characters allow six edits, 19 allow seven: fewer than that many.
    expect(didYouMean(`consultative${'e'.repeat(6)}`, ['consultative'])).toBe('consultative');
    expect(didYouMean(`consultative${'e'.repeat(7)}`, ['consultative'])).toBeUndefined();
  });

  it('prefers the first of two equally close names, and has nothing to offer from nothing', () => {
    expect(didYouMean('stag', ['stage', 'stags'])).toBe('stage');
    expect(didYouMean('stage', [])).toBeUndefined();
  });
});

describe('schema errors become content issues', () => {
  const schema = z.strictObject({ title: z.string({ error: 'a short title' }), when: z.string({ error: 'a sentence on when' }), moves: z.array(z.strictObject({ title: z.string() })).optional() });
  const issues = (data: unknown, known?: readonly string[]) => {
    const result = schema.safeParse(data);
    return issuesFromZod(result.error!, data, at, known).map(formatIssue);
  };
  const fields = ['title', 'when', 'moves'];
  const S = 'content/stages/showroom/test-drive.mdx: stage "test-drive"';

  it('explain a misspelt field once, as the field meant, without also calling that field missing', () => {
    expect(issues({ title: 'T', whne: 'Later' }, fields)).toEqual([`${S}: whne: is not a field; did you mean "when"?`]);
  });

  it('still report the real field when it is there as well as a misspelling of it', () => {
    expect(issues({ title: 'T', when: 5, whne: 'Later' }, fields)).toEqual([`${S}: when is 5, expected a sentence on when`, `${S}: whne: is not a field; did you mean "when"?`]);
  });

  it('list the fields for an unknown field that is like none of them', () => {
    expect(issues({ title: 'T', when: 'W', colour: 'red' }, fields)).toEqual([`${S}: colour: is not a field; the fields are title, when, moves`]);
  });

  it('say only that it is not a field when the fields are not known', () => {
    expect(issues({ title: 'T', when: 'W', colour: 'red' })).toEqual([`${S}: colour: is not a field`]);
  });

  it('do not offer an entry’s own field for a mistake inside one of its lists', () => {
    const [message] = issues({ title: 'T', when: 'W', moves: [{ title: 'M', whne: 'x' }] }, fields);
    expect(message).toMatch(new RegExp(`^${S}: moves\\[0\\]\\.whne: is not a field`));
    expect(message).not.toContain('did you mean');
  });

  it('call an entry that is not a group of fields "(entry)"', () => {
    expect(issues('just a line', fields)).toEqual([`${S}: (entry) is "just a line", expected ${schema.safeParse('x').error!.issues[0]!.message}`]);
  });

  it('give the value found inside a list', () => {
    expect(issues({ title: 'T', when: 'W', moves: [{ title: 3 }] }, fields)[0]).toMatch(new RegExp(`^${S}: moves\\[0\\]\\.title is 3, expected`));
  });
});
