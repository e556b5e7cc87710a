import type { CoachRule } from '../../schemas/coach';
import { coachObjective, type CoachFinding } from '../../lib/coach/objective-coach';

interface Props {
  objective: string;
  rules: CoachRule[];
  onRewrite(rewrite: string): void;
}

/** The coach's flag on a telling objective: the words that tell, and why the first of them does. */
export function TellingFlag({ findings }: { findings: CoachFinding[] }) {
  return (
    <p class="coach__flag">
      <strong>Telling, not learning:</strong> {findings.map((finding) => `“${finding.label}”`).join(', ')}. {findings[0]!.why}
    </p>
  );
}

/** What the coach says about one objective: why it is telling and the rewrites to accept, or that it is learning. */
export default function Coach({ objective, rules, onRewrite }: Props) {
  const advice = coachObjective(objective, rules);
  if (advice.verdict === 'learning') return <p class="coach__ok">Learning mode: this is something the buyer can help you find out.</p>;
  if (advice.verdict === 'unclear') return <p class="coach__hint">Say what you need to learn: start with “I need to understand…”.</p>;
  if (advice.verdict !== 'telling') return null;
  return (
    <>
      <TellingFlag findings={advice.findings} />
      {advice.rewrites.length > 0 && (
        <ul class="coach__rewrites" aria-label="Learning-mode rewrites">
          {advice.rewrites.map((rewrite) => (
            <li>
              <button type="button" class="button button--small" onClick={() => onRewrite(rewrite)}>
                Use: {rewrite}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
