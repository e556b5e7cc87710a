import { didYouMean, fieldPath, type ContentIssue } from './issues.ts';
import { undefinedNames } from './expression-names.ts';
import { mdxComponentProps, type MdxComponentName } from './mdx-components.ts';
import type { AttributeValue, MdxBody, MdxTag } from './mdx-scan.ts';

/** What the components' props point at, so that a prop naming a missing stage or wordtrack fails here, not on render. */
export interface MdxTargets {
  wordtracks: ReadonlySet<string>;
  /** Stages with at least one wordtrack, and all stage ids. */
  stagesWithWordtracks: ReadonlySet<string>;
  stages: ReadonlySet<string>;
  phasesWithWordtracks: ReadonlySet<number>;
  /** Collections whose files did not all read: their ids are not judged. */
  unjudged: { wordtracks: boolean; stages: boolean };
}

type Where = Pick<ContentIssue, 'file' | 'kind' | 'id'>;

/** What the props can point at, from the ids of the playbook and its wordtracks that passed their schema. */
export function mdxTargets(
  ids: { wordtracks: Iterable<string>; stages: Iterable<string> },
  wordtracks: { stage: string; stages?: string[]; phase: number }[],
  unjudged: MdxTargets['unjudged'],
): MdxTargets {
  return {
    wordtracks: new Set(ids.wordtracks),
    stages: new Set(ids.stages),
    stagesWithWordtracks: new Set(wordtracks.flatMap((wordtrack) => [wordtrack.stage, ...(wordtrack.stages ?? [])])),
    phasesWithWordtracks: new Set(wordtracks.map((wordtrack) => wordtrack.phase)),
    unjudged,
  };
}

const componentNames = Object.keys(mdxComponentProps) as MdxComponentName[];
/** In scope in every MDX body besides what it imports: Astro's `frontmatter` and MDX's `props`. */
const MDX_SCOPE = ['frontmatter', 'props'];

/** A literal written in braces (`{2}`, `{true}`, `{["a", 'b']}`), or undefined when it is code to run. */
function literal(code: string): { value: unknown } | undefined {
  const json = code.trim().replace(/'((?:\\.|[^'\\])*)'/g, (_, inner: string) => JSON.stringify(inner.replace(/\\'/g, "'")));
  try {
    return { value: JSON.parse(json) };
  } catch {
    return undefined;
  }
}

function propValue(value: AttributeValue): { value: unknown } | undefined {
  if (value.kind === 'text') return { value: value.text };
  if (value.kind === 'flag') return { value: true };
  return literal(value.code);
}

function checkProps(tag: MdxTag & { name: MdxComponentName }, where: Where, targets: MdxTargets): ContentIssue[] {
  const schema = mdxComponentProps[tag.name];
  const props: Record<string, unknown> = {};
  const computed = new Set<string>();
  for (const { name, value } of tag.attributes) {
    const given = propValue(value);
    if (given) props[name] = given.value;
    else computed.add(name);
  }
  const at = { ...where, line: tag.line };
  const result = schema.safeParse(props);
  const issues: ContentIssue[] = [];
  if (!result.success) {
    const known = Object.keys(schema.shape);
    const misspelt = new Set<string>();
    for (const issue of result.error.issues) {
      if (issue.code !== 'unrecognized_keys') continue;
      for (const name of issue.keys.filter((name) => !computed.has(name))) {
        const suggestion = didYouMean(name, known);
        if (suggestion) misspelt.add(suggestion);
        issues.push({ ...at, field: `<${tag.name} ${name}>`, detail: `is not a prop of <${tag.name}>; ${suggestion ? `did you mean "${suggestion}"?` : `its props are ${known.join(', ')}`}` });
      }
    }
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? '');
      // A prop whose value is code is only known when the page renders; a misspelt one is reported above.
      if (issue.code === 'unrecognized_keys' || computed.has(key) || (computed.size > 0 && !key) || (misspelt.has(key) && props[key] === undefined)) continue;
      const text = tag.attributes.find((attribute) => attribute.name === key)?.value;
      const inBraces = text?.kind === 'text' && literal(text.text) ? `, written in braces: ${key}={${text.text}}` : '';
      const field = key ? `<${tag.name} ${fieldPath(issue.path)}>` : `<${tag.name}>`;
      issues.push({ ...at, field, value: key ? props[key] : undefined, expected: `${issue.message}${inBraces}`, ...(key ? {} : { detail: `expected ${issue.message}` }) });
    }
    return issues;
  }
  const { id, stage, phase } = props as { id?: string; stage?: string; phase?: number };
  if (tag.name === 'Wordtrack' && id && !targets.unjudged.wordtracks && !targets.wordtracks.has(id)) {
    const suggestion = didYouMean(id, targets.wordtracks);
    issues.push({ ...at, field: `<Wordtrack id="${id}">`, detail: `wordtrack "${id}" does not exist; ${suggestion ? `did you mean "${suggestion}"?` : 'expected the id of a wordtrack'}` });
  }
  if (tag.name === 'WordtrackList' && stage && !targets.unjudged.stages && !targets.unjudged.wordtracks && !targets.stagesWithWordtracks.has(stage)) {
    const exists = targets.stages.has(stage);
    const suggestion = exists ? undefined : didYouMean(stage, targets.stages);
    const problem = exists ? `stage "${stage}" has no wordtracks; expected a stage with a wordtrack file` : `stage "${stage}" does not exist; ${suggestion ? `did you mean "${suggestion}"?` : 'expected the id of a stage'}`;
    issues.push({ ...at, field: `<WordtrackList stage="${stage}">`, detail: problem });
  }
  if (tag.name === 'WordtrackList' && phase && !targets.unjudged.wordtracks && !targets.phasesWithWordtracks.has(phase)) {
    issues.push({ ...at, field: `<WordtrackList phase={${phase}}>`, detail: `no wordtrack has phase ${phase}; expected a phase that has wordtracks` });
  }
  return issues;
}

/** Every problem in one MDX body that would stop its page from rendering, or render it wrong. */
export function mdxIssues(body: MdxBody, where: Where, targets: MdxTargets): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const tag of body.tags) {
    if (!/^[A-Z]/.test(tag.name) || body.declared.has(tag.name.split('.')[0]!)) continue;
    if (!componentNames.includes(tag.name as MdxComponentName)) {
      const suggestion = didYouMean(tag.name, componentNames);
      issues.push({ ...where, line: tag.line, field: `<${tag.name}>`, detail: `is not a component; ${suggestion ? `did you mean <${suggestion}>?` : `expected one of ${componentNames.map((name) => `<${name}>`).join(', ')}`}` });
      continue;
    }
    issues.push(...checkProps(tag as MdxTag & { name: MdxComponentName }, where, targets));
  }
  const scope = new Set([...MDX_SCOPE, ...body.declared]);
  for (const expression of body.expressions) {
    const missing = undefinedNames(expression.code, scope);
    if (missing.length === 0) continue;
    const shown = expression.code.trim().length > 40 ? `${expression.code.trim().slice(0, 37)}...` : expression.code.trim();
    issues.push({
      ...where,
      line: expression.line,
      field: `{${shown}}`,
      detail: `${missing.map((name) => `"${name}"`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} not defined; expected text (write \\{ for a brace) or an expression of frontmatter, such as {frontmatter.title}`,
    });
  }
  for (const { what, line } of body.unclosed) {
    const fix = what === '{' ? 'write \\{ for a brace in text' : what.endsWith('>') ? `close it with </${what.slice(1, -1)}>, or end it with /> as in ${what.slice(0, -1)} />` : 'finish the tag with > or />';
    issues.push({ ...where, line, field: what, detail: `is not closed; ${fix}` });
  }
  return issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
