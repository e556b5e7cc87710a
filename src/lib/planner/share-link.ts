import { PLAN_VERSION, type Plan } from '../../schemas/plan.ts';
import { check, object, oneOf, type Shape } from '../../schemas/shape.ts';
import { readAnyPlan } from './plan-migrate.ts';
import { canCompress, crc32, deflate, fromBase64Url, inflate, toBase64Url } from './share-bytes.ts';

/** A link holds one plan, and one plan filled to every cap is far smaller: a link that unpacks to more is refused. */
export const MAX_UNPACKED_BYTES = 1_000_000;

/**
 * A plan travels in the fragment of a link to the planner, which browsers never send to a server (share-fragment.ts
 * names the fragment): `<format>.<base64url of the deflate-raw JSON>.<CRC-32 of what comes before it>`.
 */
export const SHARE_LINK_FORMAT = 1;

/**
 * The longest link the planner makes, address included. Mail and chat programs keep links of this length whole,
 * and a realistic full plan takes about half of it; a longer plan goes as a JSON file instead.
 */
export const MAX_SHARE_LINK_LENGTH = 4000;

/** What a link carries: a plan shared for review, or a reviewer's reply with notes in `plan.coachingNotes`. */
export interface PlanLink {
  kind: 'review' | 'reply';
  plan: Plan;
}

export type EncodeResult = { ok: true; link: string } | { ok: false; problem: 'too-long' | 'unsupported'; reason: string };

export type LinkProblem = 'oversized' | 'newer' | 'truncated' | 'damaged' | 'not-a-plan' | 'unsupported';
export type DecodeResult = { ok: true; shared: PlanLink } | { ok: false; problem: LinkProblem; reason: string };

// The plan is checked on its own by readAnyPlan, which knows its versions; the envelope only says what the link is for.
const envelopeSchema = object({ kind: oneOf(['review', 'reply']), plan: ((value) => value) as Shape<unknown> });

const thousands = (count: number) => count.toLocaleString('en-US');

/** A link that carries `shared` after `base` (the planner's address and the fragment's name), unless it would be too long. */
export async function encodeShareLink(shared: PlanLink, base: string): Promise<EncodeResult> {
  if (!canCompress()) return { ok: false, problem: 'unsupported', reason: 'This browser cannot pack a plan into a link.' };
  const body = `${SHARE_LINK_FORMAT}.${toBase64Url(await deflate(JSON.stringify(shared)))}`;
  const link = `${base}${body}.${crc32(body)}`;
  if (link.length <= MAX_SHARE_LINK_LENGTH) return { ok: true, link };
  const reason = `This plan is too long for a link: it would be ${thousands(link.length)} characters, and plan links stop at ${thousands(MAX_SHARE_LINK_LENGTH)} so that mail and chat programs keep them whole.`;
  return { ok: false, problem: 'too-long', reason };
}

const refuse = (problem: LinkProblem, reason: string): DecodeResult => ({ ok: false, problem, reason });

/** Reads the plan in what a share link's fragment holds after its name; anything wrong is refused with a reason for the reader. */
export async function decodeShareLink(body: string): Promise<DecodeResult> {
  if (body.length > MAX_SHARE_LINK_LENGTH) {
    return refuse('oversized', `The link is over ${thousands(MAX_SHARE_LINK_LENGTH)} characters long, more than any plan link, so it was not read.`);
  }
  const format = /^(\d+)\./.exec(body)?.[1];
  if (format === undefined) return refuse('damaged', 'The link does not say which format it is in, so it was changed or is not a plan link.');
  if (Number(format) > SHARE_LINK_FORMAT) {
    return refuse('newer', `The link was made by a newer version of the planner (link format ${format}). Reload this page to get the newest planner, or ask for the plan as a JSON file.`);
  }
  if (Number(format) !== SHARE_LINK_FORMAT) return refuse('damaged', `The link names a format this planner never made (${format.slice(0, 8)}).`);
  const end = body.lastIndexOf('.');
  const data = body.slice(format.length + 1, end);
  const checksum = body.slice(end + 1);
  if (end <= format.length || checksum.length < 8) {
    return refuse('truncated', 'The link is cut short: its end is missing. Copy the whole link again; some mail programs break long links in two.');
  }
  const bytes = fromBase64Url(data);
  if (!bytes || !/^[0-9a-f]{8}$/.test(checksum)) return refuse('damaged', 'The link holds characters a plan link never contains, so it was changed on the way.');
  if (crc32(body.slice(0, end)) !== checksum) return refuse('damaged', 'Part of the link was changed or lost on the way: its check code does not match its contents.');
  if (!canCompress()) return refuse('unsupported', 'This browser cannot unpack plan links. Open the link in a current version of Chrome, Edge, Firefox or Safari.');

  let json: string;
  try {
    const unpacked = await inflate(bytes, MAX_UNPACKED_BYTES);
    if (!unpacked) return refuse('oversized', 'The link unpacks to more than 1 MB, far more than any plan, so it was not read.');
    json = new TextDecoder('utf-8', { fatal: true }).decode(unpacked);
  } catch {
    return refuse('damaged', 'The link’s contents are damaged and cannot be unpacked.');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return refuse('not-a-plan', 'The link unpacks to something that is not a plan.');
  }
  const envelope = check(envelopeSchema, parsed);
  if (!envelope.ok) return refuse('not-a-plan', `The link does not hold a shared plan (${envelope.error.message}).`);
  const plan = readAnyPlan(envelope.value.plan);
  if (!plan.ok) {
    const version = (envelope.value.plan as { version?: unknown } | null)?.version;
    return refuse(typeof version === 'number' && version > PLAN_VERSION ? 'newer' : 'not-a-plan', `The plan in the link cannot be used: ${plan.reason}.`);
  }
  return { ok: true, shared: { kind: envelope.value.kind, plan: plan.plan } };
}
