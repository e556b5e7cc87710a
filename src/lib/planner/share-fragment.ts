// Kept apart from share-link.ts so the planner's first load can recognise a share link without the codec.

/** How a plan link's fragment starts: /plan/#share=<format>.<data>.<check>. */
export const SHARE_FRAGMENT = '#share=';

/** True when an address fragment (location.hash) holds a shared plan. */
export const isShareLink = (hash: string): boolean => hash.startsWith(SHARE_FRAGMENT);
