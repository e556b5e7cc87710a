import { describe, expect, it } from 'vitest';
import { parseContentYaml } from '../../../src/lib/content/yaml';

// An author who breaks a playbook's YAML is told the line in the file (not in the frontmatter), the column, what
// js-yaml objected to and, for the mistakes authors make, the fix.

const errorOf = (text: string, firstLine?: number) => {
  const result = parseContentYaml(text, firstLine);
  if (!('error' in result)) throw new Error(`parsed: ${JSON.stringify(result.value)}`);
  return result.error;
};

describe('parsing content YAML', () => {
  it('keeps a date as the text the author wrote, so an impossible one can be reported', () => {
    expect(parseContentYaml('reviewed: 2026-13-45\nowner: Sales\n')).toEqual({ value: { reviewed: '2026-13-45', owner: 'Sales' } });
  });

  it('still reads numbers and booleans as such', () => {
    expect(parseContentYaml('order: 2\nlive: true\ntitle: Ask\n')).toEqual({ value: { order: 2, live: true, title: 'Ask' } });
  });

  it('gives null for an empty document, for the checks to report', () => {
    expect(parseContentYaml('')).toEqual({ value: null });
    expect(parseContentYaml('# only a comment\n')).toEqual({ value: null });
  });

  it('names the line in the file, counting from where the YAML starts, and the column from 1', () => {
    expect(errorOf('title: A\n\towner: B\n')).toMatchObject({ line: 2, column: 1 });
    // MDX frontmatter starts on the file's line 2, after its ---.
    expect(errorOf('title: A\n\towner: B\n', 2)).toMatchObject({ line: 3, column: 1 });
    expect(errorOf('title: A\nowner:   B\n  stage: C\n', 5)).toMatchObject({ line: 7 });
  });
});

describe('the fix a YAML error suggests', () => {
  it.each([
    ['an unquoted value with ": " in it', 'title: A\nwhen: Ask: what matters?\n', 'bad indentation of a mapping entry; a value with ": " or quotes inside needs quotes around it all'],
    ['the same in a list entry', 'items:\n  - id: a\n    when: Ask: what matters?\n', 'bad indentation of a mapping entry; a value with ": " or quotes inside'],
    ['a value with quotes inside', 'title: A\nwhen: he said "go" now: fine\n', 'a value with ": " or quotes inside'],
    ['a field indented too far', 'title: A\n  owner: B\n', 'bad indentation of a mapping entry; line it up with the fields above it'],
    ['a quoted field indented too far', 'title: A\n  "owner": B\n', 'bad indentation of a mapping entry; line it up with the fields above it'],
    ['a tab in the indentation', 'title: A\n\towner: B\n', 'tab characters must not be used in indentation; indent with spaces'],
    ['a field written twice', 'title: A\ntitle: B\n', 'duplicated mapping key; a field is written twice in one entry, keep one'],
    ['a field written twice with ": " in its value', 'title: A\ntitle: "Ask: what"\n', 'duplicated mapping key; a field is written twice in one entry, keep one'],
    ['an unclosed double quote', 'title: "A\nowner: B\n', 'within a double quoted scalar; a quote is not closed'],
    ['an unclosed single quote', "title: 'A\nowner: B\n", 'within a single quoted scalar; a quote is not closed'],
  ])('%s', (_, text, hint) => {
    const { detail } = errorOf(text);
    expect(detail.startsWith('is not valid YAML: ')).toBe(true);
    expect(detail).toContain(hint);
  });

  it('gives only the fix that fits: an indentation error never says to close a quote, nor to indent with spaces', () => {
    const { detail } = errorOf('title: A\n  owner: B\n');
    expect(detail).not.toContain('quote');
    expect(detail).not.toContain('spaces');
    expect(errorOf('title: A\ntitle: "Ask: what"\n').detail).not.toContain('needs quotes');
  });

  it("adds nothing to an error it has no fix for, js-yaml's words standing alone", () => {
    expect(errorOf('stages: [trade-in, delivery\n').detail).toBe('is not valid YAML: unexpected end of the stream within a flow collection');
  });
});
