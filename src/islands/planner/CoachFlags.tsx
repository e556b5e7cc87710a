import { useEffect, useState } from 'preact/hooks';
import { coachObjective, type CoachAdvice } from '../../lib/coach/objective-coach';
import { TellingFlag } from './Coach';
import type { Tools } from './tools-context';

interface Props {
  objectives: string[];
  /** The planner's own tools loader: the coach reads a shared plan with the rules and code the rep's planner uses. */
  loadTools(): Promise<Tools>;
}

/** The coach's read of a shared plan's learning objectives: the flags the rep sees, for the reviewer to coach from. */
export default function CoachFlags({ objectives, loadTools }: Props) {
  const filled = objectives.map((objective) => objective.trim()).filter(Boolean);
  // undefined while the coach loads; null when it cannot.
  const [advice, setAdvice] = useState<CoachAdvice[] | null | undefined>(undefined);
  useEffect(() => {
    loadTools().then(
      ({ reference }) => setAdvice(reference ? filled.map((objective) => coachObjective(objective, reference.rules)) : null),
      () => setAdvice(null),
    );
  }, []);
  if (!filled.length) return null;
  return (
    <section class="shared__coach no-print" aria-labelledby="shared-coach-title">
      <h3 id="shared-coach-title">The coach on the learning objectives</h3>
      {advice === undefined && <p>The coach is reading the objectives…</p>}
      {advice === null && <p class="notice notice--problem">The coach could not load, so the objectives are shown without its flags. Reload the page to try again.</p>}
      <ol class="shared__objectives">
        {filled.map((objective, index) => {
          const read = advice?.[index];
          return (
            <li class={`objective objective--${read?.verdict ?? 'waiting'}`}>
              <p class="shared__objective">{objective}</p>
              <div class="coach">
                {read?.verdict === 'telling' && (
                  <>
                    <TellingFlag findings={read.findings} />
                    {read.rewrites.length > 0 && <p class="coach__hint">The coach suggests: {read.rewrites.map((rewrite) => `“${rewrite}”`).join(' or ')}</p>}
                  </>
                )}
                {read?.verdict === 'learning' && <p class="coach__ok">Learning mode: something the buyer can help the rep find out.</p>}
                {read?.verdict === 'unclear' && <p class="coach__hint">Not yet phrased as something to learn.</p>}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
