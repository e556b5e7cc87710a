import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newPlan } from '../../src/lib/planner/plan-model';
import { MAX_SHARE_LINK_LENGTH, decodeShareLink, encodeShareLink, type PlanLink } from '../../src/lib/planner/share-link';
import { crc32, deflate, fromBase64Url, toBase64Url } from '../../src/lib/planner/share-bytes';
import { isShareLink, SHARE_FRAGMENT } from '../../src/lib/planner/share-fragment';
import type { Plan } from '../../src/schemas/plan';

const page = 'https://playbook.example.com/plan/';
const base = page + SHARE_FRAGMENT;
const fixture = JSON.parse(readFileSync('tests/fixtures/full-plan.json', 'utf8')) as Plan;

/** Every field filled, none left at its default: with text that is hard to carry (accents, emoji, markup, new lines). */
const everyField: Plan = {
  ...fixture,
  coachingNotes: 'Lead with the credit report.\nLet Dana name the cost first — don’t quote ours. 👍',
  learned: 'Fridays fail when late orders arrive after 15:00 «and nobody re-plans».',
  nextStep: 'Working session with finance',
  nextStepDate: '2026-12-03',
  questions: [...fixture.questions, { text: 'How do you count a credit today? <b>really</b>', kind: 'confirm', wordtrackId: 'wt-credit-count' }],
};

/** What the fragment of `link` holds after its name. */
const bodyOf = (link: string) => link.slice(link.indexOf(SHARE_FRAGMENT) + SHARE_FRAGMENT.length);

async function linkFor(shared: PlanLink): Promise<string> {
  const made = await encodeShareLink(shared, base);
  if (!made.ok) throw new Error(`no link: ${made.problem}`);
  return made.link;
}

/** A link body whose check code matches `body`, as a tampered link that was re-sealed would have. */
const sealed = (body: string) => `${body}.${crc32(body)}`;
const packed = async (text: string) => `1.${toBase64Url(await deflate(text))}`;

describe('plan links: the round trip', () => {
  it('fills every field of the test plan, so the round trip covers each one', () => {
    const blank = newPlan(new Date(0), 'blank');
    const left = Object.keys(blank).filter((key) => key !== 'version' && JSON.stringify(everyField[key as keyof Plan]) === JSON.stringify(blank[key as keyof Plan]));
    expect(left).toEqual([]);
  });

  it.each(['review', 'reply'] as const)('gives back every field of a %s exactly', async (kind) => {
    const link = await linkFor({ kind, plan: everyField });
    expect(link.startsWith(`${page}#share=1.`)).toBe(true);
    expect(isShareLink(new URL(link).hash)).toBe(true);
    expect(await decodeShareLink(bodyOf(link))).toEqual({ ok: true, shared: { kind, plan: everyField } });
  });

  it('keeps markup as the text it is', async () => {
    const hostile = { ...fixture, account: '<img src=x onerror="alert(1)">', objectives: ['</script><script>alert(1)</script>'] };
    const read = await decodeShareLink(bodyOf(await linkFor({ kind: 'review', plan: hostile })));
    expect(read.ok && read.shared.plan.account).toBe(hostile.account);
    expect(read.ok && read.shared.plan.objectives).toEqual(hostile.objectives);
  });

  it('opens a plan from the first planner format through the same migration as an import', async () => {
    const old = { version: 1, id: 'old', account: 'Contoso', attendees: ['Dana Ortiz'], outcome: 'A second meeting' };
    const read = await decodeShareLink(sealed(await packed(JSON.stringify({ kind: 'review', plan: old }))));
    expect(read.ok && read.shared.plan).toMatchObject({ version: 2, account: 'Contoso', attendees: [{ name: 'Dana Ortiz', role: 'other' }], bestOutcome: 'A second meeting' });
  });
});

describe('plan links: the limits', () => {
  it(`makes a link of at most ${MAX_SHARE_LINK_LENGTH} characters for the full realistic plan, with room to spare`, async () => {
    const link = await linkFor({ kind: 'review', plan: fixture });
    expect(link.length).toBeLessThanOrEqual(MAX_SHARE_LINK_LENGTH);
    // A reply carries the same plan and its notes at their longest prose: it must still fit.
    const reply = await linkFor({ kind: 'reply', plan: { ...fixture, coachingNotes: fixture.objectives.join(' ').repeat(2).slice(0, 1000) } });
    expect(reply.length).toBeLessThanOrEqual(MAX_SHARE_LINK_LENGTH);
  });

  it('refuses to make a link for a plan too long for one, and says how long it would be', async () => {
    // Letters in a pseudo-random order do not compress, as a long plan of varied prose would not.
    let seed = 1;
    const varied = Array.from({ length: 4000 }, () => 'abcdefghijklmnopqrstuvwxyz'[(seed = (seed * 48271) % 2147483647) % 26]).join('');
    const made = await encodeShareLink({ kind: 'review', plan: { ...fixture, known: varied.slice(0, 2000), gaps: varied.slice(2000, 4000) } }, base);
    expect(made).toMatchObject({ ok: false, problem: 'too-long' });
    const length = Number(/it would be ([\d,]+) characters/.exec(!made.ok ? made.reason : '')?.[1]?.replace(/,/g, ''));
    expect(length).toBeGreaterThan(MAX_SHARE_LINK_LENGTH);
    expect(!made.ok && made.reason).toContain('plan links stop at 4,000');
  });

  it('refuses a fragment longer than any link the planner makes, before unpacking it', async () => {
    const link = bodyOf(await linkFor({ kind: 'review', plan: fixture }));
    const long = link.replace('1.', `1.${'A'.repeat(MAX_SHARE_LINK_LENGTH)}`);
    expect(await decodeShareLink(long)).toMatchObject({ ok: false, problem: 'oversized' });
  });

  it('refuses a small link that unpacks to more than any plan', async () => {
    const bomb = await packed(JSON.stringify({ kind: 'review', plan: { version: 2, id: 'bomb', known: ' '.repeat(1_100_000) } }));
    expect(bomb.length).toBeLessThan(MAX_SHARE_LINK_LENGTH);
    expect(await decodeShareLink(sealed(bomb))).toEqual({ ok: false, problem: 'oversized', reason: 'The link unpacks to more than 1 MB, far more than any plan, so it was not read.' });
  });
});

describe('plan links: damaged, changed and foreign links', async () => {
  const link = bodyOf(await linkFor({ kind: 'review', plan: fixture }));
  const start = '1.'.length;

  it('calls every cut-short link cut short', async () => {
    for (let length = start; length < link.length; length++) {
      expect(await decodeShareLink(link.slice(0, length)), `cut at ${length}`).toMatchObject({ ok: false, problem: 'truncated' });
    }
  });

  it('notices any one character changed anywhere after the format', async () => {
    for (let index = start; index < link.length; index++) {
      const swapped = link[index] === 'A' ? 'B' : link[index] === '.' ? '_' : 'A';
      const read = await decodeShareLink(link.slice(0, index) + swapped + link.slice(index + 1));
      expect(read.ok, `changed at ${index}`).toBe(false);
    }
  });

  it.each([
    ['a space a mail program put in', (text: string) => text.replace(/(.{40})/, '$1 ')],
    ['percent-encoding', (text: string) => text.replace(/(.{40})/, '$1%20')],
    ['a plus sign of plain base64', (text: string) => text.replace(/(.{40})./, '$1+')],
  ])('refuses %s as damaged', async (_name, damage) => {
    expect(await decodeShareLink(damage(link))).toMatchObject({ ok: false, problem: 'damaged' });
  });

  it('refuses a link without a format', async () => {
    expect(await decodeShareLink('hello')).toMatchObject({ ok: false, problem: 'damaged' });
  });

  it('says a link from a newer planner is newer, for the link format and for the plan format', async () => {
    const body = link.slice(0, link.lastIndexOf('.')).replace(/^1\./, '2.');
    expect(await decodeShareLink(sealed(body))).toMatchObject({ ok: false, problem: 'newer', reason: expect.stringContaining('link format 2') });
    const newerPlan = sealed(await packed(JSON.stringify({ kind: 'review', plan: { ...fixture, version: 3 } })));
    expect(await decodeShareLink(newerPlan)).toEqual({ ok: false, problem: 'newer', reason: 'The plan in the link cannot be used: it was saved by a newer version of the planner (format 3).' });
  });

  it.each([
    ['data that is not deflate', sealed(`1.${toBase64Url(new TextEncoder().encode('{"kind":"review"}'))}`), 'damaged', 'The link’s contents are damaged and cannot be unpacked.'],
    ['text that is not JSON', 'not json', 'not-a-plan', 'The link unpacks to something that is not a plan.'],
    ['an unknown kind of link', JSON.stringify({ kind: 'order', plan: fixture }), 'not-a-plan', 'The link does not hold a shared plan (kind: expected one of "review", "reply", got "order").'],
    ['a field added to the link', JSON.stringify({ kind: 'review', plan: fixture, run: 'x' }), 'not-a-plan', 'The link does not hold a shared plan (run: is not a field of this object).'],
    ['a plan with a wrong field', JSON.stringify({ kind: 'review', plan: { ...fixture, phase: 'soon' } }), 'not-a-plan', 'The plan in the link cannot be used: phase: expected one of 1, 2, 3, null, got "soon".'],
    ['a plan over its caps', JSON.stringify({ kind: 'reply', plan: { ...fixture, coachingNotes: 'x'.repeat(2001) } }), 'not-a-plan', 'The plan in the link cannot be used: coachingNotes: at most 2000 characters.'],
  ])('refuses a re-sealed link holding %s, with the reason', async (_name, content, problem, reason) => {
    const body = content.startsWith('1.') ? content : sealed(await packed(content));
    expect(await decodeShareLink(body)).toEqual({ ok: false, problem, reason });
  });
});

describe('the bytes of a link', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32('123456789')).toBe('cbf43926');
    expect(crc32('')).toBe('00000000');
  });

  it('carries every byte value through base64url with URL-safe characters only', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, index) => index);
    const text = toBase64Url(bytes);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(fromBase64Url(text)).toEqual(bytes);
    expect(fromBase64Url('ab+c')).toBeNull();
    expect(fromBase64Url('abcde')).toBeNull();
  });
});
