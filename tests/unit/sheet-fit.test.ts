import { describe, expect, it } from 'vitest';
import { answerLines, answerRule, fitSheet as fitSheetSteps, largestFitting as largestFittingSteps, papers, settle, typeScale, type Scale } from '../../src/lib/planner/sheet-fit';

const largestFitting = (fits: (value: number) => boolean, scale: Scale) =>
  settle(
    largestFittingSteps(function* (value) {
      yield;
      return fits(value);
    }, scale),
  );
const fitSheet = (box: HTMLElement) => settle(fitSheetSteps(box));

describe('fitting the sheet to one page', () => {
  /** A sheet 100 px tall per point of type, on a page of `limit` px; counts the measurements it takes. */
  const page = (limit: number) => {
    const tried: number[] = [];
    return { tried, fits: (size: number) => (tried.push(size), size * 100 <= limit) };
  };

  it('picks the largest type size at which the sheet still fits', () => {
    expect(largestFitting(page(925).fits, typeScale)).toBe(9.25);
    expect(largestFitting(page(924).fits, typeScale)).toBe(9);
  });

  it('gives a short plan the ceiling and a long one the floor', () => {
    expect(largestFitting(page(5000).fits, typeScale)).toBe(typeScale.to);
    expect(largestFitting(page(10).fits, typeScale)).toBe(typeScale.from);
  });

  it('settles with one measurement when there is no room for the next step, and a few when there is', () => {
    const full = page(770);
    expect(largestFitting(full.fits, typeScale)).toBe(7.5);
    expect(full.tried).toEqual([7.75]);
    const roomy = page(1000);
    largestFitting(roomy.fits, typeScale);
    expect(roomy.tried.length).toBeLessThanOrEqual(5);
  });

  it('searches whole writing lines and their spacing the same way', () => {
    expect(largestFitting((lines) => 800 + lines * 40 <= 930, answerLines)).toBe(3);
    expect(largestFitting((rule) => rule * 500 <= 1000, answerRule)).toBe(2);
  });

  it('keeps the type between about 7.5 and 11 pt, in quarter points', () => {
    expect(typeScale).toEqual({ from: 7.5, to: 11, step: 0.25 });
  });

  it('measures against the printable area of both Letter and A4', () => {
    expect(papers.map(({ widthMm, heightMm }) => [Number(widthMm.toFixed(1)), Number(heightMm.toFixed(1))])).toEqual([
      [191.9, 257.4],
      [186, 275],
    ]);
  });
});

describe('fitting the sheet in the planner', () => {
  interface Layout {
    size: number;
    lines: number;
    rule: number;
    widthMm: number;
  }
  /**
   * A stand-in for the sheet's box: its sheet is as tall as `height` says for the type size, writing lines and
   * width the box's style sets, as the browser would lay it out. It refuses values without their CSS unit, and
   * notes any measurement taken while the sheet is not in its hidden measuring state.
   */
  const planner = (height: (layout: Layout) => number, parts: [string, number][] = []) => {
    const properties = new Map<string, string>();
    const classes = new Set<string>();
    const widths = new Set<string>();
    let unhidden = 0;
    let measured = 0;
    const unit = (name: string, suffix: string) => {
      const value = (name === 'width' ? style.width : properties.get(name)) ?? '';
      if (!value.endsWith(suffix) || Number.isNaN(Number(value.slice(0, value.length - suffix.length)))) throw new Error(`${name} is ${value}`);
      return Number(value.slice(0, value.length - suffix.length));
    };
    const style = { width: '', setProperty: (name: string, value: string) => void properties.set(name, value) };
    const sheet = {
      get offsetHeight() {
        measured++;
        if (!classes.has('planner__sheet--measure')) unhidden++;
        widths.add(style.width);
        return height({ size: unit('--sheet-size', 'pt'), lines: Number(properties.get('--answer-lines')), rule: unit('--answer-rule', 'em'), widthMm: unit('width', 'mm') });
      },
      querySelectorAll: (selector: string) => (selector === '[data-part]' ? parts.map(([part, offsetHeight]) => ({ offsetHeight, dataset: { part } })) : []),
    };
    const box = {
      firstElementChild: sheet,
      style,
      classList: { add: (name: string) => void classes.add(name), remove: (name: string) => void classes.delete(name) },
    };
    return { box: box as unknown as HTMLElement, properties, classes, widths, unhidden: () => unhidden, measured: () => measured };
  };

  it('gives a plan whose height only the type sets the largest type that fits, and every writing line at their widest', () => {
    // 100 px a point: 9.5 pt is 950 px, within 98.5% of Letter's 972.9 px; 9.75 pt (975 px) is not.
    const { box, properties, classes, widths, unhidden } = planner(({ size }) => size * 100);
    expect(fitSheet(box)).toEqual({ size: 9.5, lines: 5, rule: 2.4, fits: true, over: 0, longest: [] });
    expect([properties.get('--sheet-size'), properties.get('--answer-lines'), properties.get('--answer-rule')]).toEqual(['9.5pt', '5', '2.4em']);
    expect(widths).toEqual(new Set(papers.map((paper) => `${paper.widthMm}mm`)));
    expect(unhidden()).toBe(0);
    expect(classes.has('planner__sheet--measure')).toBe(false);
    expect(box.style.width).toBe('');
  });

  it('adds writing lines while they fit, then spaces them into what is left', () => {
    // 800 px of plan and 30 px per line per em: 3 lines at 1.6 em (944 px) fit, 4 (992 px) do not; then 3 lines
    // at 1.7 em (953 px) fit and at 1.8 em (962 px) do not.
    const { box } = planner(({ lines, rule }) => 800 + 30 * lines * rule);
    expect(fitSheet(box)).toMatchObject({ size: 11, lines: 3, rule: 1.7, fits: true });
  });

  it('must fit the narrower A4 page as well as the shorter Letter one', () => {
    // On A4's 186 mm the text wraps to 110 px a point: 9.25 pt (1,017.5 px) is within 98.5% of A4's 1,039 px,
    // 9.5 pt is not, though 10.5 pt would still fit Letter at 90 px a point.
    const { box } = planner(({ size, widthMm }) => size * (widthMm < 190 ? 110 : 90));
    expect(fitSheet(box).size).toBe(9.25);
  });

  it('says how far a plan too long for one page runs over, and which parts to shorten, longest first', () => {
    const { box, classes, unhidden } = planner(() => 2000, [
      ['Objectives', 300],
      ['Questions', 700],
      ['Notes', 100],
      ['Next steps', 500],
    ]);
    const fit = fitSheet(box);
    expect(fit).toMatchObject({ size: typeScale.from, lines: answerLines.from, rule: answerRule.from, fits: false, longest: ['Questions', 'Next steps', 'Objectives'] });
    // 2,000 px on Letter's 972.9 px page is 2.056 pages, 2.087 of the 98.5% that counts: 109% over.
    expect(fit.over).toBeCloseTo(1.087, 3);
    expect(unhidden()).toBe(0);
    expect(classes.has('planner__sheet--measure')).toBe(false);
    expect(box.style.width).toBe('');
  });

  it('pauses before every layout, whether the plan fits or runs over, and ends as the fitting at once does', () => {
    for (const height of [({ size, lines }: Layout) => size * 80 + lines * 20, () => 2000]) {
      const { box, classes, measured } = planner(height);
      const steps = fitSheetSteps(box);
      let step = steps.next();
      expect(measured()).toBe(0);
      const perStep: number[] = [];
      while (!step.done) {
        expect(classes.has('planner__sheet--measure')).toBe(true);
        const before = measured();
        step = steps.next();
        perStep.push(measured() - before);
      }
      expect(perStep.length).toBeGreaterThan(3);
      expect(perStep.every((count) => count === 1)).toBe(true);
      expect(step.value).toEqual(fitSheet(planner(height).box));
      expect(classes.has('planner__sheet--measure')).toBe(false);
    }
  });

  it('puts the sheet back when a fitting is abandoned halfway, as a newer plan does', () => {
    const { box, classes, measured } = planner(({ size }) => size * 100);
    const steps = fitSheetSteps(box);
    steps.next();
    steps.next();
    expect(classes.has('planner__sheet--measure')).toBe(true);
    steps.return(undefined as never);
    expect(classes.has('planner__sheet--measure')).toBe(false);
    expect(box.style.width).toBe('');
    const taken = measured();
    expect(steps.next().done).toBe(true);
    expect(measured()).toBe(taken);
  });
});

describe('a scale with one value', () => {
  it('gives that value, never a step past its end', () => {
    expect(largestFitting(() => true, { from: 2, to: 2, step: 1 })).toBe(2);
  });
});
