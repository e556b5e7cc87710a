// How the coach tidies the words it lifts out of an objective, so a rewrite built from them reads as a sentence.

/** Verbs that start a second telling step ("… and get them to sign"): the subject ends where that step begins. */
const NEXT_STEP =
  'get|push|ask|close|convince|persuade|make|show|tell|pitch|demo|present|walk|take|sell|explain|prove|upsell|book|sign|convert|handle|overcome|send|offer';

/** Where a captured phrase stops being its subject: a reason, a purpose, or the next step of the plan. */
const CLAUSE_END = new RegExp(
  `(?:;|,?\\s+(?:and|then|so)\\s+(?:then\\s+)?(?:${NEXT_STEP})\\b|,\\s+(?:${NEXT_STEP})\\b|\\s+(?:so\\s+that|so\\s+(?:they|he|she|we|I)|in\\s+order\\s+to|because|before\\s+(?:they|he|she|we|I))\\b).*$`,
  'iu',
);

const DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
/** When and how, at the end of a phrase: true of the plan, not of its subject ("the proposal on Thursday"). */
const TRAILING_FILLER = new RegExp(
  `\\s+(?:today|tomorrow|tonight|asap|now|first|again|one\\s+more\\s+time|step\\s+by\\s+step|line\\s+by\\s+line|in\\s+detail|` +
    `(?:this|next)\\s+(?:week|month|quarter|time|call|meeting|visit)|(?:on|by|before|next|this)\\s+${DAY}|` +
    `by\\s+the\\s+end\\s+of\\s+the\\s+(?:day|week|month|quarter)|(?:on|in|at|during)\\s+(?:this|the|our|next)\\s+(?:call|meeting|visit|demo|review|session))$`,
  'iu',
);

/** Tidies a captured subject: trims it, cuts it where the next clause starts, and drops trailing punctuation and filler. */
export function cleanSubject(text: string): string {
  let subject = text.trim().replace(CLAUSE_END, '');
  let previous: string;
  // Filler stacks ("again next week."), so strip until nothing more comes off.
  do {
    previous = subject;
    subject = subject.replace(/[.!?;:,\s]+$/u, '').replace(TRAILING_FILLER, '');
  } while (subject !== previous);
  return subject;
}

/** The audience as an object and as a subject: "them"/"they"; "the CFO" either way. A script's "you" is the buyer: "them". */
export function audienceForms(audience: string): { object: string; subject: string } {
  const word = audience.toLowerCase();
  if (word === 'you' || word === 'them') return { object: 'them', subject: 'they' };
  if (word === 'him') return { object: 'him', subject: 'he' };
  if (word === 'her') return { object: 'her', subject: 'she' };
  return { object: audience, subject: audience };
}
