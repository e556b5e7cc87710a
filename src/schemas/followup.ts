import { z } from 'astro/zod';
import { freshness, slug, text, type Reference } from './common.ts';

/** How a follow-up reaches the buyer; each channel has its own rules on timing and consent. */
export const followupChannels = ['email', 'voicemail', 'text'] as const;
export type FollowupChannel = (typeof followupChannels)[number];

/** One message of a follow-up: what to send on one channel, when, and what consent it needs. */
const templateSchema = z
  .strictObject({
    /** The channel this message is written for. */
    channel: z.enum(followupChannels, { error: `one of ${followupChannels.join(', ')}` }),
    /** When to send it, counted from the moment the situation began ("within the hour", "the next morning"). */
    timing: text('a sentence on when to send it'),
    /** The email's subject line; email templates need one, voicemails and texts have none. */
    subject: text('a subject line').optional(),
    /** The words to send or say, with [square-bracket] placeholders for what the rep fills in. */
    body: text('the words of the message'),
    /** What permission this channel needs and how the buyer stops it (opt-out, do-not-call, unsubscribe). */
    consent: text('a sentence on the consent it needs and how the buyer opts out'),
  })
  .refine((template) => template.channel !== 'email' || template.subject !== undefined, {
    error: 'a subject line: every email template needs one',
    path: ['subject'],
  })
  .refine((template) => template.channel === 'email' || template.subject === undefined, {
    error: 'no subject: only email templates have one',
    path: ['subject'],
  });

/** A follow-up situation (a web lead, a no-show, …) and a message for each channel a rep may use in it. */
export const followupSchema = (reference: Reference) =>
  z.strictObject({
    /** The situation's anchor on `/follow-ups/`; each message's anchor adds its channel (`#no-show-text`). */
    id: slug,
    /** The situation, as a rep would name it: "A web lead that has not been answered". */
    situation: text('the situation, in a few words'),
    /** The track whose stages this situation belongs to. */
    track: reference('tracks'),
    /** The stages it happens in; the first is where the page links. */
    stages: z.array(reference('stages'), { error: 'a list of stage ids' }).min(1, { error: 'at least 1 stage' }),
    /** What the follow-up is for, from the buyer's side: one or two sentences. */
    goal: text('a sentence on what the follow-up is for'),
    /** One message per channel, in the order a rep would try them. */
    templates: z
      .array(templateSchema, { error: 'a list of messages, each with channel, timing, body and consent' })
      .min(1, { error: 'at least 1 message' })
      .refine((templates) => new Set(templates.map((template) => template.channel)).size === templates.length, {
        error: 'one message per channel; a channel is listed twice',
      }),
    ...freshness,
  });
