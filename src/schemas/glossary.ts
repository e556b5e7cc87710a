import { z } from 'astro/zod';
import { slug, text, type Reference } from './common.ts';

/** A term used in the playbook. */
export const glossarySchema = (reference: Reference) =>
  z.strictObject({
    /** The term's anchor on the glossary page (`/glossary/#<id>`). */
    id: slug,
    /** The term as it appears in the playbook. */
    term: text('the term'),
    /** One or two sentences in plain words. */
    definition: text('a one- or two-sentence definition'),
    /** Related terms. */
    seeAlso: z.array(reference('glossary'), { error: 'a list of glossary ids' }).default([]),
  });
