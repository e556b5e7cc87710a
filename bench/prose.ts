import type { Random } from './random.ts';

/**
 * Content words of a sales playbook. Picks are skewed towards the front of the list (see `word`), the way real text
 * repeats a few words often and most words rarely, so Pagefind's index has a realistic spread of long and short
 * posting lists. Plain lowercase letters only: the text is safe in YAML, Markdown and MDX without escaping.
 */
const contentWords = [
  'budget', 'buyer', 'problem', 'decision', 'team', 'meeting', 'question', 'price', 'risk', 'value',
  'customer', 'plan', 'cost', 'trial', 'contract', 'proposal', 'option', 'process', 'timeline', 'outcome',
  'listen', 'ask', 'explain', 'compare', 'decide', 'agree', 'confirm', 'understand', 'explore', 'measure',
  'finance', 'payment', 'trade', 'drive', 'vehicle', 'showroom', 'appraisal', 'warranty', 'delivery', 'service',
  'account', 'sponsor', 'evaluator', 'approval', 'security', 'legal', 'procurement', 'rollout', 'adoption', 'renewal',
  'referral', 'review', 'feedback', 'concern', 'objection', 'pressure', 'trust', 'rapport', 'silence', 'pause',
  'phase', 'stage', 'track', 'signal', 'symptom', 'cause', 'impact', 'priority', 'deadline', 'quarter',
  'demo', 'pilot', 'reference', 'case', 'evidence', 'result', 'metric', 'target', 'goal', 'gap',
  'story', 'example', 'detail', 'summary', 'agenda', 'invite', 'visit', 'call', 'email', 'message',
  'family', 'commute', 'route', 'seat', 'space', 'comfort', 'safety', 'mileage', 'insurance', 'loan',
  'lease', 'deposit', 'rate', 'term', 'discount', 'offer', 'quote', 'estimate', 'range', 'figure',
  'owner', 'manager', 'director', 'engineer', 'analyst', 'colleague', 'partner', 'vendor', 'supplier', 'competitor',
  'weigh', 'choose', 'commit', 'sign', 'wait', 'hesitate', 'prepare', 'rehearse', 'follow', 'guide',
  'careful', 'honest', 'clear', 'simple', 'urgent', 'quiet', 'early', 'late', 'open', 'specific',
  'workflow', 'shipment', 'invoice', 'report', 'dashboard', 'integration', 'migration', 'training', 'support', 'onboarding',
  'habit', 'rhythm', 'attention', 'curiosity', 'patience', 'alignment', 'attunement', 'orchestration', 'learning', 'planning',
  'morning', 'weekend', 'month', 'year', 'week', 'season', 'moment', 'minute', 'hour', 'day',
  'change', 'growth', 'saving', 'loss', 'delay', 'error', 'complaint', 'repair', 'upgrade', 'replacement',
  'test', 'check', 'note', 'list', 'sheet', 'chart', 'map', 'step', 'move', 'mistake',
  'vision', 'criteria', 'requirement', 'constraint', 'tradeoff', 'scope', 'pricing', 'package', 'feature', 'benefit',
] as const;

/** Words that glue content words into something that reads like a sentence, and fill the index as real text does. */
const glueWords = ['the', 'and', 'of', 'to', 'with', 'for', 'their', 'your', 'a', 'in', 'on', 'when', 'before', 'after', 'what', 'how', 'is', 'they', 'we', 'that'] as const;

/** The most frequent content word: it appears in about half of the wordtracks, so a search for it has many hits. */
export const commonWord = contentWords[0];

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Deterministic filler text for a seed. */
export class Prose {
  readonly #random: Random;

  constructor(random: Random) {
    this.#random = random;
  }

  /** A content word; squaring the uniform number favours the front of the list. */
  word(): string {
    return contentWords[Math.floor(this.#random.next() ** 2 * contentWords.length)]!;
  }

  /** `count` words, about a third of them glue words. */
  words(count: number): string {
    return Array.from({ length: count }, (_, index) => (index > 0 && this.#random.chance(0.35) ? this.#random.pick(glueWords) : this.word())).join(' ');
  }

  /** A sentence of `min` to `max` words, sometimes a question. */
  sentence(min = 8, max = 16): string {
    return `${capitalise(this.words(this.#random.int(min, max)))}${this.#random.chance(0.15) ? '?' : '.'}`;
  }

  sentences(min: number, max: number): string {
    return Array.from({ length: this.#random.int(min, max) }, () => this.sentence()).join(' ');
  }

  /** A title of two to four words, starting with a capital. */
  title(): string {
    return capitalise(this.words(this.#random.int(2, 4)));
  }

  /** Markdown: `sections` headed sections of a paragraph or two, some with a list, after an opening paragraph. */
  body(sections: number): string {
    const parts = [this.sentences(4, 6)];
    for (let index = 0; index < sections; index++) {
      parts.push(`## ${this.title()}`, this.sentences(4, 6));
      if (this.#random.chance(0.5)) parts.push(this.sentences(3, 5));
      if (this.#random.chance(0.6)) parts.push(Array.from({ length: this.#random.int(3, 5) }, () => `- ${this.sentence(5, 10)}`).join('\n'));
    }
    return parts.join('\n\n');
  }
}
