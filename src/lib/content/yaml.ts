// js-yaml, not the yaml package: Astro's own loaders use it, and it parses a large playbook ten times faster.
import { DEFAULT_SCHEMA, load, Type, YAMLException } from 'js-yaml';

/**
 * js-yaml's default schema, as Astro's loaders use, except that a date stays the text the author wrote: as a
 * timestamp, `2026-13-45` would roll over into February 2027 before any check could see it.
 */
const contentSchema = DEFAULT_SCHEMA.extend({
  implicit: [new Type('tag:yaml.org,2002:timestamp', { kind: 'scalar', resolve: () => false })],
});

export type YamlResult = { value: unknown } | { error: { line: number; column: number; detail: string } };

/** What usually causes js-yaml's message, said as the fix. */
function hintFor(reason: string, line: string): string {
  const value = line.replace(/^\s*(?:-\s+)?[^:]*:\s*/, '');
  if (reason.startsWith('bad indentation of a mapping entry') && /: |["']/.test(value)) {
    return '; a value with ": " or quotes inside needs quotes around it all, such as when: "Ask: what matters?"';
  }
  if (reason.startsWith('bad indentation')) return '; line it up with the fields above it';
  if (reason.startsWith('tab characters')) return '; indent with spaces';
  if (reason.startsWith('duplicated mapping key')) return '; a field is written twice in one entry, keep one';
  if (reason.includes('within a double quoted scalar') || reason.includes('within a single quoted scalar')) return '; a quote is not closed';
  return '';
}

/**
 * Parses one YAML document; an empty one is null, so the checks report it. `firstLine` is the file line the YAML
 * starts on (2 for MDX frontmatter), so the error names the line in the file, not in the frontmatter.
 */
export function parseContentYaml(text: string, firstLine = 1): YamlResult {
  try {
    return { value: load(text, { schema: contentSchema }) ?? null };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const line = error.mark.line;
    const detail = `is not valid YAML: ${error.reason}${hintFor(error.reason, text.split('\n')[line] ?? '')}`;
    return { error: { line: line + firstLine, column: error.mark.column + 1, detail } };
  }
}
