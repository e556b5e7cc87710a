/**
 * Fits the call-plan sheet to one printed page, on Letter (215.9 × 279.4 mm) and on A4 (210 × 297 mm) alike: what
 * is printed is the page less the sheet's @page margins of 11 mm by 12 mm (src/styles/sheet.css). A4 is narrower and
 * Letter shorter, so the sheet is measured on both and must fit each.
 */
export const papers = [
  /* Letter */ { widthMm: 215.9 - 2 * 12, heightMm: 279.4 - 2 * 11 },
  /* A4 */ { widthMm: 210 - 2 * 12, heightMm: 297 - 2 * 11 },
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

/**
 * The largest value of `scale` that `fits`; its smallest when even that does not. The next step is tried first, as
 * most often there is no room for it: then one measurement settles it. `fits` pauses (`yield`) before each layout it
 * takes, so that a caller can spread the layouts over several tasks; `settle` runs it through at once.
 */
export function* largestFitting(fits: (value: number) => Generator<void, boolean>, { from, to, step }: Scale): Generator<void, number> {
  const at = (index: number) => Number((from + index * step).toFixed(2));
  const steps = Math.round((to - from) / step);
  if (steps === 0) return at(0);
  if (!(yield* fits(at(1)))) return at(0);
  let [low, high] = [1, steps];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (yield* fits(at(middle))) low = middle;
    else high = middle - 1;
  }
  return at(low);
}

/** Runs a fitting through to its result without pausing: before printing, and in tests. */
export function settle<Result>(steps: Generator<void, Result>): Result {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
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
 * hidden and out of the flow, until the fitting ends or is abandoned (`return()`). Each pause comes before one
 * layout, so a caller that resumes it task by task never blocks the page for long.
 */
export function* fitSheet(box: HTMLElement): Generator<void, SheetFit> {
  const sheet = box.firstElementChild as HTMLElement;
  const fit = { size: typeScale.from, lines: answerLines.from, rule: answerRule.from };
  const apply = (change: Partial<typeof fit>) => {
    Object.assign(fit, change);
    box.style.setProperty('--sheet-size', `${fit.size}pt`);
    box.style.setProperty('--answer-lines', String(fit.lines));
    box.style.setProperty('--answer-rule', `${fit.rule}em`);
  };
  /** How much of each paper's page the sheet takes: 1 is exactly one page. */
  const share = (paper: (typeof papers)[number]) => {
    box.style.width = `${paper.widthMm}mm`;
    return sheet.offsetHeight / (paper.heightMm * pxPerMm);
  };
  /**
   * Whether the sheet fits one page of every paper with `change`, pausing before each paper's layout: on a slow phone
   * one layout of the sheet is already a good part of a frame. The shorter Letter page, tried first, most often decides.
   */
  function* fits(change: Partial<typeof fit>): Generator<void, boolean> {
    apply(change);
    for (const paper of papers) {
      yield;
      if (share(paper) > slack) return false;
    }
    return true;
  }
  box.classList.add('planner__sheet--measure');
  try {
    const size = yield* largestFitting((value) => fits({ size: value }), typeScale);
    if (!(yield* fits({ size }))) {
      const shares: number[] = [];
      for (const paper of papers) {
        yield;
        shares.push(share(paper));
      }
      const over = Math.max(...shares) / slack - 1;
      const parts = [...sheet.querySelectorAll<HTMLElement>('[data-part]')].sort((a, b) => b.offsetHeight - a.offsetHeight);
      return { ...fit, fits: false, over, longest: parts.slice(0, 3).map((part) => part.dataset.part!) };
    }
    apply({ lines: yield* largestFitting((value) => fits({ lines: value }), answerLines) });
    apply({ rule: yield* largestFitting((value) => fits({ rule: value }), answerRule) });
    return { ...fit, fits: true, over: 0, longest: [] };
  } finally {
    box.classList.remove('planner__sheet--measure');
    box.style.width = '';
  }
}
