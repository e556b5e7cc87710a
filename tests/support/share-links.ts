import { crc32, deflate, toBase64Url } from '../../src/lib/planner/share-bytes';
import { SHARE_FRAGMENT } from '../../src/lib/planner/share-fragment';
import { encodeShareLink, type PlanLink } from '../../src/lib/planner/share-link';

/** The link the planner served at `origin` makes for `shared`. */
export async function shareLink(origin: string, shared: PlanLink): Promise<string> {
  const made = await encodeShareLink(shared, `${origin}/plan/${SHARE_FRAGMENT}`);
  if (!made.ok) throw new Error(`the plan makes no link: ${made.problem}`);
  return made.link;
}

/**
 * A link holding any `content`, packed as the planner packs and sealed with a matching check code, as a deliberate
 * edit would be: only what it holds can give it away.
 */
export async function resealedLink(origin: string, content: string, format = 1): Promise<string> {
  const body = `${format}.${toBase64Url(await deflate(content))}`;
  return `${origin}/plan/${SHARE_FRAGMENT}${body}.${crc32(body)}`;
}
