import { describe, expect, it } from 'vitest';
import { check, list, object, oneOf, optional, ShapeError, text, type Shape } from '../../src/schemas/shape';

const problem = <T>(shape: Shape<T>, value: unknown) => {
  const result = check(shape, value);
  return result.ok ? undefined : result.error.message;
};

describe('text', () => {
  it('takes text up to its length and refuses one character more', () => {
    expect(check(text(5), '12345')).toEqual({ ok: true, value: '12345' });
    expect(problem(text(5), '123456')).toBe('the value: at most 5 characters');
  });

  it('needs its minimum, said plainly for "something"', () => {
    expect(problem(text(10, { min: 1 }), '')).toBe('the value: expected text, got nothing');
    expect(problem(text(10, { min: 3 }), 'ab')).toBe('the value: at least 3 characters');
    expect(check(text(10, { min: 3 }), 'abc').ok).toBe(true);
  });

  it('is empty when absent, unless it is required', () => {
    expect(check(text(5), undefined)).toEqual({ ok: true, value: '' });
    expect(problem(text(5, { required: true }), undefined)).toBe('the value: expected text, got undefined');
  });

  it.each([
    [null, 'null'],
    [['a'], 'a list'],
    [{ a: 1 }, 'an object'],
    [true, 'true'],
  ])('names what it got instead: %j', (value, named) => {
    expect(problem(text(5), value)).toBe(`the value: expected text, got ${named}`);
  });
});

describe('one of a few values', () => {
  const kind = oneOf(['situation', 'problem'], 'problem');

  it('takes a listed value, and the fallback when absent', () => {
    expect(check(kind, 'situation')).toEqual({ ok: true, value: 'situation' });
    expect(check(kind, undefined)).toEqual({ ok: true, value: 'problem' });
  });

  it('has no value to fall back on without a fallback', () => {
    expect(problem(oneOf(['a', 'b']), undefined)).toBe('the value: expected one of "a", "b", got undefined');
  });

  it('quotes no more than the start of a long wrong value', () => {
    expect(problem(kind, 'x'.repeat(100))).toBe(`the value: expected one of "situation", "problem", got "${'x'.repeat(40)}"`);
  });
});

describe('lists', () => {
  it('take up to their length, each item checked at its place', () => {
    expect(check(list(text(3), 2), ['a', 'b'])).toEqual({ ok: true, value: ['a', 'b'] });
    expect(problem(list(text(3), 2), ['a', 'b', 'c'])).toBe('the value: at most 2 items');
    expect(problem(object({ tags: list(text(3), 2) }), { tags: ['a', 'long'] })).toBe('tags.1: at most 3 characters');
  });

  it('are empty when absent', () => {
    expect(check(list(text(3), 2), undefined)).toEqual({ ok: true, value: [] });
  });
});

describe('objects', () => {
  const opening = object({ purpose: text(10), time: optional(text(10)) }, { optional: true });

  it('are built from their defaults when absent and optional, and refused when absent and required', () => {
    expect(check(opening, undefined)).toEqual({ ok: true, value: { purpose: '' } });
    expect(problem(object({ purpose: text(10) }), undefined)).toBe('the value: expected an object, got undefined');
  });

  it('leave an optional field out altogether when it is absent', () => {
    const result = check(opening, { purpose: 'Learn' });
    expect(result.ok && Object.keys(result.value)).toEqual(['purpose']);
    expect(check(opening, { purpose: 'Learn', time: '5 min' })).toEqual({ ok: true, value: { purpose: 'Learn', time: '5 min' } });
  });

  it.each([
    [null, 'null'],
    ['Learn', '"Learn"'],
    [['Learn'], 'a list'],
  ])('refuse %j even when optional', (value, named) => {
    expect(problem(opening, value)).toBe(`the value: expected an object, got ${named}`);
  });

  it('name the first field they do not know, and a loose object drops it instead', () => {
    expect(problem(object({ a: text(3) }), { a: 'x', b: 1 })).toBe('b: is not a field of this object');
    expect(check(object({ a: text(3) }, { strict: false }), { a: 'x', b: 1 })).toEqual({ ok: true, value: { a: 'x' } });
  });
});

describe('check', () => {
  it('reports the path and the problem apart, for messages of its own', () => {
    const result = check(object({ questions: list(object({ kind: oneOf(['a']) }), 5) }), { questions: [{ kind: 'b' }] });
    expect(result.ok).toBe(false);
    expect(!result.ok && [result.error.path, result.error.problem]).toEqual(['questions.0.kind', 'expected one of "a", got "b"']);
    expect(!result.ok && result.error).toBeInstanceOf(ShapeError);
  });

  it('does not mistake a bug in a shape for bad data', () => {
    const broken: Shape<string> = () => {
      throw new TypeError('a bug');
    };
    expect(() => check(broken, 'x')).toThrow(TypeError);
  });
});
