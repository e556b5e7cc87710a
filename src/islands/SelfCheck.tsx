import { useEffect, useRef, useState } from 'preact/hooks';
import type { QuestionnaireGroup } from '../lib/selfcheck/layout';
import { scoreCheck, type Reading } from '../lib/selfcheck/phase-score';
import { movesFor } from '../lib/selfcheck/phase-advice';
import { phaseLabel, type PhaseNumber } from '../lib/labels';
import { keptUntil, useLaterParts } from './later';

interface Props {
  groups: QuestionnaireGroup[];
  /** A few wordtracks for each phase, to link to from the result. */
  wordtracks: Record<PhaseNumber, { id: string; text: string; href: string }[]>;
  stages: { id: string; title: string }[];
}

/** Where the answers are kept in this browser, so they survive a reload. */
const STORE = 'attune:selfcheck';

/** What this browser saved; nothing when it is damaged (then dropped) or storage is blocked. */
function readSaved(): { ticked?: unknown; stage?: unknown } {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(STORE) ?? '{}');
    if (saved && typeof saved === 'object') return saved;
    localStorage.removeItem(STORE);
  } catch {
    try {
      localStorage.removeItem(STORE);
    } catch {
      /* storage is blocked: nothing was saved */
    }
  }
  return {};
}

function sureness(reading: Reading): string {
  const share = Math.round(reading.confidence * 100);
  const word = reading.between ? 'too close to call' : share >= 75 ? 'clear' : share >= 55 ? 'fairly sure' : 'mixed';
  return `${word} (${share}% of what you ticked)`;
}

/** The phase-alignment self-check: tick what the buyer does and what you plan; the result updates as you go. */
export default function SelfCheck({ groups, wordtracks, stages }: Props) {
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [stage, setStage] = useState('');
  const items = groups.flatMap((group) => group.items.map((item) => ({ ...item, part: group.part })));
  const root = useRef<HTMLDivElement>(null);
  // Each group of boxes after the first, then the stage, comes a task after the one before (later.ts).
  const rendered = useLaterParts(groups.length, true);
  const keptGroup = (group: QuestionnaireGroup) => {
    const at = groups.indexOf(group);
    return at > 0 ? keptUntil(rendered >= at, `check-group-${at}`) : {};
  };

  useEffect(() => {
    // The boxes work before the island hydrates: what was ticked then is kept, beside what this browser saved.
    const early = [...root.current!.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')].map((box) => box.name);
    const saved = readSaved();
    const known = new Set(items.map((item) => item.id));
    const kept = [...(Array.isArray(saved.ticked) ? saved.ticked : []), ...early].filter((id): id is string => typeof id === 'string' && known.has(id));
    const keptStage = typeof saved.stage === 'string' && stages.some((option) => option.id === saved.stage) ? saved.stage : '';
    if (early.length) answer(new Set(kept), keptStage);
    else if (kept.length || keptStage) {
      setTicked(new Set(kept));
      setStage(keptStage);
    }
  }, []);

  // Saved as each answer is given, not after the next render, so a reload or a closed tab right after a tick keeps it.
  const answer = (nextTicked: Set<string>, nextStage: string) => {
    setTicked(nextTicked);
    setStage(nextStage);
    try {
      localStorage.setItem(STORE, JSON.stringify({ ticked: [...nextTicked], stage: nextStage }));
    } catch {
      /* private mode: answers last until the page closes */
    }
  };
  // One handler on the island's root for every box and the stage: it also hears the parts still kept as the server's
  // HTML, whose elements have no handlers of their own (later.ts).
  const onChange = (event: Event) => {
    const field = event.target as HTMLInputElement | HTMLSelectElement;
    if (field.id === 'check-stage') return answer(ticked, field.value);
    if (!(field instanceof HTMLInputElement) || field.type !== 'checkbox') return;
    const next = new Set(ticked);
    if (field.checked) next.add(field.name);
    else next.delete(field.name);
    answer(next, stage);
  };
  const result = scoreCheck(ticked, items);
  const buyerPhase = result.buyer?.phase;
  // The buyer signals ticked here are the evidence for the phase the plan starts in.
  const signals = items.filter((item) => item.part === 'buyer' && ticked.has(item.id)).map((item) => item.text);
  const planHref = buyerPhase
    ? `/plan/?${new URLSearchParams({ phase: String(buyerPhase), from: 'check', ...(stage ? { stage } : {}), evidence: `From the self-check: ${signals.join('; ')}.` })}`
    : '';

  return (
    <div class="selfcheck" ref={root} onChange={onChange}>
      <div class="selfcheck__questions">
        {(['buyer', 'seller'] as const).map((part) => (
          <section class="selfcheck__part">
            <h2>{part === 'buyer' ? 'Part one: what the buyer says and does' : 'Part two: what I plan to do on this call'}</h2>
            <p class="muted">{part === 'buyer' ? 'Think of the person in front of you, not the whole account. Tick what you have seen or heard.' : 'Tick what is on your agenda for this call.'}</p>
            {groups.filter((group) => group.part === part).map((group) => (
              <fieldset class="selfcheck__group" {...keptGroup(group)}>
                <legend>{group.title}</legend>
                {group.items.map((item) => (
                  <label class="selfcheck__item">
                    <input type="checkbox" name={item.id} checked={ticked.has(item.id)} />
                    <span><span class="selfcheck__number">{`${item.number}.`}</span> {item.text}</span>
                  </label>
                ))}
              </fieldset>
            ))}
          </section>
        ))}
        <div class="field no-print" {...keptUntil(rendered >= groups.length, 'check-stage-field')}>
          <label for="check-stage">The stage of this call (optional, carried into the plan)</label>
          <select id="check-stage" value={stage}>
            <option value="">Not chosen</option>
            {stages.map((option) => <option value={option.id}>{option.title}</option>)}
          </select>
        </div>
      </div>

      <section class={`selfcheck__result selfcheck__result--${result.verdict}`} aria-labelledby="check-result">
        <h2 id="check-result">Your result</h2>
        <div aria-live="polite">
          <p class="selfcheck__verdict">{result.explanation}</p>
          {result.buyer && <p><strong>The buyer:</strong> {result.buyer.label}, {sureness(result.buyer)}.</p>}
          {result.plan && <p><strong>Your plan:</strong> {result.plan.label}.</p>}
        </div>
        <h3>What to do</h3>
        <ol>{movesFor(result).map((move) => <li>{move}</li>)}</ol>
        {buyerPhase && (
          <>
            <h3>Wordtracks for {phaseLabel(buyerPhase)}</h3>
            <ul>
              {wordtracks[buyerPhase].map((wordtrack) => <li><a href={wordtrack.href}>“{wordtrack.text}”</a></li>)}
            </ul>
            <p><a href={`/phases/${buyerPhase}/#wordtracks`}>All {phaseLabel(buyerPhase)} wordtracks</a></p>
          </>
        )}
        <div class="selfcheck__actions no-print">
          {planHref ? <a class="button button--primary" href={planHref}>Plan this call</a> : <a class="button" href="/plan/">Plan a call</a>}
          <button type="button" class="button" onClick={() => answer(new Set(), '')}>Start over</button>
        </div>
      </section>
    </div>
  );
}
