/**
 * Fits the call-plan sheet to one printed page, on Letter (215.9 × 279.4 mm) and on A4 (210 × 297 mm) alike: what
 * is printed is the page less the sheet's @page margins of 11 mm by 12 mm (src/styles/sheet.css). A4 is narrower and
 * Letter shorter, so the sheet is measured on both and must fit each.
 */
export const papers = [
  /* A4 */ { widthMm: 210 - 2 * 12, heightMm: 297 - 2 * 11 },
  /* Letter */ { widthMm: 215.9 - 2 * 12, heightMm: 279.4 - 2 * 11 },
];

/** A range searched in steps: type sizes, counts of writing lines, the spacing of those lines. */
export interface Scale {
  from: number;
  to: number;
  step: number;
}

/** Type sizes in points: a short plan gets up to 11 pt, a long one goes down to 7.5 pt. */
export const typeScale: Scale = { from: 7.5, to: 11, step: 0.25 };

/** Writing lines beside each objective and question: one at least, more while the page has room. */
export const answerLines: Scale = { from: 1, to: 5, step: 1 };

/** The spacing of those writing lines, in em: what is left of the page after the lines are counted opens them up. */
export const answerRule: Scale = { from: 1.6, to: 2.4, step: 0.1 };

/** Room kept free for the printer's rounding: a sheet measured at 98.5% of the page still prints on one. */
const slack = 0.985;
const pxPerMm = 96 / 25.4;

/** The largest value of `scale` at which `heightAt(value)` is at most `limit`; its smallest when even that is too tall. */
export function largestFitting(heightAt: (value: number) => number, limit: number, { from, to, step }: Scale): number {
  let low = 0;
  let high = Math.round((to - from) / step);
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (heightAt(from + middle * step) <= limit) low = middle;
    else high = middle - 1;
  }
  return Number((from + low * step).toFixed(2));
}

export interface SheetFit {
  /** The type size in points. */
  size: number;
  /** Writing lines beside each objective and question, and their spacing in em. */
  lines: number;
  rule: number;
  /** False when the plan is too long for one page even at the floor: it then prints on two. */
  fits: boolean;
  /** How far over one page the sheet runs at the smallest type, as a share of the page (0 when it fits). */
  over: number;
  /** When it does not fit: the headings of the longest parts, longest first, to shorten. */
  longest: string[];
}

/**
 * Measures the sheet inside `box` at each paper's print width and sets its type size (--sheet-size) and writing
 * lines (--answer-lines, --answer-rule) so it fills one page: the largest type that fits, then as many writing lines
 * as still fit, then the lines spaced out into what is left. The sheet is laid out with the same rules as on paper,
 * hidden and out of the flow, and put back before the browser paints.
 */
export function fitSheet(box: HTMLElement): SheetFit {
  const sheet = box.firstElementChild as HTMLElement;
  const fit = { size: typeScale.from, lines: answerLines.from, rule: answerRule.from };
  /** How much of the page the sheet takes with `change`, on the paper it fills most: 1 is exactly one page. */
  const shareWith = (change: Partial<typeof fit>) => {
    Object.assign(fit, change);
    box.style.setProperty('--sheet-size', `${fit.size}pt`);
    box.style.setProperty('--answer-lines', String(fit.lines));
    box.style.setProperty('--answer-rule', `${fit.rule}em`);
    return Math.max(
      ...papers.map((paper) => {
        box.style.width = `${paper.widthMm}mm`;
        return sheet.offsetHeight / (paper.heightMm * pxPerMm);
      }),
    );
  };
  box.classList.add('planner__sheet--measure');
  try {
    const size = largestFitting((value) => shareWith({ size: value }), slack, typeScale);
    const share = shareWith({ size });
    if (share > slack) {
      const parts = [...sheet.querySelectorAll<HTMLElement>('[data-part]')].sort((a, b) => b.offsetHeight - a.offsetHeight);
      return { ...fit, fits: false, over: share / slack - 1, longest: parts.slice(0, 3).map((part) => part.dataset.part!) };
    }
    shareWith({ lines: largestFitting((value) => shareWith({ lines: value }), slack, answerLines) });
    shareWith({ rule: largestFitting((value) => shareWith({ rule: value }), slack, answerRule) });
    return { ...fit, fits: true, over: 0, longest: [] };
  } finally {
    box.classList.remove('planner__sheet--measure');
    box.style.width = '';
  }
}
