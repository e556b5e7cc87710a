import { describe, expect, it } from 'vitest';
import { appIcons, backgroundOf } from '../../src/lib/offline/app-icons';

describe('the installed app’s icons', () => {
  it('are the sizes an install prompt asks for, with a maskable one that a launcher may crop', () => {
    expect(appIcons.map(({ size, purpose }) => [size, purpose])).toEqual([
      [192, 'any'],
      [512, 'any'],
      [512, 'maskable'],
    ]);
    expect(new Set(appIcons.map((icon) => icon.name)).size).toBe(appIcons.length);
  });

  it('take the favicon’s first fill as the background a maskable icon extends to its edges', () => {
    expect(backgroundOf('<svg><rect fill="#0F3D5E"/><path fill="#fff"/></svg>')).toBe('#0F3D5E');
  });

  it('refuse a favicon with no fill colour, saying what to change', () => {
    expect(() => backgroundOf('<svg><rect fill="red"/></svg>')).toThrow(/public\/favicon\.svg has no fill colour.*fill="#rrggbb"/);
  });
});
