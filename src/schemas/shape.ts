/**
 * A few checked shapes for data that comes from outside the build: saved, imported and shared call plans.
 * Not Zod: Zod, even Zod Mini, weighs about 7 kB gzipped in the browser, a third of the planner's 20 kB budget,
 * for what these few functions do: check types and lengths, fill defaults and name the first problem's path.
 * Switch to Zod Mini when the plan needs what these cannot say (unions of objects, refinements across fields,
 * transforms) or when the budget grows by the library's weight; plan.ts is the one schema written with them.
 */

/** The first problem found, with the dotted path of the field ("questions.0.kind"). */
export class ShapeError extends Error {
  readonly path: string;
  readonly problem: string;

  constructor(path: string, problem: string) {
    super(`${path || 'the value'}: ${problem}`);
    this.path = path;
    this.problem = problem;
  }
}

/** Checks an unknown value at `path` and returns it typed, with defaults filled in; throws a ShapeError. */
export type Shape<T> = (value: unknown, path: string) => T;
export type Infer<S> = S extends Shape<infer T> ? T : never;

function fail(path: string, problem: string): never {
  throw new ShapeError(path, problem);
}

const describe = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'a list'
      : typeof value === 'object'
        ? 'an object'
        : typeof value === 'string'
          ? `"${value.slice(0, 40)}"`
          : String(value);

const join = (path: string, key: string | number): string => (path ? `${path}.${key}` : String(key));

/** Text of `min` to `max` characters; "" when absent, unless it is `required`. */
export const text =
  (max: number, { required = false, min = 0 } = {}): Shape<string> =>
  (value, path) => {
    if (value === undefined && !required) return '';
    if (typeof value !== 'string') return fail(path, `expected text, got ${describe(value)}`);
    if (value.length < min) return fail(path, min === 1 ? 'expected text, got nothing' : `at least ${min} characters`);
    if (value.length > max) return fail(path, `at most ${max} characters`);
    return value;
  };

/** A whole number from 0 to `max`; 0 when absent. */
export const whole =
  (max: number): Shape<number> =>
  (value, path) => {
    if (value === undefined) return 0;
    if (!Number.isInteger(value) || (value as number) < 0 || (value as number) > max) return fail(path, `expected a whole number from 0 to ${max}, got ${describe(value)}`);
    return value as number;
  };

/** A field that may be left out altogether. */
export const optional =
  <T>(shape: Shape<T>): Shape<T | undefined> =>
  (value, path) =>
    value === undefined ? undefined : shape(value, path);

/** One of `options`; `fallback` when absent. */
export const oneOf =
  <const T extends readonly (string | number | null)[]>(options: T, fallback?: T[number]): Shape<T[number]> =>
  (value, path) => {
    if (value === undefined && fallback !== undefined) return fallback;
    if (options.includes(value as T[number])) return value as T[number];
    return fail(path, `expected one of ${options.map((option) => JSON.stringify(option)).join(', ')}, got ${describe(value)}`);
  };

/** A list of at most `max` items, each checked; [] when absent. */
export const list =
  <T>(item: Shape<T>, max: number): Shape<T[]> =>
  (value, path) => {
    if (value === undefined) return [];
    if (!Array.isArray(value)) return fail(path, `expected a list, got ${describe(value)}`);
    if (value.length > max) return fail(path, `at most ${max} items`);
    return value.map((entry, index) => item(entry, join(path, index)));
  };

type Fields = Record<string, Shape<unknown>>;
type OptionalKeys<F extends Fields> = { [K in keyof F]: undefined extends Infer<F[K]> ? K : never }[keyof F];
type Flatten<T> = { [K in keyof T]: T[K] };
type ObjectOf<F extends Fields> = Flatten<
  { [K in Exclude<keyof F, OptionalKeys<F>>]: Infer<F[K]> } & { [K in OptionalKeys<F>]?: Exclude<Infer<F[K]>, undefined> }
>;

/**
 * An object with exactly these fields. `strict` refuses fields it does not know (a typo or a foreign file);
 * a loose object drops them. With `optional`, an absent object is built from its fields' defaults.
 */
export const object =
  <F extends Fields>(fields: F, { strict = true, optional = false } = {}): Shape<ObjectOf<F>> =>
  (value, path) => {
    if (value === undefined && optional) value = {};
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(path, `expected an object, got ${describe(value)}`);
    const record = value as Record<string, unknown>;
    if (strict) {
      const unknown = Object.keys(record).find((key) => !Object.hasOwn(fields, key));
      if (unknown !== undefined) return fail(join(path, unknown), 'is not a field of this object');
    }
    const result: Record<string, unknown> = {};
    for (const [key, shape] of Object.entries(fields)) {
      const checked = shape(record[key], join(path, key));
      if (checked !== undefined) result[key] = checked;
    }
    return result as ObjectOf<F>;
  };

/** Checks `value` against `shape` without throwing. */
export function check<T>(shape: Shape<T>, value: unknown): { ok: true; value: T } | { ok: false; error: ShapeError } {
  try {
    return { ok: true, value: shape(value, '') };
  } catch (error) {
    if (error instanceof ShapeError) return { ok: false, error };
    throw error;
  }
}
